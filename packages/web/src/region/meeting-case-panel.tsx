import {
  addDays,
  communityMeetingKindLabels,
  grantStateLabels,
  meetingProfessionLabels,
  presentationDisclosureLabels,
  presentationDisclosures,
  type OwnPresentation,
  type PresentationDisclosure,
} from '@kizuki/core';
import { useRef, useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { useMenuDismiss } from '../components/use-menu-dismiss.js';
import { errorText, LoadStatus, useLoad } from '../components/use-load.js';
import { CheckboxField, DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { fetchCandidates } from '../sharing/sharing-api.js';
import { todayIso, wareki } from '../shared/dates.js';
import { fetchOwnPresentations, mayPresent, presentCase } from './meeting-api.js';
import './meeting.css';

/**
 * In the case file: 地域ケア会議に提出 (the sheet is made from this case file, pseudonymized, and
 * shared with the meeting's organization through a grant) and 地域ケア会議の助言 (what finalized
 * meetings advised for this client, with the plan revision they suggest).
 */
export function MeetingCasePanel({ clientId, session }: { clientId: string; session: Session }) {
  const allowed = mayPresent(session.user.role, session.organization.kind);
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const menu = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(menu);
  const [state] = useLoad((signal) => (allowed ? fetchOwnPresentations(clientId, signal) : Promise.resolve([])), undefined, `${clientId}/${round}/${String(allowed)}`);
  if (!allowed) return null;
  const list = state.kind === 'ready' ? state.data : [];
  const advised = list.filter((p) => p.body.result);
  return (
    <div className="meeting-case-panel">
      <nav className="meeting-menu" aria-label="地域ケア会議">
        <details ref={menu}>
          <summary>
            地域ケア会議
            {advised.length > 0 && (
              <span className="meeting-badge" title={`助言${advised.length}件`} aria-label={`助言${advised.length}件`}>
                {advised.length}
              </span>
            )}
          </summary>
          <div className="meeting-menu-body">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (menu.current) menu.current.open = false;
                setDone(undefined);
                setOpen(true);
              }}
            >
              地域ケア会議に提出
            </button>
            <LoadStatus state={state} />
            <section className="meeting-advice" aria-label="地域ケア会議の助言">
              <h3>
                地域ケア会議の助言（提出{list.length}件、助言あり{advised.length}件）
              </h3>
              {state.kind === 'ready' && list.length === 0 && <p className="meeting-muted">この利用者はまだ地域ケア会議に提出していません。</p>}
              {list.map((p) => (
                <PresentationItem key={p.id} presentation={p} />
              ))}
            </section>
          </div>
        </details>
      </nav>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {open && (
        <PresentForm
          clientId={clientId}
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setDone(message);
            setOpen(false);
            setRound((r) => r + 1);
          }}
        />
      )}
    </div>
  );
}

function PresentationItem({ presentation: p }: { presentation: OwnPresentation }) {
  const r = p.body.result;
  return (
    <article className="meeting-advice-item" aria-label={`${wareki(p.body.sheet.presentedOn)}の提出`}>
      <p className="meeting-muted">
        {wareki(p.body.sheet.presentedOn)} {p.body.meetingOrganizationName}に提出（{p.body.sheet.label}、共有: {grantStateLabels[p.grantState]}）
      </p>
      {!r ? (
        <p>会議の記録はまだ確定していません。</p>
      ) : (
        <>
          <h4>
            {wareki(r.heldOn)} {communityMeetingKindLabels[r.kind]}の助言
          </h4>
          {r.individualIssues && <p>個別課題: {r.individualIssues}</p>}
          {r.advice.length > 0 && (
            <ul>
              {r.advice.map((a, i) => (
                <li key={i}>
                  {meetingProfessionLabels[a.profession]}
                  {a.adviser ? `（${a.adviser}）` : ''}: {a.content}
                </li>
              ))}
            </ul>
          )}
          {r.actions.length > 0 && (
            <>
              <p>合意した取り組み</p>
              <ul>
                {r.actions.map((a, i) => (
                  <li key={i}>
                    {a.action}（担当: {a.owner}
                    {a.dueOn ? `、期限: ${wareki(a.dueOn)}` : ''}）
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.periodGoals.length > 0 && <p>期間毎の到達目標: {r.periodGoals.map((g) => `${g.period} ${g.target}`).join(' ／ ')}</p>}
          {r.consensus?.agreement && (
            <p>
              自立の合意: {r.consensus.agreement}
              {r.consensus.agreedBy.length > 0 && `（${r.consensus.agreedBy.join('、')}）`}
            </p>
          )}
          {r.planSuggestions && (
            <p className="meeting-suggestion">
              <strong>ケアプラン見直しの提案:</strong> {r.planSuggestions}
            </p>
          )}
        </>
      )}
    </article>
  );
}

function PresentForm({ clientId, onClose, onDone }: { clientId: string; onClose: () => void; onDone: (message: string) => void }) {
  const [candidates] = useLoad((signal) => fetchCandidates('community_care_meeting', clientId, signal), undefined, clientId);
  const [meetingOrg, setMeetingOrg] = useState<string | undefined>();
  const [area, setArea] = useState('');
  const [questions, setQuestions] = useState('');
  const [meetingNote, setMeetingNote] = useState('');
  const [until, setUntil] = useState(() => addDays(todayIso(), 30));
  const [shown, setShown] = useState<Partial<Record<PresentationDisclosure, boolean>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const list = candidates.kind === 'ready' ? candidates.data : [];
  const chosen = meetingOrg ?? list[0]?.id;

  async function submit() {
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await presentCase({ clientId, meetingOrganizationId: chosen, area, questions, validUntil: until, meetingNote: meetingNote || undefined, shown });
      onDone(`${result.presentation.body.meetingOrganizationName ?? ''}に事例（${result.presentation.body.sheet.label}）を提出しました。提出シートは${wareki(until)}まで会議の側で読めます。`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="share-form meeting-present-form"
      aria-label="地域ケア会議に提出"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>
        アセスメントと居宅サービス計画（第1〜3表）から提出シート（本人の状況・課題・目標・支援内容・検討したいこと）を作り、会議を開く組織に共有します。氏名はイニシャル、住所は日常生活圏域、生年月日は年齢層になり、被保険者番号は載りません。
      </p>
      <LoadStatus state={candidates} />
      <SelectField label="会議を開く組織" path={['present', 'meetingOrganizationId']} value={chosen} onChange={setMeetingOrg} options={list.map((c) => ({ value: c.id, label: c.name }))} emptyLabel={null} required />
      <TextField label="日常生活圏域" path={['present', 'area']} value={area} onChange={setArea} required placeholder="例: 北部圏域" />
      <TextArea label="検討したいこと" path={['present', 'questions']} value={questions} onChange={setQuestions} rows={3} required />
      <TextField label="会議の予定（任意）" path={['present', 'meetingNote']} value={meetingNote} onChange={setMeetingNote} placeholder="例: 7月の地域ケア個別会議" />
      <fieldset>
        <legend>提出シートに表示するもの（既定はすべて表示しない）</legend>
        {presentationDisclosures.map((k) => (
          <CheckboxField key={k} label={presentationDisclosureLabels[k]} path={['present', 'shown', k]} checked={shown[k] === true} onChange={(v) => setShown((s) => ({ ...s, [k]: v }))} />
        ))}
      </fieldset>
      <DateField label="共有の期限" path={['present', 'validUntil']} value={until} onChange={setUntil} required />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="meeting-actions">
        <button type="submit" className="button button-primary" disabled={busy || !chosen}>
          提出する
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          やめる
        </button>
      </div>
    </form>
  );
}
