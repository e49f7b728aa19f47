import { delegationStatus, delegationStatusLabels, type PreventionPlan } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { errorText } from '../components/use-load.js';
import { todayIso, wareki } from '../shared/dates.js';
import { confirmPlan, mayConfirmDelegation } from './prevention-api.js';

/** 地域包括支援センター確認欄 as recorded (read only everywhere). */
export function ConfirmationView({ plan, revision }: { plan: PreventionPlan; revision: number | undefined }) {
  const status = revision === undefined ? undefined : delegationStatus({ body: plan, revision });
  return (
    <dl className="confirmation-view" aria-label="地域包括支援センター確認欄">
      <div>
        <dt>状態</dt>
        <dd>{status ? delegationStatusLabels[status] : '—'}</dd>
      </div>
      <div>
        <dt>確認日</dt>
        <dd>{wareki(plan.centerConfirmedOn)}</dd>
      </div>
      <div>
        <dt>確認者</dt>
        <dd>{plan.centerConfirmedBy ?? '未記入'}</dd>
      </div>
      <div>
        <dt>意見</dt>
        <dd className="preserve-lines">{plan.centerOpinion ?? '未記入'}</dd>
      </div>
    </dl>
  );
}

/**
 * The center's review of a delegated plan: the 確認欄 as recorded and, for the center's staff,
 * the form that records 確認日・確認者・意見 on the revision shown.
 */
export function ConfirmationPanel({ documentId, revision, plan, session, onConfirmed }: {
  documentId: string;
  revision: number | undefined;
  plan: PreventionPlan;
  session: Session;
  onConfirmed: () => void;
}) {
  const [confirmedOn, setConfirmedOn] = useState(todayIso());
  const [confirmedBy, setConfirmedBy] = useState(session.user.displayName);
  const [opinion, setOpinion] = useState(plan.centerOpinion ?? '');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  const may = mayConfirmDelegation(session.user.role, session.organization.kind);

  function submit() {
    if (revision === undefined) return;
    setSaving(true);
    setMessage(undefined);
    confirmPlan(documentId, { planRevision: revision, confirmedOn, confirmedBy, ...(opinion.trim() !== '' ? { opinion } : {}) }).then(
      () => {
        setSaving(false);
        setMessage({ kind: 'ok', text: '確認を記録しました。' });
        onConfirmed();
      },
      (error: unknown) => {
        setSaving(false);
        setMessage({ kind: 'error', text: errorText(error) });
      },
    );
  }

  return (
    <section className="editor-card confirmation-panel" aria-labelledby="confirmation-title">
      <h3 id="confirmation-title">地域包括支援センター確認欄（委託）</h3>
      <ConfirmationView plan={plan} revision={revision} />
      {may && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="field">
            <label htmlFor="confirm-on">確認日</label>
            <input id="confirm-on" type="date" value={confirmedOn} onChange={(e) => setConfirmedOn(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="confirm-by">確認者</label>
            <input id="confirm-by" value={confirmedBy} onChange={(e) => setConfirmedBy(e.target.value)} />
          </div>
          <div className="field span-all">
            <label htmlFor="confirm-opinion">地域包括支援センターの意見</label>
            <textarea id="confirm-opinion" rows={3} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
          </div>
          <p className="span-all">
            <button type="submit" className="button button-primary" disabled={saving || revision === undefined}>
              {saving ? '記録しています…' : `第${revision ?? ''}版を確認して記録する`}
            </button>
          </p>
        </form>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
