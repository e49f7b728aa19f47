import { inspectionAreas, isSignedOff, observationStatusLabels, tokyoDateOf, type InspectionReply } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord, saveRecord, type RecordView } from '../api/records.js';
import { wareki } from '../shared/dates.js';
import { criterionLabel, fetchProposals, mayReply, submitInspectionPlan } from './inspection-api.js';
import { errorText, LoadStatus, useLoad } from '../components/use-load.js';

/**
 * The office's plans proposed by the request's criteria (random within criteria), to submit one:
 * through a grant to the inspecting insurer, or, in a 自己点検, as the case's own plan.
 */
export function ProposalPanel({ caseId, revised = false, clientId, onSubmitted }: { caseId: string; revised?: boolean; clientId?: string | undefined; onSubmitted: () => void }) {
  const [state] = useLoad((signal) => fetchProposals(caseId, signal), undefined, `proposals-${caseId}-${revised}`);
  const [chosen, setChosen] = useState<string | undefined>(clientId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit() {
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      await submitInspectionPlan(caseId, { clientId: chosen, ...(revised ? { revised: true } : {}) });
      onSubmitted();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  if (revised) {
    return (
      <div className="editor-card proposal-panel">
        <h2>見直した計画の提出</h2>
        <p>面談で合意したことを計画に反映して保存したら、その版を提出します（新しい版だけが共有されます）。</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="button button-primary" disabled={busy || !chosen} onClick={() => void submit()}>
          見直した計画を提出する
        </button>
      </div>
    );
  }
  return (
    <div className="editor-card proposal-panel">
      <h2>点検する計画を選ぶ</h2>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          <p className="muted">
            抽出の観点（{state.data.criteria.map(criterionLabel).join('、') || 'なし'}）で、事業所の計画から無作為に選んだ候補に「提案」を付けています。提出すると、計画の現在の版と利用者の基本情報・認定・最新のアセスメントが点検の目的で共有されます。
          </p>
          {state.data.plans.length === 0 && <p className="empty-state">点検できる計画がありません。</p>}
          <ul className="proposal-list">
            {state.data.plans.map((p) => (
              <li key={p.clientId}>
                <label className="radio-option">
                  <input type="radio" name={`proposal-${caseId}`} value={p.clientId} checked={chosen === p.clientId} onChange={() => setChosen(p.clientId)} />
                  <span>
                    {p.clientName}（計画 第{p.revision}版・{wareki(p.planDate)}）
                    {p.proposedBy && <span className="tag tag-ok">提案: {criterionLabel(p.proposedBy)}</span>}
                    {p.meets.filter((m) => m !== p.proposedBy).map((m) => (
                      <span key={m} className="tag">
                        {criterionLabel(m)}
                      </span>
                    ))}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="button button-primary" disabled={busy || !chosen} onClick={() => void submit()}>
            この計画を点検に提出する
          </button>
        </>
      )}
    </div>
  );
}

type Answer = InspectionReply['answers'][number];

/**
 * The office's screen of a 点検 addressed to it: submit a plan, answer each observation in writing,
 * sign off, then record the follow-up (shared in the office, other plans) and submit the revision.
 */
export function OfficeReplyView({ record, reply, session, onSaved }: { record: RecordView<'inspection_case'>; reply: RecordView<'inspection_reply'> | undefined; session: Session; onSaved: (message?: string) => void }) {
  const base: InspectionReply = reply?.body ?? { inspectionCaseId: record.id, insurerOrganizationId: record.ownerOrganizationId, answers: [] };
  const [body, setBody] = useState<InspectionReply>(base);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const canWrite = mayReply(session.user.role, session.organization.kind);
  const locked = reply?.body.signOff !== undefined;
  const caseSigned = isSignedOff(record.body);

  async function save(next: InspectionReply, done: string) {
    setBusy(true);
    setError(undefined);
    try {
      if (reply) await saveRecord<'inspection_reply'>(reply.id, reply.revision, next, locked ? note : undefined);
      else await createRecord('inspection_reply', next);
      onSaved(done);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  const answerOf = (id: string): Answer => body.answers.find((a) => a.observationId === id) ?? { observationId: id };
  const setAnswer = (id: string, patch: Partial<Answer>) => setBody({ ...body, answers: [...body.answers.filter((a) => a.observationId !== id), { ...answerOf(id), ...patch }] });

  return (
    <>
      {!body.submission && canWrite && <ProposalPanel caseId={record.id} onSubmitted={() => onSaved('計画を点検に提出しました。')} />}
      {body.submission && (
        <p className="notice">
          計画（第{body.submission.revision}版）を提出しました。{record.body.source ? '保険者が受け取りました。' : '保険者の受け取りを待っています。'}
        </p>
      )}
      {record.body.observations.length > 0 && (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">点検者の気づきと回答</h2>
          {record.body.observations.map((o, i) => (
            <article key={o.id} className="editor-card observation" data-observation-id={o.id}>
              <h3>
                気づき {i + 1}
                <span className="tag">{inspectionAreas[o.area]}</span>
                <span className={`tag${o.status === 'verified' || o.status === 'closed' ? ' tag-ok' : ''}`}>{observationStatusLabels[o.status]}</span>
              </h3>
              {o.field && <p className="muted">{o.field}</p>}
              <p>{o.text}</p>
              {o.question && (
                <p>
                  <strong>問いかけ:</strong> {o.question}
                </p>
              )}
              {(o.answer || o.change) && (
                <p>
                  <strong>面談の記録:</strong> {o.answer} {o.change && `／見直すこと: ${o.change}`}
                </p>
              )}
              {o.followUp && (
                <p>
                  <strong>見直しの確認:</strong> {o.followUp}
                </p>
              )}
              <div className="form-grid">
                <div className="field">
                  <label htmlFor={`answer-${i}`}>回答</label>
                  <textarea id={`answer-${i}`} rows={3} disabled={!canWrite} value={answerOf(o.id).answer ?? ''} onChange={(e) => setAnswer(o.id, { answer: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`change-${i}`}>見直すこと</label>
                  <textarea id={`change-${i}`} rows={3} disabled={!canWrite} value={answerOf(o.id).change ?? ''} onChange={(e) => setAnswer(o.id, { change: e.target.value })} />
                </div>
              </div>
            </article>
          ))}
        </section>
      )}
      {record.body.observations.length > 0 && canWrite && (
        <section className="editor-card" aria-labelledby="signoff-title">
          <h2 id="signoff-title">確認（署名）</h2>
          {body.signOff ? (
            <p>
              事業所: {body.signOff.name}（{wareki(body.signOff.on)}）
            </p>
          ) : (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void save({ ...body, signOff: { name: session.user.displayName, on: tokyoDateOf(new Date()) } }, '事業所として確認（署名）しました。')}>
              事業所として確認（署名）する
            </button>
          )}
          <p className="muted">点検者: {record.body.session?.signOffs.find((s) => s.side === 'insurer')?.name ?? '未確認'}</p>
        </section>
      )}
      {caseSigned && canWrite && (
        <section className="editor-card" aria-labelledby="office-followup-title">
          <h2 id="office-followup-title">点検を受けて</h2>
          <div className="field">
            <label htmlFor="shared-in-office">事業所内での共有（事例検討会・研修）</label>
            <textarea id="shared-in-office" rows={3} value={body.sharedInOffice ?? ''} onChange={(e) => setBody({ ...body, sharedInOffice: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="other-plans">他の計画への反映</label>
            <textarea id="other-plans" rows={3} value={body.otherPlans ?? ''} onChange={(e) => setBody({ ...body, otherPlans: e.target.value })} />
          </div>
          {body.revisedPlan ? (
            <p className="notice">見直した計画（第{body.revisedPlan.revision}版）を提出しました。</p>
          ) : (
            body.submission && <ProposalPanel caseId={record.id} revised clientId={body.submission.clientId} onSubmitted={() => onSaved('見直した計画を提出しました。')} />
          )}
        </section>
      )}
      {canWrite && record.body.observations.length > 0 && (
        <>
          {locked && (
            <div className="field locked-note">
              <label htmlFor="reply-note">変更の理由（確認（署名）済みのため、保存には理由が必要です）</label>
              <input id="reply-note" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <p className="button-row">
            <button type="button" className="button button-primary" disabled={busy || (locked && !note.trim())} onClick={() => void save(body, '回答を保存しました。')}>
              回答を保存
            </button>
          </p>
        </>
      )}
      {!canWrite && <p className="muted">回答は事業所の介護支援専門員・管理者が記入します。</p>}
    </>
  );
}
