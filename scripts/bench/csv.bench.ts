/**
 * ケアプランデータ連携 CSV: export and import throughput on generated fictional plans, next to
 * the floor (only decoding the same bytes from Shift_JIS), and the peak memory of 10 MB and 50 MB
 * imports into a store as `kizuki csv import` makes them and audits as `kizuki audit` makes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCarePlanCsv, importCsvFiles, type CaseFile, type CsvExportFile } from '@kizuki/core';
import { writeCsvFolder } from '../../packages/server/src/csv/csv-output.js';
import { count, duration, mb, measure } from './measure.js';
import { bestTimes, importStages, times } from './csv-import-stages.js';
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
  const decoded = bestTimes(5, () => files.reduce((n, f) => n + decoder.decode(f.bytes).length, 0));
  const imported = bestTimes(5, () => importCsvFiles(files));
  const unit = imported.result.units[0];
  if (!unit?.accepted || unit.caseFiles.length !== caseFiles.length) throw new Error(`import failed: ${unit?.issues[0]?.message ?? 'no unit'}`);
  lines.push(`decode only (Shift_JIS → text, the floor): ${mbps(bytes, decoded.wall)} MB/s (${decoded.cpu.toFixed(1)} ms CPU)`);
  lines.push(
    `import (decode, parse, check, link, build and validate case files, best of 5): ${mbps(bytes, imported.wall)} MB/s = ${times(imported.wall, decoded.wall)} the decode time (wall), ` +
      `${imported.cpu.toFixed(1)} ms = ${times(imported.cpu, decoded.cpu)} (CPU); export is ${(exported.ms / decoded.wall).toFixed(1)}× the decode time`,
  );
  lines.push(...importStages(files, bytes));
}

/** Writes the CSV of `caseFiles` into `dir` and returns its size; the bytes are not kept. */
async function writeFolder(dir: string, caseFiles: CaseFile[]): Promise<number> {
  const { files } = exportCarePlanCsv(caseFiles, options);
  await writeCsvFolder(dir, files);
  return totalBytes(files);
}

/** Heap limit of the import process: far below what the rows of a 50 MB import would take in memory. */
const importHeapLimitMb = 128;

interface ImportRun {
  totals: { accepted: number; clientsCreated: number; plansCreated: number };
  ms: number;
  heapBefore: number;
  peakHeap: number;
  rssBefore: number;
  peakRss: number;
}

/** Imports the folder in a child process whose heap is capped at {@link importHeapLimitMb}. */
function importInChild(dir: string): ImportRun {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-csv-bench-db-'));
  try {
    const script = fileURLToPath(new URL('./csv-import-process.ts', import.meta.url));
    const out = execFileSync(process.execPath, [`--max-old-space-size=${importHeapLimitMb}`, '--import', 'tsx', script, dir, dataDir], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() ?? '') as ImportRun;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface AuditRun {
  caseFiles: number;
  findings: number;
  ms: number;
  heapBefore: number;
  peakHeap: number;
  liveHeap: number;
  rssBefore: number;
  peakRss: number;
}

/**
 * Heap limit of the streamed audit: the report itself and the plan wording the 画一的なプラン rule
 * compares across all clients (about 4 KB a plan) are kept, so it needs more than the import.
 */
const auditHeapLimitMb = 256;

/**
 * Audits the folder in a child process as `kizuki audit DIR` does: `stream` (each client audited
 * and dropped in turn) with its heap capped at {@link auditHeapLimitMb}, or `whole` (every case
 * file built and held, then audited; the reference) without a cap.
 */
function auditInChild(dir: string, mode: 'stream' | 'whole'): AuditRun {
  const script = fileURLToPath(new URL('./csv-audit-process.ts', import.meta.url));
  const flags = mode === 'stream' ? [`--max-old-space-size=${auditHeapLimitMb}`] : [];
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', script, dir, mode], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as AuditRun;
}

function auditLine(size: number, bytes: number, mode: 'stream' | 'whole', run: AuditRun): string {
  const how = mode === 'stream' ? `streamed, heap capped at ${auditHeapLimitMb} MB` : 'whole folder at once, the former way';
  return (
    `${size} MB audit (kizuki audit DIR, ${how}): ${count(run.caseFiles)} case files, ${count(run.findings)} findings in ${duration(run.ms)} = ${mbps(bytes, run.ms)} MB/s; ` +
    `live heap at its largest ${mb(run.liveHeap)} (+${mb(run.liveHeap - run.heapBefore)} over the start; after a full collection), ` +
    `peak heap ${mb(run.peakHeap)} (garbage included), peak rss ${mb(run.peakRss)}`
  );
}

/**
 * Imports and audits of 10 MB and 50 MB folders as `kizuki csv import DIR` and `kizuki audit DIR`
 * make them, each in its own process: the import (rows spooled to a temporary file, case files
 * built and stored one client at a time, one transaction per send unit, into a fresh SQLite
 * store) with a 128 MB heap, whose peak should not grow with the size, and the streamed audit
 * with a 256 MB heap, next to the audit of the whole folder at once, which holds every case file.
 */
async function peakMemory(lines: string[], sample: readonly CaseFile[], perClient: number): Promise<void> {
  for (const size of [10, 50]) {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-bench-'));
    try {
      const caseFiles = caseFilesFor(size, sample, perClient);
      const bytes = await writeFolder(dir, caseFiles);
      const run = importInChild(dir);
      if (run.totals.accepted !== 1 || run.totals.clientsCreated !== caseFiles.length) throw new Error(`import failed: ${JSON.stringify(run.totals)}`);
      lines.push(
        `${size} MB import into SQLite (kizuki csv import DIR, heap capped at ${importHeapLimitMb} MB): ${mb(bytes)}, ${count(run.totals.clientsCreated)} clients and ${count(run.totals.plansCreated)} plans stored in ${duration(run.ms)} = ${mbps(bytes, run.ms)} MB/s; ` +
          `peak heap ${mb(run.peakHeap)} (+${mb(run.peakHeap - run.heapBefore)} over the start), peak rss ${mb(run.peakRss)}`,
      );
      const whole = auditInChild(dir, 'whole');
      const streamed = auditInChild(dir, 'stream');
      if (streamed.caseFiles !== caseFiles.length || streamed.caseFiles !== whole.caseFiles || streamed.findings !== whole.findings) {
        throw new Error(`audits differ: streamed ${JSON.stringify(streamed)}, whole ${JSON.stringify(whole)}`);
      }
      lines.push(auditLine(size, bytes, 'whole', whole), auditLine(size, bytes, 'stream', streamed));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

export async function run(): Promise<{ name: string; lines: string[] }> {
  const lines: string[] = [];
  const sample = syntheticCaseFiles(2000);
  const perClient = totalBytes(exportCarePlanCsv(sample.slice(0, 100), options).files) / 100;
  lines.push(`generated fictional plans: ${(perClient / 1024).toFixed(1)} KiB of CSV per plan (利用者補足・第1表・第2表・第3表)`);
  throughput(lines, caseFilesFor(10, sample, perClient));
  await peakMemory(lines, sample, perClient);
  return { name: 'CSV (ケアプランデータ連携 標準仕様 v4.1)', lines };
}
