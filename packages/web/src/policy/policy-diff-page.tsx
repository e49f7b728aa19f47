import { Link } from '../routing/link.js';
import { DiffView } from './diff-view.js';
import { fetchPolicyDiff } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/** 版の比較: principles, checklist items, rules and their weights, word lists. */
export function PolicyDiffPage({ from, to }: { from: string; to: string }) {
  const [state] = useLoad((signal) => fetchPolicyDiff(from, to, signal), '版の違いを読み込めませんでした。');
  return (
    <section className="policy-page" aria-labelledby="diff-title">
      <p className="policy-toolbar">
        <Link to={policyPaths.home}>基本方針へ戻る</Link>
        <Link to={policyPaths.version(to)}>新しい版を読む</Link>
      </p>
      <h1 id="diff-title">版の違い</h1>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <DiffView diff={state.data.diff} lines={state.data.lines} />}
    </section>
  );
}
