import { parseOptions, optional } from './args.js';
import { withStore, type CliIo } from './cli-io.js';

/**
 * `kizuki verify-log [--org ID]`: checks the hash chain of each organization's access log (閲覧記録)
 * and names the first entry that was changed, removed or reordered. Exit code 2 when a chain is broken.
 */
export async function verifyLogCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, { org: { type: 'string' } });
  const org = optional(values.org);
  const verdicts = await withStore(io, (store) => store.verifyAccessLog(org));
  let broken = 0;
  for (const v of verdicts) {
    const unchained = v.unchained > 0 ? `、チェーン導入前の記録 ${v.unchained}件` : '';
    if (v.broken) {
      broken += 1;
      const at = v.broken.seq === null ? '' : `${v.broken.seq}番目`;
      io.out(`NG ${v.tenantId}: ${at}の記録で途切れています（${v.broken.reason}${v.broken.id ? `、記録ID ${v.broken.id}` : ''}）。${v.checked}件目までは正しく連なっています${unchained}。\n`);
    } else {
      const anchor = v.anchor ? `（保存期間を過ぎた ${v.anchor.seq}番までは削除済み。起点のハッシュ ${v.anchor.hash.slice(0, 12)}…から検証）` : '';
      io.out(`OK ${v.tenantId}: ${v.checked}件の記録が正しく連なっています${unchained}${anchor}。\n`);
    }
  }
  if (verdicts.length === 0) io.out('組織がありません。\n');
  return broken > 0 ? 2 : 0;
}
