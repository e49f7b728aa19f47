import { KizukiError } from '@kizuki/core';
import { purgeExpiredAccessLog } from '../services/security-settings.service.js';
import { optional, parseOptions } from './args.js';
import { withStore, type CliIo } from './cli-io.js';

/**
 * `kizuki access-log purge [--org ID]`: removes access-log entries older than each organization's
 * retention (保存期間); the chain stays verifiable from the anchor the purge leaves, and the purge
 * is itself an entry of the log.
 */
export async function accessLogCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'purge') throw new KizukiError('bad_request', `「access-log ${sub ?? ''}」というコマンドはありません。kizuki access-log purge [--org ID] を使ってください。`);
  const { values } = parseOptions(rest, { org: { type: 'string' } });
  const org = optional(values.org);
  const reports = await withStore(io, async (store) => {
    if (org !== undefined && !(await store.getOrganization(org))) throw new KizukiError('not_found', `組織「${org}」が見つかりません。`);
    return purgeExpiredAccessLog({ store, now: () => new Date() }, { ...(org !== undefined ? { tenantId: org } : {}), userId: 'system' });
  });
  for (const r of reports) {
    const anchor = r.anchor ? `（${r.anchor.seq}番までを削除。検証はその次から続きます）` : '';
    io.out(`${r.tenantId}: ${r.before.slice(0, 10)} より前の記録 ${r.purged}件を削除しました${anchor}。\n`);
  }
  if (reports.length === 0) io.out('組織がありません。\n');
  return 0;
}
