/**
 * ケアプランデータ連携 CSV: export and import throughput on generated fictional plans, next to
 * the floor (only decoding the same bytes from Shift_JIS), and the peak memory of a 50 MB import
 * read from a folder as `kizuki csv import` reads it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCarePlanCsv, importCsvFiles, type CaseFile, type CsvExportFile } from '@kizuki/core';
import { writeCsvFolder } from '../../packages/server/src/csv/csv-output.js';
import { readCsvSource } from '../../packages/server/src/csv/csv-source.js';
import { count, duration, mb, measure, settledHeap } from './measure.js';
import { syntheticCaseFiles } from './synthetic-plans.js';

const options = { sender: { officeNumber: '0899000043', serviceType: '43', name: 'ベンチ居宅' }, destination: { officeNumber: '0899000016', serviceType: '16' }, timestamp: '20250401090000' };

function totalBytes(files: readonly CsvExportFile[]): number {
  return files.reduce((n, f) => n + f.bytes.length, 0);
}

function best<T>(runs: number, step: () => T) {
  return Array.from({ length: runs }, () => measure(step)).reduce((a, b) => (b.ms < a.ms ? b : a));
}

const mbps = (bytes: number, ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);

/** Enough synthetic clients for about `targetMb` of CSV (one send unit, as an office sends a month's plans). */
function caseFilesFor(targetMb: number, sample: readonly CaseFile[], bytesPerClient: number): CaseFile[] {
  const n = Math.ceil((targetMb * 1024 * 1024) / bytesPerClient);
  return n <= sample.length ? sample.slice(0, n) : syntheticCaseFiles(n, 11);
}

function throughput(lines: string[], caseFiles: CaseFile[]): void {
  exportCarePlanCsv(caseFiles.slice(0, 50), options); // warm-up
  const exported = best(3, () => exportCarePlanCsv(caseFiles, options));
  const files = exported.result.files;
  const bytes = totalBytes(files);
  lines.push(`export: ${count(caseFiles.length)} plans → ${mb(bytes)} in ${duration(exported.ms)} (best of 3) = ${mbps(bytes, exported.ms)} MB/s`);

  const decoder = new TextDecoder('shift_jis');
  const decoded = best(3, () => files.reduce((n, f) => n + decoder.decode(f.bytes).length, 0));
  const imported = best(3, () => importCsvFiles(files));
  const unit = imported.result.units[0];
  if (!unit?.accepted || unit.caseFiles.length !== caseFiles.length) throw new Error(`import failed: ${unit?.issues[0]?.message ?? 'no unit'}`);
  lines.push(`decode only (Shift_JIS → text, the floor): ${mbps(bytes, decoded.ms)} MB/s`);
  lines.push(
    `import (decode, parse, check, link, build and validate case files): ${mbps(bytes, imported.ms)} MB/s = ${(imported.ms / decoded.ms).toFixed(1)}× the decode time; ` +
      `export is ${(exported.ms / decoded.ms).toFixed(1)}× the decode time`,
  );
}

async function peakMemory(lines: string[], caseFiles: CaseFile[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-bench-'));
  try {
    const { files } = exportCarePlanCsv(caseFiles, options);
    await writeCsvFolder(dir, files);
    const bytes = totalBytes(files);
    const heapBefore = settledHeap();
    const rssBefore = process.memoryUsage().rss;
    let peakHeap = heapBefore;
    let peakRss = rssBefore;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }, 20);
    const started = performance.now();
    const result = await readCsvSource({ path: dir });
    const ms = performance.now() - started;
    clearInterval(timer);
    const kept = settledHeap();
    const unit = result.units[0];
    lines.push(
      `50 MB import from a folder (streamed in 64 KiB chunks): ${mb(bytes)}, ${count(unit?.caseFiles.length ?? 0)} case files in ${duration(ms)} = ${mbps(bytes, ms)} MB/s; ` +
        `peak heap +${mb(peakHeap - heapBefore)} over the start (sampled every 20 ms), rss +${mb(peakRss - rssBefore)}; the resulting case files hold ${mb(kept - heapBefore)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<{ name: string; lines: string[] }> {
  const lines: string[] = [];
  const sample = syntheticCaseFiles(2000);
  const perClient = totalBytes(exportCarePlanCsv(sample.slice(0, 100), options).files) / 100;
  lines.push(`generated fictional plans: ${(perClient / 1024).toFixed(1)} KiB of CSV per plan (利用者補足・第1表・第2表・第3表)`);
  throughput(lines, caseFilesFor(10, sample, perClient));
  await peakMemory(lines, caseFilesFor(50, sample, perClient));
  return { name: 'CSV (ケアプランデータ連携 標準仕様 v4.1)', lines };
}
