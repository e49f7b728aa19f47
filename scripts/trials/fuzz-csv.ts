/**
 * The ケアプランデータ連携 CSV reader on spoiled golden files, as a ZIP in memory, as a ZIP
 * streamed like an upload, and as a folder on disk: bytes flipped, files cut short, re-encoded in
 * UTF-8, columns added and removed, huge fields, line endings changed, files dropped, renamed and
 * invented, and the ZIP itself damaged. The reader must answer send units whose every issue is a
 * Japanese message, or refuse with a KizukiError in Japanese; never throw anything else, and a
 * unit it accepts must hold only case files that pass the domain schema.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFileSchema, decodeMs932, encodeMs932, zipFiles, type CsvImportResult } from '@kizuki/core';
import fc from 'fast-check';
import { readCsvSource, type CsvSource } from '../../packages/server/src/csv/csv-source.js';
import { japanese, refusalProblem, runProperty, type FuzzOptions, type FuzzOutcome } from './fuzz-support.js';

type CsvFile = { name: string; bytes: Uint8Array };

const goldenDir = fileURLToPath(new URL('../../packages/server/src/csv/golden/', import.meta.url));
const goldenSets: CsvFile[][] = ['kyotaku', 'yobo', 'vendor'].map((set) =>
  readdirSync(join(goldenDir, set))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(goldenDir, set, name))) })),
);

const utf8 = new TextEncoder();
const textOf = (bytes: Uint8Array) => decodeMs932(bytes);

/** Shift_JIS when the text fits it, UTF-8 (another fault of its own) when it does not. */
function encodeLoose(text: string): Uint8Array {
  try {
    return encodeMs932(text);
  } catch {
    return utf8.encode(text);
  }
}

type Spoil = (files: CsvFile[]) => CsvFile[];

function onFile(index: number, change: (file: CsvFile) => CsvFile | undefined): Spoil {
  return (files) => {
    const i = index % Math.max(1, files.length);
    return files.flatMap((f, j) => (j === i ? (change(f) ?? []) : [f]));
  };
}

function onLine(index: number, line: number, change: (fields: string) => string): Spoil {
  return onFile(index, (f) => {
    const lines = textOf(f.bytes).split('\r\n');
    const l = line % lines.length;
    lines[l] = change(lines[l] ?? '');
    return { name: f.name, bytes: encodeLoose(lines.join('\r\n')) };
  });
}

const spoil: fc.Arbitrary<Spoil> = fc.oneof(
  fc.record({ file: fc.nat(), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map(({ file, at, byte }) => onFile(file, (f) => {
    const bytes = f.bytes.slice();
    if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return { name: f.name, bytes };
  })),
  fc.record({ file: fc.nat(), at: fc.nat() }).map(({ file, at }) => onFile(file, (f) => ({ name: f.name, bytes: f.bytes.slice(0, at % (f.bytes.length + 1)) }))),
  fc.nat().map((file) => onFile(file, (f) => ({ name: f.name, bytes: utf8.encode(textOf(f.bytes)) }))),
  fc.record({ file: fc.nat(), line: fc.nat(), extra: fc.constantFrom(',"x"', ',', ',,,,,,,,,,', ',"未閉じ') }).map(({ file, line, extra }) => onLine(file, line, (l) => l + extra)),
  fc.record({ file: fc.nat(), line: fc.nat() }).map(({ file, line }) => onLine(file, line, (l) => l.replace(/,[^,]*$/u, ''))),
  fc.record({ file: fc.nat(), line: fc.nat(), size: fc.integer({ min: 1_000, max: 300_000 }) }).map(({ file, line, size }) => onLine(file, line, (l) => l.replace(/"([^"]*)"/u, `"${'長'.repeat(size)}"`))),
  fc.record({ file: fc.nat(), line: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 30 }) }).map(({ file, line, text }) => onLine(file, line, (l) => text + l)),
  fc.nat().map((file) => onFile(file, (f) => ({ name: f.name, bytes: encodeLoose(textOf(f.bytes).replaceAll('\r\n', '\n')) }))),
  fc.nat().map((file) => onFile(file, () => undefined)),
  fc.record({ file: fc.nat(), name: fc.constantFrom('UP1KYO_x.CSV', 'UP2KYO_0899000043_43_0899000017_17_2025.CSV', '../../evil.CSV', 'フォルダ/UP3KYO_0899000043_43_0899000017_17_20250501093000.CSV', '') }).map(({ file, name }) => onFile(file, (f) => ({ name, bytes: f.bytes }))),
  fc.nat().map((file) => (files: CsvFile[]) => [...files, { ...files[file % files.length]!, name: `dup_${files[file % files.length]?.name ?? ''}` }]),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => (files: CsvFile[]) => [...files, { name: 'UP1KYO_0899000043_43_0899000017_17_20250501093000.CSV', bytes }]),
);

