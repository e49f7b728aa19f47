import { stat } from 'node:fs/promises';
import { auditMany, caseFileSchema, KizukiError, tokyoDateOf, type AuditReport } from '@kizuki/core';
import { policyFromArgument } from '../policy/policy-argument.js';
import { auditDate } from '../services/audit.service.js';
import { auditCsv } from '../services/csv-audit.service.js';
import { parseInput } from '../services/validate.js';
import { optional, parseOptions } from './args.js';
import { readCaseFileJson } from './audit-input.js';
import { formatAuditText } from './audit-text.js';
import { usageOf } from './help.js';
import { cliProgress } from './progress.js';
import type { CliIo } from './cli-io.js';

/** A folder or a ZIP is read as ケアプランデータ連携 CSV; anything else as case-file JSON. */
async function isCsvInput(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && (info.isDirectory() || /\.zip$/iu.test(path));
}

/**
 * `kizuki audit INPUT --policy ID|PATH`: the 気づき of every case file in INPUT: a case-file
 * JSON from `kizuki export`, or a folder or ZIP of ケアプランデータ連携 CSV files from any vendor. No database is opened. Exit 0 whenever the audit ran.
 */
export async function auditCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseOptions(args, { policy: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean' } }, true);
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) throw new KizukiError('bad_request', usageOf('audit'));
  const format = optional(values.format) ?? 'json';
  if (format !== 'json' && format !== 'text') throw new KizukiError('bad_request', `--format は json か text を指定してください（指定: ${format}）。`);
  const policy = optional(values.policy);
  if (!policy) throw new KizukiError('bad_request', `--policy にポリシーパックのID（kizuki policies で一覧）かファイルのパスを指定してください。\n${usageOf('audit')}`);
  const pack = policyFromArgument(policy);
  const asOf = auditDate({ now }, optional(values['as-of']) ?? tokyoDateOf(now()));
  const progress = cliProgress(io, values.quiet === true);
  let report: AuditReport;
  if (await isCsvInput(input)) {
    report = await auditCsv({ path: input }, () => pack, asOf, progress.report);
  } else {
    const raw = await readCaseFileJson(input);
    progress.report({ phase: 'read', file: input, files: 1, bytes: (await stat(input)).size });
    const caseFiles = raw.map((value, i) => parseInput(caseFileSchema, value, raw.length > 1 ? `caseFiles.${i}` : 'caseFile'));
    progress.report({ phase: 'audit', caseFiles: caseFiles.length });
    report = auditMany(caseFiles, pack, { asOf });
  }
  progress.done(`点検しました: ${report.summary.caseFiles}人、気づき ${report.summary.findings}件`);
  io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatAuditText(report));
  return 0;
}
