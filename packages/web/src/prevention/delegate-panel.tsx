import { grantLastDay, grantState } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { errorText, LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { fetchCandidates, fetchGivenGrants } from '../sharing/sharing-api.js';
import { delegateClient, mayConfirmDelegation } from './prevention-api.js';

const endOfFiscalYear = (today: string) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${m >= 4 ? y + 1 : y}-03-31`;
};

/**
 * 委託: the center delegates the client's 介護予防支援 to a 居宅介護支援事業所 through a
 * `delegated_prevention` grant (the plan, monitoring and checklist follow the case).
 */
export function DelegatePanel({ clientId, session, onDelegated }: { clientId: string; session: Session; onDelegated: () => void }) {
  const [round, setRound] = useState(0);
  const [state] = useLoad(
    async (signal) => {
      const [grants, candidates] = await Promise.all([fetchGivenGrants(signal), fetchCandidates('delegated_prevention', clientId, signal)]);
      const now = new Date().toISOString();
      return { live: grants.filter((g) => g.purpose === 'delegated_prevention' && grantState(g, now) === 'live' && g.items.some((i) => i.clientId === clientId)), candidates };
    },
    undefined,
    `${clientId}:${round}`,
  );
  const [officeId, setOfficeId] = useState('');
  const [reason, setReason] = useState('介護予防支援の委託');
  const [validUntil, setValidUntil] = useState(endOfFiscalYear(todayIso()));
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  const [saving, setSaving] = useState(false);
  if (!mayConfirmDelegation(session.user.role, session.organization.kind)) return null;

  function submit() {
    setSaving(true);
    setMessage(undefined);
    delegateClient({ clientId, granteeOrganizationId: officeId, reason, validUntil }).then(
      () => {
        setSaving(false);
        setMessage({ kind: 'ok', text: '委託しました。委託先の事業所が計画を作成すると、委託状況に「確認待ち」と表示されます。' });
        setRound((r) => r + 1);
        onDelegated();
      },
      (error: unknown) => {
        setSaving(false);
        setMessage({ kind: 'error', text: errorText(error) });
      },
    );
  }

  return (
    <section className="editor-card delegate-panel" aria-labelledby="delegate-title">
      <h3 id="delegate-title">介護予防支援の委託</h3>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          {state.data.live.length > 0 ? (
            <ul>
              {state.data.live.map((g) => (
                <li key={g.id}>
                  {g.granteeName}に委託中（{wareki(grantLastDay(g.validUntil))}まで）
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">この利用者は委託していません。</p>
          )}
          <form
            className="form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <div className="field">
              <label htmlFor="delegate-office">委託先の居宅介護支援事業所</label>
              <select id="delegate-office" value={officeId} onChange={(e) => setOfficeId(e.target.value)}>
                <option value="">選んでください</option>
                {state.data.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="delegate-until">委託の期限</label>
              <input id="delegate-until" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
            </div>
            <div className="field span-all">
              <label htmlFor="delegate-reason">委託の理由</label>
              <input id="delegate-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <p className="span-all">
              <button type="submit" className="button button-primary" disabled={saving || officeId === ''}>
                {saving ? '委託しています…' : '委託する'}
              </button>{' '}
              <Link to={routePath({ name: 'prevention', path: [] })}>委託状況を見る</Link>
            </p>
          </form>
        </>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
