import { auditMany, caseFileSchema, KizukiError, tokyoDateOf } from '@kizuki/core';
import { policyFromArgument } from '../policy/policy-argument.js';
import { auditDate } from '../services/audit.service.js';
import { parseInput } from '../services/validate.js';
import { optional, parseOptions } from './args.js';
import { readCaseFileJson } from './audit-input.js';
import { formatAuditText } from './audit-text.js';
import type { CliIo } from './run-cli.js';

const usageText = '使い方: kizuki audit INPUT --policy ID|PATH [--as-of YYYY-MM-DD] [--format json|text]';

/**
 * `kizuki audit INPUT --policy ID|PATH`: the 気づき of every case file in INPUT (a case-file
 * JSON from `kizuki export`). No database is opened. Exit 0 whenever the audit ran.
 */
export async function auditCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseOptions(args, { policy: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } }, true);
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) throw new KizukiError('bad_request', usageText);
  const format = optional(values.format) ?? 'json';
  if (format !== 'json' && format !== 'text') throw new KizukiError('bad_request', `--format は json か text を指定してください（指定: ${format}）。`);
  const policy = optional(values.policy);
  if (!policy) throw new KizukiError('bad_request', `--policy にポリシーパックのID（kizuki policies で一覧）かファイルのパスを指定してください。\n${usageText}`);
  const pack = policyFromArgument(policy);
  const asOf = auditDate({ now }, optional(values['as-of']) ?? tokyoDateOf(now()));
  const raw = await readCaseFileJson(input);
  const caseFiles = raw.map((value, i) => parseInput(caseFileSchema, value, raw.length > 1 ? `caseFiles.${i}` : 'caseFile'));
  const report = auditMany(caseFiles, pack, { asOf });
  io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatAuditText(report));
  return 0;
}
