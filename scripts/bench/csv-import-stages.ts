/**
 * The CSV import in its stages, for the CSV benchmark: decode alone (TextDecoder, the floor), read
 * (decode + parse + check, rows kept in memory), build (link rows, build and validate the case
 * files) and validate alone. Times are CPU time of the process, the best of several runs, so other
 * work on the machine disturbs them less than wall time.
 */
import { CsvImportCollector, buildSendUnits, type CsvExportFile, type CsvReadResult } from '@kizuki/core';
import { validateImportedCaseFile } from '../../packages/core/src/csv/import-validate.js';
import { mb, settledHeap } from './measure.js';

export interface Timed<T> {
  result: T;
  wall: number;
  /** CPU time of the process (user + system), ms. */
  cpu: number;
}

/** Best wall and best CPU time of `runs` runs of `step` (each after a collection). */
export function bestTimes<T>(runs: number, step: () => T): Timed<T> {
  let best: Timed<T> | undefined;
  for (let i = 0; i < runs; i++) {
    settledHeap();
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const result = step();
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpuStart);
    const cpu = (used.user + used.system) / 1000;
    best = best ? { result, wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, cpu) } : { result, wall, cpu };
  }
  if (!best) throw new Error('no run');
  return best;
}

/** Reads the files into send units (decode, parse, check, rows kept in memory), building nothing yet. */
function readFiles(files: readonly CsvExportFile[]): CsvReadResult {
  const collector = new CsvImportCollector();
  for (const file of files) {
    const sink = collector.openFile(file.name);
    sink?.push(file.bytes);
    sink?.close();
  }
  return collector.finish();
}

/** `ms` as a multiple of `floor`: "12.3×". */
export const times = (ms: number, floor: number) => `${(ms / floor).toFixed(1)}×`;

/**
 * Report lines of the import's stages over `files`, each the best of five runs. Validation runs
 * inside the build, so it is measured apart by validating the built case files again as the import
 * validates them, and build without validation is build − validate. The figure is the
 * parse/check/build stage, (read − decode) + (build − validate), against decode.
 */
export function importStages(files: readonly CsvExportFile[], bytes: number): string[] {
  const decoder = new TextDecoder('shift_jis');
  const decoded = bestTimes(5, () => files.reduce((n, f) => n + decoder.decode(f.bytes).length, 0));
  const read = bestTimes(5, () => readFiles(files));
  const built = bestTimes(5, () => buildSendUnits(read.result));
  const caseFiles = built.result.units[0]?.caseFiles ?? [];
  const validated = bestTimes(5, () => caseFiles.filter((caseFile) => validateImportedCaseFile(caseFile, new Map(), { file: '', line: 0 }).caseFile).length);
  if (caseFiles.length === 0 || validated.result !== caseFiles.length) throw new Error('the built case files did not validate again');
  const floor = decoded.cpu;
  const parseCheck = read.cpu - decoded.cpu;
  const build = built.cpu - validated.cpu;
  return [
    `import stages (CPU time, best of 5, ${mb(bytes)}): decode ${floor.toFixed(1)} ms; parse+check ${parseCheck.toFixed(1)} ms (${times(parseCheck, floor)}); ` +
      `build ${build.toFixed(1)} ms (${times(build, floor)}); validate ${validated.cpu.toFixed(1)} ms (${times(validated.cpu, floor)})`,
    `parse/check/build stage (the issue's figure): ${(parseCheck + build).toFixed(1)} ms = ${times(parseCheck + build, floor)} the decode time (target ≤ 2×); ` +
      `with validation ${(parseCheck + build + validated.cpu).toFixed(1)} ms = ${times(parseCheck + build + validated.cpu, floor)}`,
  ];
}
