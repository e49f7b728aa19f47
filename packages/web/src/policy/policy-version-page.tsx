import { compareVersions } from '@kizuki/core';
import { fetchRecord, fetchRecords } from '../api/records.js';
import { Link } from '../routing/link.js';
import { wareki } from '../shared/dates.js';
import { PackView } from './pack-view.js';
import { fetchPolicyVersionView } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/** One version of the policy as a readable, printable page, with the versions it can be compared with. */
export function PolicyVersionPage({ id, insurer }: { id: string; insurer: boolean }) {
  const [state] = useLoad(
    async (signal) => {
      const [record, view, all] = await Promise.all([fetchRecord<'policy_version'>(id, signal), fetchPolicyVersionView(id, signal), fetchRecords('policy_version', 'all', signal)]);
      return { record, view, others: all.filter((v) => v.id !== id && v.body.status === 'published').sort((a, b) => compareVersions(b.body.version, a.body.version)) };
    },
    'この版を読み込めませんでした。',
  );
  return (
    <section className="policy-page policy-print" aria-labelledby="version-title">
      <p className="policy-toolbar">
        <Link to={policyPaths.home}>基本方針へ戻る</Link>
        <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
          印刷
        </button>
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          <h1 id="version-title">
            基本方針 {state.data.record.body.version}
            {state.data.record.body.status === 'draft' ? '（下書き）' : `（${wareki(state.data.record.body.publishedOn)} 公開）`}
          </h1>
          <div className="policy-change-note">
            <h2>変更の概要</h2>
            <p>{state.data.record.body.changeNote}</p>
            <p className="muted">作成: {state.data.record.authorName ?? state.data.record.author}</p>
          </div>
          {insurer && state.data.record.body.status === 'draft' && (
            <p>
              <Link to={policyPaths.edit(id)} className="button button-primary">
                この下書きを編集する
              </Link>
            </p>
          )}
          {state.data.others.length > 0 && (
            <p className="policy-compare">
              ほかの版との違い:{' '}
              {state.data.others.map((o) => (
                <Link key={o.id} to={policyPaths.diff(o.id, id)} className="button button-secondary button-small">
                  {o.body.version} から
                </Link>
              ))}
            </p>
          )}
          <PackView pack={state.data.view.pack} />
        </>
      )}
    </section>
  );
}
