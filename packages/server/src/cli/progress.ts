import type { CsvProgress } from '../csv/csv-progress.js';
import type { CliIo } from './cli-io.js';

/** Where progress goes: stderr, and whether it is a terminal (a bar) or a file or pipe (plain lines). */
export interface ProgressSink {
  write: (text: string) => void;
  isTty: boolean;
}

export interface ProgressReporter {
  report: (progress: CsvProgress) => void;
  /** Ends the display (the bar's line, or a final plain line). */
  done: (summary: string) => void;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function describe(p: CsvProgress): string {
  switch (p.phase) {
    case 'read':
      return `読み込み ${p.files}ファイル（${mib(p.bytes)}）`;
    case 'clients':
      return `利用者 ${p.clients}人（送信単位 ${p.units}件目）`;
    case 'audit':
      return `点検中 ${p.caseFiles}人分`;
  }
}

/** Plain lines report every file, and clients every `clientStep`: enough to see it move in a log. */
const clientStep = 500;
/** A terminal bar is redrawn at most this often (ms). */
const redrawMs = 100;

/**
 * Progress of a long import or audit on stderr: on a terminal one line redrawn with \r
 * (`[####......] 読み込み 12ファイル（3.4 MB）`), elsewhere plain lines a log can keep. Stdout is left to
 * the report. `now` is injectable for tests.
 */
export function progressReporter(sink: ProgressSink, now: () => number = () => Date.now()): ProgressReporter {
  let last = -Infinity;
  let shown = false;
  let spin = 0;
  return {
    report(progress) {
      if (sink.isTty) {
        const t = now();
        if (t - last < redrawMs) return;
        last = t;
        spin = (spin + 1) % 10;
        const bar = `[${'#'.repeat(spin + 1).padEnd(10, '.')}]`;
        sink.write(`\r\u001b[2K${bar} ${describe(progress)}`);
        shown = true;
        return;
      }
      if (progress.phase === 'clients' && progress.clients % clientStep !== 0) return;
      sink.write(`${describe(progress)}\n`);
    },
    done(summary) {
      if (sink.isTty && shown) sink.write(`\r\u001b[2K${summary}\n`);
      else sink.write(`${summary}\n`);
    },
  };
}

/** The command's progress on the CLI's stderr, or a silent one with --quiet. */
export function cliProgress(io: CliIo, quiet: boolean): ProgressReporter {
  if (quiet) return { report: () => undefined, done: () => undefined };
  return progressReporter({ write: io.err, isTty: io.errIsTty === true });
}
