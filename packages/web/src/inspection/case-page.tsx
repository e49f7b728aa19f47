import {
  inspectionAreaKeys,
  inspectionAreaOfRule,
  inspectionAreas,
  isSignedOff,
  observationStatuses,
  observationStatusLabels,
  recordKindRule,
  selectionCriteria,
  tokyoDateOf,
  type CarePlan,
  type Finding,
  type InspectionCaseRecord,
  type InspectionObservation,
  type InspectionPlanReading,
  type RecordRevisionInfo,
} from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { fetchRecord, fetchRecordRevisions, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { dateTimeText, wareki } from '../shared/dates.js';
import { criterionLabel, fetchPlanReading, mayInspect } from './inspection-api.js';
import { CsvImportPanel } from './csv-import-panel.js';
import { StageTag } from './inspection-home.js';
import { inspectionPath } from './inspection-paths.js';
import { OfficeReplyView, ProposalPanel } from './office-reply.js';
import { errorText, Flash, LoadStatus, useLoad } from '../components/use-load.js';

interface CaseData {
  record: RecordView<'inspection_case'>;
  reply: RecordView<'inspection_reply'> | undefined;
  revisions: RecordRevisionInfo[];
}

async function loadCase(id: string, signal: AbortSignal): Promise<CaseData> {
  const [record, replies, revisions] = await Promise.all([fetchRecord<'inspection_case'>(id, signal), fetchRecords('inspection_reply', 'all', signal), fetchRecordRevisions(id, signal)]);
  return { record, reply: replies.find((r) => r.body.inspectionCaseId === id), revisions };
}

/** One 点検事例: the inspector's screen (own case) or the office's (a case addressed to it). */
export function CasePage({ id, session }: { id: string; session: Session }) {
  const [state, reload] = useLoad((signal) => loadCase(id, signal), undefined, `case-${id}`);
  const [flash, setFlash] = useState<string | undefined>();
  const onSaved = (message?: string) => {
    setFlash(message);
    reload();
  };
  const inspector = state.kind === 'ready' && state.data.record.ownerOrganizationId === session.organization.id && mayInspect(session.user.role, session.organization.kind);
  return (
    <section className="inspection-page" aria-labelledby="case-title">
      <p>
        <Link to={inspectionPath()}>ケアプラン点検へ戻る</Link>
        {state.kind === 'ready' && inspector && (
          <>
            {' ・ '}
            <Link to={inspectionPath('plans', state.data.record.body.inspectionId)}>点検計画へ</Link>
          </>
        )}
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          <h1 id="case-title">
            {state.data.record.body.label}
            <StageTag record={state.data.record} />
          </h1>
          <p className="muted">
            {state.data.record.body.officeName || state.data.record.body.officeNumber}
            {state.data.record.body.selectedBy && `・選んだ理由: ${criterionLabel(state.data.record.body.selectedBy)}`}
            {state.data.record.body.criteria.length > 0 && `・抽出の観点: ${state.data.record.body.criteria.map((c) => selectionCriteria[c]).join('、')}`}
          </p>
          {inspector ? (
            <InspectorView key={state.data.record.revision} data={state.data} session={session} onSaved={onSaved} />
          ) : (
            <OfficeReplyView key={`${state.data.record.revision}-${state.data.reply?.revision ?? 0}`} record={state.data.record} reply={state.data.reply} session={session} onSaved={onSaved} />
          )}
          <Flash message={flash} />
          <RevisionHistory revisions={state.data.revisions} />
        </>
      )}
    </section>
  );
}

