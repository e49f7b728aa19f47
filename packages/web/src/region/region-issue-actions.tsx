import { issueStatusLabels, type IssueStatus, type RegionIssue } from '@kizuki/core';
import { useId, useState } from 'react';
import type { RecordView } from '../api/records.js';
import { errorText } from '../components/use-load.js';
import { todayIso } from '../shared/dates.js';
import { nextStatuses, saveIssue, type IssueRecord } from './region-issue-api.js';


/** 状態を変える: the next steps core allows, dated, with the resources or the content 解決・施策化 need. */
export function StatusChange({ record, createdResources, onSaved }: { record: IssueRecord; createdResources: RecordView<'region_resource'>[]; onSaved: (message: string) => void }) {
  const id = useId();
  const options = nextStatuses(record.body.status);
  const [status, setStatus] = useState<IssueStatus | ''>('');
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [resolution, setResolution] = useState(record.body.resolution ?? '');
  /** created resources the user chose not to link (the others are linked on closing) */
  const [skipped, setSkipped] = useState<string[]>([]);
  const link = createdResources.map((r) => r.id).filter((r) => !skipped.includes(r));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const closing = status === 'resolved' || status === 'policy';

  async function submit() {
    if (status === '') return setError('次の状態を選んでください。');
    setBusy(true);
    setError(undefined);
    try {
      await saveIssue(record, (body): RegionIssue => ({
        ...body,
        status,
        history: [...body.history, { status, on, ...(note.trim() ? { note } : {}) }],
        resourceIds: closing ? [...new Set([...body.resourceIds, ...link])] : body.resourceIds,
        ...(closing ? { resolution } : {}),
      }));
      setBusy(false);
      setStatus('');
      setNote('');
      onSaved(`状態を「${issueStatusLabels[status]}」にしました。`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <section className="issue-status-change" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>状態を変える</h3>
      <fieldset>
        <legend>次の状態</legend>
        {options.map((s) => (
          <label key={s} className="issue-status-option">
            <input type="radio" name={`${id}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
            {issueStatusLabels[s]}
          </label>
        ))}
      </fieldset>
      <div className="issue-feed-grid">
        <div className="field">
          <label htmlFor={`${id}-on`}>日付</label>
          <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-note`}>メモ（理由・経過）</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      {closing && (
        <>
          {createdResources.length > 0 && (
            <fieldset>
              <legend>結び付ける社会資源（この課題のために登録したもの）</legend>
              {createdResources.map((r) => (
                <label key={r.id} className="issue-status-option">
                  <input type="checkbox" checked={link.includes(r.id)} onChange={(e) => setSkipped(e.target.checked ? skipped.filter((l) => l !== r.id) : [...skipped, r.id])} />
                  {r.body.name}
                </label>
              ))}
            </fieldset>
          )}
          <div className="field field-wide">
            <label htmlFor={`${id}-resolution`}>{status === 'policy' ? '施策の内容' : '解決の内容（社会資源がないときは必須）'}</label>
            <textarea id={`${id}-resolution`} rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} />
          </div>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
        状態を変える
      </button>
    </section>
  );
}

/** 協議体での協議を記録: one session's discussion of the issue (an issue at 把握 moves to 協議体で検討 with it). */
export function DiscussionForm({ record, onSaved }: { record: IssueRecord; onSaved: (message: string) => void }) {
  const id = useId();
  const [heldOn, setHeldOn] = useState(todayIso());
  const [attendees, setAttendees] = useState('');
  const [discussed, setDiscussed] = useState('');
  const [decisions, setDecisions] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [advance, setAdvance] = useState(record.body.status === 'identified');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit() {
    setBusy(true);
    setError(undefined);
    const discussion = { heldOn, attendees: attendees.split(/[、,，\n]+/u).map((a) => a.trim()).filter((a) => a !== ''), discussed, ...(decisions.trim() ? { decisions } : {}), ...(nextSteps.trim() ? { nextSteps } : {}) };
    try {
      await saveIssue(record, (body): RegionIssue => {
        const moved = advance && body.status === 'identified';
        return { ...body, discussions: [...body.discussions, discussion], ...(moved ? { status: 'council', history: [...body.history, { status: 'council', on: heldOn }] } : {}) };
      });
      setBusy(false);
      setDiscussed('');
      setDecisions('');
      setNextSteps('');
      onSaved('協議体での協議を記録しました。');
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <form
      className="issue-discussion-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${id}-title`}>協議を記録</h4>
      <div className="issue-feed-grid">
        <div className="field">
          <label htmlFor={`${id}-heldOn`}>協議した日</label>
          <input id={`${id}-heldOn`} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-attendees`}>出席者（所属・役割を、で区切る）</label>
          <input id={`${id}-attendees`} value={attendees} onChange={(e) => setAttendees(e.target.value)} placeholder="例: 生活支援コーディネーター、民生委員、社会福祉協議会" />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-discussed`}>協議の内容</label>
          <textarea id={`${id}-discussed`} rows={3} value={discussed} onChange={(e) => setDiscussed(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-decisions`}>決まったこと</label>
          <textarea id={`${id}-decisions`} rows={2} value={decisions} onChange={(e) => setDecisions(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-next`}>次にすること（担当・期限）</label>
          <textarea id={`${id}-next`} rows={2} value={nextSteps} onChange={(e) => setNextSteps(e.target.value)} />
        </div>
      </div>
      {record.body.status === 'identified' && (
        <label className="issue-status-option">
          <input type="checkbox" checked={advance} onChange={(e) => setAdvance(e.target.checked)} />
          状態を「協議体で検討」にする
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        協議を記録
      </button>
    </form>
  );
}
