import {
  communityMeetingKindLabels,
  communityMeetingKinds,
  communityMeetingStatusLabels,
  meetingFunctionLabels,
  meetingFunctions,
  meetingProfessionLabels,
  meetingProfessions,
  type CommunityCareMeeting,
  type CommunityMeetingKind,
  type MeetingCase,
  type MeetingFunction,
  type MeetingProfession,
  type ReceivedPresentation,
} from '@kizuki/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { Session } from '../api/endpoints.js';
import { fetchRecord, saveRecord } from '../api/records.js';
import { errorText, Flash, LoadStatus, useLoad } from '../components/use-load.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { optionsOf } from '../shared/options.js';
import { wareki } from '../shared/dates.js';
import { fetchReceivedPresentations, finalizeMeeting, mayKeepMeetings } from './meeting-api.js';
import './meeting.css';

const professionOptions = optionsOf(meetingProfessions, meetingProfessionLabels);
const functionOptions = optionsOf(meetingFunctions, meetingFunctionLabels);
const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `case-${Date.now()}`);

/** The meeting record editor: attendees, cases with advice per profession, agreed actions, 期間毎の到達目標, the 自立 consensus, and 地域課題 candidates. */
export function MeetingEditorPage({ id, session }: { id: string; session: Session }) {
  const [round, setRound] = useState(0);
  const [state] = useLoad((signal) => fetchRecord<'community_care_meeting'>(id, signal), undefined, `${id}/${round}`);
  const [flash, setFlash] = useState<string | undefined>();
  useEffect(() => {
    document.title = '地域ケア会議の記録 - 気づき';
  }, []);
  if (state.kind !== 'ready') return <LoadStatus state={state} />;
  return (
    <>
      <Flash message={flash} />
      <MeetingForm
        key={`${state.data.id}@${state.data.revision}`}
        id={id}
        revision={state.data.revision}
        initial={state.data.body}
        editable={mayKeepMeetings(session.user.role, session.organization.kind)}
        onSaved={(message) => {
          setFlash(message);
          setRound((r) => r + 1);
        }}
      />
    </>
  );
}