function newObservation(patch: Partial<InspectionObservation> = {}): InspectionObservation {
  return { id: `obs-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, area: 'care_plan', text: '', status: 'open', ...patch };
}

function InspectorView({ data, session, onSaved }: { data: CaseData; session: Session; onSaved: (message?: string) => void }) {
  const { record, reply } = data;
  const [body, setBody] = useState<InspectionCaseRecord>(record.body);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const locked = recordKindRule('inspection_case').lockedWhen?.(record.body) ?? false;
  const self = record.body.officeOrganizationId === undefined && session.organization.kind !== 'insurer';
  const today = tokyoDateOf(new Date());
  const answers = new Map((reply?.body.answers ?? []).map((a) => [a.observationId, a]));

  async function save(next: InspectionCaseRecord, done: string) {
    setBusy(true);
    setError(undefined);
    try {
      await saveRecord<'inspection_case'>(record.id, record.revision, next, locked ? note : undefined);
      onSaved(done);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  const setObservation = (id: string, patch: Partial<InspectionObservation>) => setBody({ ...body, observations: body.observations.map((o) => (o.id === id ? { ...o, ...patch } : o)) });
  const takeUp = (finding: Finding) => {
    const evidence = finding.evidence[0];
    setBody({
      ...body,
      observations: [
        ...body.observations,
        newObservation({ area: inspectionAreaOfRule(finding.ruleId), ruleId: finding.ruleId, text: finding.message, ...(evidence ? { field: evidence.label } : {}), question: '' }),
      ],
    });
  };
  /** An observation on one of the pack's checklist items (方針の点検項目), written by the 点検者. */
  const writeOnChecklistItem = (item: ChecklistItem) =>
    setBody({ ...body, observations: [...body.observations, newObservation({ checklistItemId: item.id, field: item.title, text: '', question: '' })] });
  const session_ = body.session ?? { attendees: [], signOffs: [] };
  const signedBy = (side: 'insurer' | 'office') => session_.signOffs.find((s) => s.side === side);
  const officeSignOff = reply?.body.signOff;

  const signOff = () => {
    const signOffs = [...session_.signOffs.filter((s) => s.side !== 'insurer'), { side: 'insurer' as const, name: session.user.displayName, on: today }];
    if (self && !signedBy('office')) signOffs.push({ side: 'office', name: session.user.displayName, on: today });
    if (officeSignOff && !signedBy('office')) signOffs.push({ side: 'office', name: officeSignOff.name, on: officeSignOff.on });
    void save({ ...body, session: { ...session_, date: session_.date ?? today, signOffs } }, '確認（署名）しました。');
  };

  const receive = () => {
    const submission = reply?.body.submission;
    if (!submission) return;
    void save({ ...body, source: { kind: 'grant', grantId: submission.grantId, documentId: submission.documentId, revision: submission.revision } }, '提出された計画を受け取りました。');
  };
  const receiveRevised = () => {
    const revised = reply?.body.revisedPlan;
    if (!revised) return;
    void save({ ...body, revisedSource: revised }, '見直した計画を受け取りました。');
  };

  return (
    <>
      {!body.source && self && <ProposalPanel caseId={record.id} onSubmitted={() => onSaved('点検する計画を記録しました。')} />}
      {!body.source && !self && (
        <div className="editor-card">
          <h2>計画の受け取り</h2>
          {reply?.body.submission ? (
            <>
              <p>事業所が計画（第{reply.body.submission.revision}版）を共有の許可で提出しました。</p>
              <button type="button" className="button button-primary" disabled={busy} onClick={receive}>
                提出された計画を受け取る
              </button>
            </>
          ) : (
            <p className="muted">事業所からの提出を待っています{record.body.dueOn ? `（提出期限 ${wareki(record.body.dueOn)}）` : ''}。</p>
          )}
          {!reply?.body.submission && <CsvImportPanel caseId={record.id} onImported={onSaved} />}
        </div>
      )}
      {body.source?.kind === 'csv' && <p className="notice">この事例の計画は事業所のCSVから読み込みました（送信単位 {body.source.sendUnit}）。</p>}
      {body.source && (body.source.kind !== 'csv' || body.csvCaseFile) && <PlanReadingPanel caseId={record.id} which="submitted" onTakeUp={locked ? undefined : takeUp} onChecklistItem={locked ? undefined : writeOnChecklistItem} />}

      {body.source && (
        <section aria-labelledby="observations-title">
          <h2 id="observations-title">点検者の気づき（{body.observations.length}件）</h2>
          {body.observations.length === 0 && <p className="empty-state">自動の気づきを取り上げるか、気づきを書き加えてください。</p>}
          {body.observations.map((o, i) => (
            <ObservationEditor key={o.id} index={i} observation={o} officeAnswer={answers.get(o.id)} onChange={(patch) => setObservation(o.id, patch)} onRemove={locked ? undefined : () => setBody({ ...body, observations: body.observations.filter((x) => x.id !== o.id) })} />
          ))}
          {!locked && (
            <p className="button-row">
              <button type="button" className="button button-secondary" onClick={() => setBody({ ...body, observations: [...body.observations, newObservation()] })}>
                気づきを書き加える
              </button>
            </p>
          )}
        </section>
      )}

      {body.source && body.observations.length > 0 && (
        <section aria-labelledby="session-title" className="editor-card">
          <h2 id="session-title">面談</h2>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="session-date">面談日</label>
              <input id="session-date" type="date" value={session_.date ?? ''} onChange={(e) => setBody({ ...body, session: { ...session_, ...(e.target.value ? { date: e.target.value } : { date: undefined }) } })} />
            </div>
          </div>
          <AttendeesEditor attendees={session_.attendees} onChange={(attendees) => setBody({ ...body, session: { ...session_, attendees } })} />
          <h3>確認（署名）</h3>
          <ul className="inspection-list">
            <li>点検者: {signedBy('insurer') ? `${signedBy('insurer')!.name}（${wareki(signedBy('insurer')!.on)}）` : '未確認'}</li>
            <li>事業所: {signedBy('office') ? `${signedBy('office')!.name}（${wareki(signedBy('office')!.on)}）` : officeSignOff ? `${officeSignOff.name}（${wareki(officeSignOff.on)}・記録に反映されていません）` : '未確認'}</li>
          </ul>
          {!isSignedOff(body) && (
            <button type="button" className="button button-primary" disabled={busy} onClick={signOff}>
              {self ? '点検者と担当者で確認（署名）する' : '点検者として確認（署名）する'}
            </button>
          )}
        </section>
      )}

      {isSignedOff(record.body) && !self && (
        <section className="editor-card" aria-labelledby="followup-title">
          <h2 id="followup-title">見直した計画の確認</h2>
          {reply?.body.sharedInOffice && <p>事業所内での共有: {reply.body.sharedInOffice}</p>}
          {reply?.body.otherPlans && <p>他の計画への反映: {reply.body.otherPlans}</p>}
          {reply?.body.revisedPlan && !body.revisedSource && (
            <button type="button" className="button button-primary" disabled={busy || !note.trim()} onClick={receiveRevised}>
              見直した計画を受け取る
            </button>
          )}
          {!reply?.body.revisedPlan && !body.revisedSource && <p className="muted">事業所からの見直した計画を待っています。</p>}
        </section>
      )}
      {isSignedOff(record.body) && self && !body.revisedSource && <ProposalPanel caseId={record.id} revised clientId={body.source?.kind === 'own' ? body.source.clientId : undefined} onSubmitted={() => onSaved('見直した計画を記録しました。')} />}
      {body.revisedSource && <PlanReadingPanel caseId={record.id} which="revised" />}

      {locked && (
        <div className="field locked-note">
          <label htmlFor="change-note">変更の理由（確認（署名）済みのため、保存には理由が必要です）</label>
          <input id="change-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {body.source && (
        <p className="button-row">
          <button type="button" className="button button-primary" disabled={busy || (locked && !note.trim())} onClick={() => void save(body, '保存しました。')}>
            点検の記録を保存
          </button>
        </p>
      )}
    </>
  );
}

function ObservationEditor({
  index,
  observation: o,
  officeAnswer,
  onChange,
  onRemove,
}: {
  index: number;
  observation: InspectionObservation;
  officeAnswer: { answer?: string | undefined; change?: string | undefined } | undefined;
  onChange: (patch: Partial<InspectionObservation>) => void;
  onRemove: (() => void) | undefined;
}) {
  const id = (name: string) => `obs-${index}-${name}`;
  return (
    <article className="editor-card observation" data-observation-id={o.id}>
      <h3>
        気づき {index + 1}
        <span className="tag">{inspectionAreas[o.area]}</span>
        <span className={`tag${o.status === 'verified' || o.status === 'closed' ? ' tag-ok' : ''}`}>{observationStatusLabels[o.status]}</span>
        {o.ruleId && <span className="tag">自動の気づきから</span>}
        {o.checklistItemId && <span className="tag">方針の点検項目 {o.checklistItemId}</span>}
      </h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('area')}>分野</label>
          <select id={id('area')} value={o.area} onChange={(e) => onChange({ area: e.target.value as InspectionObservation['area'] })}>
            {inspectionAreaKeys.map((k) => (
              <option key={k} value={k}>
                {inspectionAreas[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('field')}>様式・項目</label>
          <input id={id('field')} value={o.field ?? ''} placeholder="第2表 短期目標" onChange={(e) => onChange({ field: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('status')}>状況</label>
          <select id={id('status')} value={o.status} onChange={(e) => onChange({ status: e.target.value as InspectionObservation['status'] })}>
            {observationStatuses.map((s) => (
              <option key={s} value={s}>
                {observationStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('text')}>点検者の気づき</label>
        <textarea id={id('text')} rows={3} value={o.text} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={id('question')}>介護支援専門員への問いかけ</label>
        <textarea id={id('question')} rows={2} value={o.question ?? ''} onChange={(e) => onChange({ question: e.target.value })} />
      </div>
      {officeAnswer && (officeAnswer.answer || officeAnswer.change) && (
        <div className="office-answer">
          <p>
            <strong>事業所の回答（書面）:</strong> {officeAnswer.answer || '—'}
          </p>
          <p>
            <strong>見直すこと:</strong> {officeAnswer.change || '—'}
          </p>
          {!o.answer && (
            <button type="button" className="button button-secondary button-small" onClick={() => onChange({ answer: officeAnswer.answer, change: officeAnswer.change, status: o.status === 'open' ? 'answered' : o.status })}>
              回答を記録に写す
            </button>
          )}
        </div>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('answer')}>介護支援専門員の回答（面談）</label>
          <textarea id={id('answer')} rows={2} value={o.answer ?? ''} onChange={(e) => onChange({ answer: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('change')}>見直すこと</label>
          <textarea id={id('change')} rows={2} value={o.change ?? ''} onChange={(e) => onChange({ change: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('followup')}>見直しの確認</label>
          <textarea id={id('followup')} rows={2} value={o.followUp ?? ''} onChange={(e) => onChange({ followUp: e.target.value })} />
        </div>
      </div>
      {onRemove && (
        <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
          この気づきを削除
        </button>
      )}
    </article>
  );
}

type Attendee = NonNullable<InspectionCaseRecord['session']>['attendees'][number];

function AttendeesEditor({ attendees, onChange }: { attendees: Attendee[]; onChange: (next: Attendee[]) => void }) {
  const [draft, setDraft] = useState<Attendee>({ name: '', side: 'office', role: '' });
  return (
    <div className="attendees">
      <h3>出席者</h3>
      <ul className="inspection-list">
        {attendees.map((a, i) => (
          <li key={`${a.name}-${i}`}>
            {a.name}（{a.side === 'insurer' ? '点検者' : '事業所'}
            {a.role ? `・${a.role}` : ''}）
            <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(attendees.filter((_, j) => j !== i))}>
              外す
            </button>
          </li>
        ))}
      </ul>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="attendee-name">出席者の氏名</label>
          <input id="attendee-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="attendee-side">立場</label>
          <select id="attendee-side" value={draft.side} onChange={(e) => setDraft({ ...draft, side: e.target.value as Attendee['side'] })}>
            <option value="insurer">点検者</option>
            <option value="office">事業所</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="attendee-role">役割</label>
          <input id="attendee-role" value={draft.role ?? ''} placeholder="担当介護支援専門員" onChange={(e) => setDraft({ ...draft, role: e.target.value })} />
        </div>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={!draft.name.trim()}
        onClick={() => {
          onChange([...attendees, { ...draft, name: draft.name.trim() }]);
          setDraft({ name: '', side: 'office', role: '' });
        }}
      >
        出席者を加える
      </button>
    </div>
  );
}

/** The plan under 点検 (read through the grant) and its automatic 気づき, the starting point. */
type ChecklistItem = InspectionPlanReading['checklist'][number];

function PlanReadingPanel({
  caseId,
  which,
  onTakeUp,
  onChecklistItem,
}: {
  caseId: string;
  which: 'submitted' | 'revised';
  onTakeUp?: ((finding: Finding) => void) | undefined;
  onChecklistItem?: ((item: ChecklistItem) => void) | undefined;
}) {
  const [state] = useLoad((signal) => fetchPlanReading(caseId, which, signal), undefined, `${caseId}-${which}`);
  return (
    <section className="editor-card plan-reading" aria-label={which === 'submitted' ? '提出された計画' : '見直した計画'}>
      <h2>{which === 'submitted' ? '提出された計画' : '見直した計画'}</h2>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <PlanReading reading={state.data} onTakeUp={onTakeUp} onChecklistItem={onChecklistItem} />}
    </section>
  );
}

function PlanReading({
  reading,
  onTakeUp,
  onChecklistItem,
}: {
  reading: InspectionPlanReading;
  onTakeUp: ((finding: Finding) => void) | undefined;
  onChecklistItem: ((item: ChecklistItem) => void) | undefined;
}) {
  const plan = reading.plan as CarePlan;
  return (
    <>
      <p className="muted">
        居宅サービス計画 第{reading.revision}版・作成（変更）日 {wareki(plan.planDate)}
        {reading.clientName ? `・利用者 ${reading.clientName}` : ''}
      </p>
      <ol className="plan-needs">
        {plan.needs.map((need) => (
          <li key={need.id}>
            <strong>{need.text || '（課題の記載なし）'}</strong>
            <ul>
              {need.longTermGoals.map((g, i) => (
                <li key={i}>
                  長期目標: {g.text || '—'}
                  {g.shortTermGoals.length > 0 && `／短期目標: ${g.shortTermGoals.map((s) => s.text || '—').join('、')}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>
        自動の気づき（{reading.findings.length}件・方針 {reading.packId}）
      </h3>
      <p className="muted">自動の気づきは点検の出発点です。点検者が読んで、問いかける価値のあるものを取り上げます。</p>
      <ul className="inspection-findings">
        {reading.findings.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} className="finding">
            <span className="tag">{inspectionAreas[inspectionAreaOfRule(f.ruleId)]}</span> {f.message}
            {f.evidence[0] && <span className="muted">（{f.evidence[0].label}）</span>}
            {onTakeUp && (
              <button type="button" className="button button-secondary button-small" onClick={() => onTakeUp(f)}>
                気づきとして取り上げる
              </button>
            )}
          </li>
        ))}
      </ul>
      {reading.checklist.length > 0 && (
        <details>
          <summary>方針の点検項目（{reading.checklist.length}項目）</summary>
          <ul>
            {reading.checklist.map((c) => (
              <li key={c.id}>
                {c.title}: {c.text}
                {onChecklistItem && (
                  <button type="button" className="button button-secondary button-small" onClick={() => onChecklistItem(c)}>
                    この項目で気づきを書く
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function RevisionHistory({ revisions }: { revisions: RecordRevisionInfo[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">記録の版</h2>
      <ol className="revision-list">
        {revisions.map((r) => (
          <li key={r.revision}>
            第{r.revision}版 {dateTimeText(r.savedAt)} {r.authorName ?? ''}
            {r.note && <span className="revision-note"> 理由: {r.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
