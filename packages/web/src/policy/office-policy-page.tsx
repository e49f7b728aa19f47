import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord } from '../api/records.js';
import { TextArea, TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { todayIso, wareki } from '../shared/dates.js';
import { DiffView } from './diff-view.js';
import { fetchOfficePolicy } from './office-policy.js';
import { errorOf, fetchPolicyDiff } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/** 基本方針 (office): the insurer's version in force, what changed since the office last read it, and the acknowledgement. */
export function OfficePolicyPage({ session }: { session: Session }) {
  const [state, reload] = useLoad(
    async (signal) => {
      const standing = await fetchOfficePolicy(signal);
      const diff = standing.current && standing.lastAcknowledged && !standing.acknowledged ? await fetchPolicyDiff(standing.lastAcknowledged.id, standing.current.id, signal) : undefined;
      return { ...standing, diff };
    },
    '基本方針を読み込めませんでした。',
  );
  return (
    <section className="policy-page" aria-labelledby="policy-title">
      <h1 id="policy-title">基本方針</h1>
      <LoadStatus state={state} />
      {state.kind === 'ready' && !state.data.current && <p className="empty-state">保険者が公開した基本方針はまだありません。</p>}
      {state.kind === 'ready' && state.data.current && (
        <>
          <div className={state.data.acknowledged ? 'policy-current' : 'policy-current policy-unread'}>
            <h2>
              現在の基本方針: 版 {state.data.current.body.version}（{wareki(state.data.current.body.publishedOn)} 公開）
            </h2>
            <p className="policy-note">{state.data.current.body.changeNote}</p>
            <p>
              <Link to={policyPaths.version(state.data.current.id)} className="button button-secondary">
                全文を読む
              </Link>
            </p>
            {state.data.acknowledged ? (
              <p className="tag tag-ok">この版は確認済みです</p>
            ) : (
              <p role="status">この版はまだ事業所で確認していません。</p>
            )}
          </div>
          {state.data.diff && (
            <section aria-labelledby="changes-title">
              <h2 id="changes-title">前回確認した版 {state.data.lastAcknowledged?.body.version} からの変更</h2>
              <DiffView diff={state.data.diff.diff} lines={state.data.diff.lines} />
            </section>
          )}
          {!state.data.acknowledged && (
            <AcknowledgeForm
              defaultName={session.user.displayName}
              version={state.data.current}
              onDone={reload}
            />
          )}
          <section aria-labelledby="acks-title">
            <h2 id="acks-title">事業所での確認の記録</h2>
            {state.data.acknowledgements.length === 0 ? (
              <p>まだありません。</p>
            ) : (
              <ul className="policy-acks">
                {[...state.data.acknowledgements].reverse().map((a) => (
                  <li key={a.id}>
                    版 {a.body.version}: {a.body.readBy}（{wareki(a.body.readOn)}）{a.body.comment ? `— ${a.body.comment}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function AcknowledgeForm({ defaultName, version, onDone }: { defaultName: string; version: { ownerOrganizationId: string; body: { packId: string; version: string } }; onDone: () => void }) {
  const [readBy, setReadBy] = useState(defaultName);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | undefined>();
  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await createRecord('policy_acknowledgement', { insurerOrganizationId: version.ownerOrganizationId, packId: version.body.packId, version: version.body.version, readBy, readOn: todayIso(), comment });
      onDone();
    } catch (e) {
      setError(errorOf(e, '確認を記録できませんでした。'));
      setBusy(false);
    }
  }
  return (
    <form
      className="policy-ack-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>確認の記録</h2>
      <p>読んだ人と日付が保険者に伝わります。</p>
      <TextField label="確認した人" path={['ack', 'readBy']} value={readBy} onChange={setReadBy} required error={error?.fields.readBy} />
      <TextArea label="ひとこと（任意）" path={['ack', 'comment']} value={comment} onChange={setComment} rows={2} />
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        版 {version.body.version} を確認しました
      </button>
    </form>
  );
}