const zipSpoil = fc.oneof(
  fc.constant((zip: Uint8Array) => zip),
  fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => (zip: Uint8Array) => {
    const copy = zip.slice();
    copy[at % copy.length] = byte;
    return copy;
  }),
  fc.nat().map((at) => (zip: Uint8Array) => zip.slice(0, at % (zip.length + 1))),
  fc.uint8Array({ maxLength: 500 }).map((junk) => (zip: Uint8Array) => new Uint8Array([...zip, ...junk])),
);

const spoiledFiles = fc.tuple(fc.constantFrom(...goldenSets), fc.array(spoil, { minLength: 1, maxLength: 3 })).map(([files, spoils]) => spoils.reduce((f, s) => s(f), files));

function resultProblem(result: CsvImportResult): string | undefined {
  for (const issue of [...result.ignored, ...result.units.flatMap((u) => u.issues)]) {
    if (!japanese.test(issue.message)) return `issue without a Japanese message: ${JSON.stringify(issue).slice(0, 300)}`;
  }
  for (const unit of result.units) {
    if (unit.accepted && unit.issues.some((i) => i.severity === 'error')) return `unit ${unit.key} accepted with errors`;
    for (const caseFile of unit.accepted ? unit.caseFiles : []) {
      const checked = caseFileSchema.safeParse(caseFile);
      if (!checked.success) return `unit ${unit.key} accepted a case file the schema refuses: ${checked.error.message.slice(0, 300)}`;
    }
  }
  return undefined;
}

async function readProblem(source: CsvSource): Promise<string | undefined> {
  try {
    return resultProblem(await readCsvSource(source));
  } catch (error) {
    return refusalProblem(error);
  }
}

function chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) {
      await Promise.resolve();
      yield bytes.subarray(i, i + size);
    }
  })();
}

function fail(problem: string | undefined): boolean {
  if (problem) throw new Error(problem);
  return true;
}

export async function fuzzCsv(options: FuzzOptions): Promise<FuzzOutcome[]> {
  const folderRuns = { ...options, numRuns: Math.max(1, Math.floor(options.numRuns / 4)) };
  return [
    await runProperty('CSV: spoiled files in a ZIP', fc.asyncProperty(spoiledFiles, zipSpoil, async (files, z) => fail(await readProblem({ zip: z(zipFiles(files)) }))), options),
    await runProperty(
      'CSV: spoiled ZIP streamed in chunks',
      fc.asyncProperty(spoiledFiles, zipSpoil, fc.integer({ min: 1, max: 70_000 }), async (files, z, size) => fail(await readProblem({ zipStream: chunks(z(zipFiles(files)), size), maxBytes: 5_000_000 }))),
      options,
    ),
    await runProperty(
      'CSV: spoiled files in a folder',
      fc.asyncProperty(spoiledFiles, async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'kizuki-fuzz-csv-'));
        try {
          files.forEach((f, i) => {
            const safe = f.name.replace(/[/\\]/gu, '_').replace(/^\.+/u, '') || `unnamed-${i}`;
            writeFileSync(join(dir, `${i}-${safe}`.startsWith(`${i}-UP`) ? safe : `${i}-${safe}`), f.bytes);
          });
          return fail(await readProblem({ path: dir }));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      folderRuns,
    ),
  ];
}