function MeetingForm({ id, revision, initial, editable, onSaved }: { id: string; revision: number; initial: CommunityCareMeeting; editable: boolean; onSaved: (message: string) => void }) {
  const [body, setBody] = useState<CommunityCareMeeting>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [received] = useLoad((signal) => (editable ? fetchReceivedPresentations(signal) : Promise.resolve([])), undefined, String(editable));
  const ro = !editable || body.status === 'finalized';
  const set = (patch: Partial<CommunityCareMeeting>) => setBody((b) => ({ ...b, ...patch }));
  const setCase = (i: number, patch: Partial<MeetingCase>) => setBody((b) => ({ ...b, cases: b.cases.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  async function save(): Promise<number | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await saveRecord<'community_care_meeting'>(id, revision, body);
      return saved.revision;
    } catch (e) {
      setError(errorText(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  async function finalize() {
    if (!window.confirm('記録を確定します。確定すると変更できず、事例ごとの助言と取り組みが提出した事業所の支援経過に届きます。よろしいですか。')) return;
    const saved = await save();
    if (saved === undefined) return;
    setBusy(true);
    try {
      const result = await finalizeMeeting(id, saved);
      onSaved(`記録を確定しました。${result.delivered}件の事例の助言を提出した事業所の支援経過に届けました。`);
    } catch (e) {
      onSaved(`記録は保存しましたが、確定できませんでした。${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const onRecord = new Set(body.cases.map((c) => c.presentation.presentationId));
  const addable = received.kind === 'ready' ? received.data.filter((p) => !onRecord.has(p.presentationId) && p.meetingRecordId === undefined) : [];

  return (
    <form
      className="meeting-editor"
      aria-label="地域ケア会議の記録"
      onSubmit={(event) => {
        event.preventDefault();
        void save().then((r) => r !== undefined && onSaved('記録を保存しました。'));
      }}
    >
      <p>
        <Link to={routePath({ name: 'region', path: ['meetings'] })}>地域ケア会議の一覧へ</Link>
      </p>
      <h2>
        {communityMeetingKindLabels[body.kind]} {wareki(body.heldOn)} <span className={body.status === 'finalized' ? 'tag' : 'tag tag-warn'}>{communityMeetingStatusLabels[body.status]}</span>
      </h2>
      <fieldset className="editor-card" disabled={ro}>
        <legend>会議</legend>
        <div className="meeting-row">
          <SelectField label="会議の種類" path={['kind']} value={body.kind} onChange={(v) => set({ kind: (v as CommunityMeetingKind | undefined) ?? 'individual' })} options={optionsOf(communityMeetingKinds, communityMeetingKindLabels)} emptyLabel={null} />
          <DateField label="開催日" path={['heldOn']} value={body.heldOn} onChange={(v) => set({ heldOn: v })} required />
          <TextField label="会議名" path={['title']} value={body.title} onChange={(v) => set({ title: v || undefined })} />
        </div>
        <div className="meeting-row">
          <TextField label="場所" path={['place']} value={body.place} onChange={(v) => set({ place: v || undefined })} />
          <TextField label="対象の日常生活圏域" path={['area']} value={body.area} onChange={(v) => set({ area: v || undefined })} />
        </div>
      </fieldset>

      <fieldset className="editor-card" disabled={ro}>
        <legend>出席者（職種・所属）</legend>
        <Rows
          items={body.attendees}
          ro={ro}
          addLabel="出席者を加える"
          onAdd={() => set({ attendees: [...body.attendees, { name: '', profession: 'physical_therapist' }] })}
          onRemove={(i) => set({ attendees: body.attendees.filter((_, j) => j !== i) })}
          render={(a, i) => (
            <div className="meeting-row">
              <TextField label="氏名" path={['attendees', i, 'name']} value={a.name} onChange={(v) => set({ attendees: body.attendees.map((x, j) => (j === i ? { ...x, name: v } : x)) })} />
              <SelectField label="職種" path={['attendees', i, 'profession']} value={a.profession} onChange={(v) => set({ attendees: body.attendees.map((x, j) => (j === i ? { ...x, profession: (v as MeetingProfession | undefined) ?? 'other' } : x)) })} options={professionOptions} emptyLabel={null} />
              <TextField label="所属" path={['attendees', i, 'organization']} value={a.organization} onChange={(v) => set({ attendees: body.attendees.map((x, j) => (j === i ? { ...x, organization: v || undefined } : x)) })} />
            </div>
          )}
        />
      </fieldset>

      {body.kind === 'individual' && (
        <section className="editor-card" aria-labelledby="meeting-cases">
          <h3 id="meeting-cases">検討した事例</h3>
          {body.cases.length === 0 && <p className="empty-state">事例はまだありません。</p>}
          {body.cases.map((c, i) => (
            <CaseCard key={c.id} meetingId={id} index={i} value={c} ro={ro} onChange={(patch) => setCase(i, patch)} onRemove={() => set({ cases: body.cases.filter((_, j) => j !== i) })} />
          ))}
          {!ro && <AddCase addable={addable} loading={received.kind === 'loading'} onAdd={(p) => set({ cases: [...body.cases, caseFrom(p)] })} />}
        </section>
      )}

      <fieldset className="editor-card" disabled={ro}>
        <legend>地域課題の候補</legend>
        <p className="meeting-muted">事例の検討から見えた、地域に共通する課題です。地域課題の一覧（協議体）で取り上げます。個人が特定される内容は書かないでください。</p>
        <Rows
          items={body.regionIssueCandidates}
          ro={ro}
          addLabel="地域課題の候補を加える"
          onAdd={() => set({ regionIssueCandidates: [...body.regionIssueCandidates, { statement: '', area: body.area ?? '', category: 'issueDiscovery' }] })}
          onRemove={(i) => set({ regionIssueCandidates: body.regionIssueCandidates.filter((_, j) => j !== i) })}
          render={(r, i) => {
            const put = (patch: Partial<typeof r>) => set({ regionIssueCandidates: body.regionIssueCandidates.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <div className="meeting-row">
                <TextField label="地域課題の候補" path={['regionIssueCandidates', i, 'statement']} value={r.statement} onChange={(v) => put({ statement: v })} />
                <TextField label="日常生活圏域" path={['regionIssueCandidates', i, 'area']} value={r.area} onChange={(v) => put({ area: v })} />
                <SelectField label="会議の機能" path={['regionIssueCandidates', i, 'category']} value={r.category} onChange={(v) => put({ category: (v as MeetingFunction | undefined) ?? 'issueDiscovery' })} options={functionOptions} emptyLabel={null} />
              </div>
            );
          }}
        />
      </fieldset>

      <fieldset className="editor-card" disabled={ro}>
        <legend>協議の内容・その他</legend>
        <TextArea label="協議の内容" path={['discussion']} value={body.discussion} onChange={(v) => set({ discussion: v || undefined })} rows={4} />
      </fieldset>

      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!ro && (
        <div className="meeting-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            保存
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void finalize()}>
            確定して助言を届ける
          </button>
        </div>
      )}
      {body.status === 'finalized' && body.finalizedOn && <p className="meeting-muted">{wareki(body.finalizedOn)}に確定しました。事例ごとの助言は提出した事業所の支援経過に届いています。</p>}
    </form>
  );
}

function caseFrom(p: ReceivedPresentation): MeetingCase {
  return {
    id: newId(),
    presentation: { ownerOrganizationId: p.ownerOrganizationId, grantId: p.grantId, presentationId: p.presentationId },
    sheet: p.sheet,
    advice: [],
    actions: [],
    periodGoals: [],
  };
}

function AddCase({ addable, loading, onAdd }: { addable: ReceivedPresentation[]; loading: boolean; onAdd: (p: ReceivedPresentation) => void }) {
  const [chosen, setChosen] = useState<string | undefined>();
  if (loading) return <p className="page-status">提出された事例を読み込んでいます…</p>;
  if (addable.length === 0) return <p className="meeting-muted">記録に加えられる提出された事例はありません。</p>;
  const options = addable.map((p) => ({ value: p.presentationId, label: `${p.sheet.label}（${p.ownerName}、${wareki(p.sheet.presentedOn)}提出）` }));
  return (
    <div className="meeting-row meeting-add-case">
      <SelectField label="提出された事例" path={['addCase']} value={chosen} onChange={setChosen} options={options} emptyLabel="選んでください" />
      <button
        type="button"
        className="button button-secondary"
        disabled={!chosen}
        onClick={() => {
          const p = addable.find((x) => x.presentationId === chosen);
          if (p) onAdd(p);
          setChosen(undefined);
        }}
      >
        事例を加える
      </button>
    </div>
  );
}

function CaseCard({ meetingId, index: i, value: c, ro, onChange, onRemove }: { meetingId: string; index: number; value: MeetingCase; ro: boolean; onChange: (patch: Partial<MeetingCase>) => void; onRemove: () => void }) {
  const consensus = c.consensus ?? { agreedBy: [] };
  return (
    <fieldset className="meeting-case" disabled={ro} aria-label={`事例 ${c.sheet.label}`}>
      <legend>
        事例{i + 1}: {c.sheet.label}（{c.sheet.area} {c.sheet.careLevel}）
      </legend>
      <p>
        <Link to={routePath({ name: 'region', path: ['meetings', meetingId, 'sheet', c.id] })}>提出シートを見る・印刷</Link>
      </p>
      <details>
        <summary>検討したいこと</summary>
        <p className="meeting-sheet-text">{c.sheet.questions}</p>
      </details>
      <TextArea label="個別課題" path={['cases', i, 'individualIssues']} value={c.individualIssues} onChange={(v) => onChange({ individualIssues: v || undefined })} rows={2} />
      <h4>専門職の助言</h4>
      <Rows
        items={c.advice}
        ro={ro}
        addLabel="助言を加える"
        onAdd={() => onChange({ advice: [...c.advice, { profession: 'physical_therapist', content: '' }] })}
        onRemove={(j) => onChange({ advice: c.advice.filter((_, k) => k !== j) })}
        render={(a, j) => {
          const put = (patch: Partial<typeof a>) => onChange({ advice: c.advice.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
          return (
            <div className="meeting-row">
              <SelectField label="助言者の職種" path={['cases', i, 'advice', j, 'profession']} value={a.profession} onChange={(v) => put({ profession: (v as MeetingProfession | undefined) ?? 'other' })} options={professionOptions} emptyLabel={null} />
              <TextField label="助言者" path={['cases', i, 'advice', j, 'adviser']} value={a.adviser} onChange={(v) => put({ adviser: v || undefined })} />
              <TextArea label="助言の内容" path={['cases', i, 'advice', j, 'content']} value={a.content} onChange={(v) => put({ content: v })} rows={2} />
            </div>
          );
        }}
      />
      <h4>合意した取り組み</h4>
      <Rows
        items={c.actions}
        ro={ro}
        addLabel="取り組みを加える"
        onAdd={() => onChange({ actions: [...c.actions, { action: '', owner: '' }] })}
        onRemove={(j) => onChange({ actions: c.actions.filter((_, k) => k !== j) })}
        render={(a, j) => {
          const put = (patch: Partial<typeof a>) => onChange({ actions: c.actions.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
          return (
            <div className="meeting-row">
              <TextField label="取り組むこと" path={['cases', i, 'actions', j, 'action']} value={a.action} onChange={(v) => put({ action: v })} />
              <TextField label="担当" path={['cases', i, 'actions', j, 'owner']} value={a.owner} onChange={(v) => put({ owner: v })} />
              <DateField label="期限" path={['cases', i, 'actions', j, 'dueOn']} value={a.dueOn} onChange={(v) => put({ dueOn: v || undefined })} />
            </div>
          );
        }}
      />
      <h4>期間毎の到達目標</h4>
      <Rows
        items={c.periodGoals}
        ro={ro}
        addLabel="到達目標を加える"
        onAdd={() => onChange({ periodGoals: [...c.periodGoals, { period: '', target: '' }] })}
        onRemove={(j) => onChange({ periodGoals: c.periodGoals.filter((_, k) => k !== j) })}
        render={(g, j) => {
          const put = (patch: Partial<typeof g>) => onChange({ periodGoals: c.periodGoals.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
          return (
            <div className="meeting-row">
              <TextField label="期間" path={['cases', i, 'periodGoals', j, 'period']} value={g.period} onChange={(v) => put({ period: v })} placeholder="例: 3か月" />
              <TextField label="到達目標" path={['cases', i, 'periodGoals', j, 'target']} value={g.target} onChange={(v) => put({ target: v })} />
            </div>
          );
        }}
      />
      <h4>「自立」の合意（支援者）</h4>
      <TextArea label="合意した内容" path={['cases', i, 'consensus', 'agreement']} value={consensus.agreement} onChange={(v) => onChange({ consensus: { ...consensus, agreement: v || undefined } })} rows={2} />
      <TextField
        label="合意した人（読点で区切る）"
        path={['cases', i, 'consensus', 'agreedBy']}
        value={consensus.agreedBy.join('、')}
        onChange={(v) => onChange({ consensus: { ...consensus, agreedBy: v.split(/[、,，]/u).map((s) => s.trim()).filter(Boolean) } })}
      />
      <TextArea label="ケアプラン見直しの提案" path={['cases', i, 'planSuggestions']} value={c.planSuggestions} onChange={(v) => onChange({ planSuggestions: v || undefined })} rows={2} />
      {!ro && (
        <button type="button" className="button button-secondary button-small" onClick={onRemove}>
          この事例を記録から外す
        </button>
      )}
    </fieldset>
  );
}

function Rows<T>({ items, ro, addLabel, onAdd, onRemove, render }: { items: readonly T[]; ro: boolean; addLabel: string; onAdd: () => void; onRemove: (i: number) => void; render: (item: T, i: number) => ReactNode }) {
  return (
    <div className="meeting-rows">
      {items.map((item, i) => (
        <div key={i} className="meeting-rows-item">
          {render(item, i)}
          {!ro && (
            <button type="button" className="button button-secondary button-small" onClick={() => onRemove(i)}>
              削除
            </button>
          )}
        </div>
      ))}
      {!ro && (
        <button type="button" className="button button-secondary button-small" onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </div>
  );
}
