/**
 * Child process of csv.bench.ts: audits the CSV folder argv[2] under the national pack as
 * `kizuki audit DIR` does, streamed (`stream`, the CLI's way) or with every case file built and
 * held first (`whole`, the reference), and prints one JSON line with the report's totals, the
 * time, the heap before, the highest heap in use seen (sampled every 20 ms and at every progress
 * report and when the pack is chosen, since building case files runs without yielding, garbage
 * included), the live heap where the most is held (after a full collection) and the process's
 * peak rss as the OS counted it.
 */
import { getPolicyPack } from '../../packages/server/src/policy/load-packs.js';
import { auditCsv } from '../../packages/server/src/services/csv-audit.service.js';
import { auditCsvWholeFolder } from '../../packages/server/src/csv/whole-folder-audit.js';
import { peaks, settledHeap } from './measure.js';

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== 'stream' && mode !== 'whole')) throw new Error('usage: csv-audit-process.ts CSV_DIR stream|whole');
const pack = getPolicyPack('national');
let sampledHeap = 0;
const sample = () => {
  sampledHeap = Math.max(sampledHeap, process.memoryUsage().heapUsed);
};
// The live heap (after a full collection) where the most is held: every case file built (whole,
// when the pack is chosen), every 1,000 clients read or audited and at the end of the streamed audit.
let liveHeap = 0;
const settle = () => {
  liveHeap = Math.max(liveHeap, settledHeap());
};
let reports = 0;
const choosePack = () => {
  sample();
  settle();
  return pack;
};
const run = await peaks(() =>
  mode === 'stream'
    ? auditCsv({ path: dir }, choosePack, '2025-10-01', () => {
        if (++reports % 50 === 0) sample();
        if (reports % 1000 === 0) settle();
      })
    : auditCsvWholeFolder({ path: dir }, choosePack, '2025-10-01'),
);
sample();
if (mode === 'stream') settle();
const { result: report, ...measured } = run;
console.log(
  JSON.stringify({
    caseFiles: report.summary.caseFiles,
    findings: report.summary.findings,
    ms: measured.ms,
    heapBefore: measured.heapBefore,
    peakHeap: Math.max(measured.peakHeap, sampledHeap),
    liveHeap,
    rssBefore: measured.rssBefore,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }),
);
