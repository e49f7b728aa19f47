import { communityMeetingKindLabels, communityMeetingKinds, communityMeetingStatusLabels, grantLastDay, type CommunityMeetingKind } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord, fetchRecords } from '../api/records.js';
import { errorText, LoadStatus, useLoad } from '../components/use-load.js';
import { DateField, SelectField, TextField } from '../editing/fields.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { routePath } from '../routing/routes.js';
import { optionsOf } from '../shared/options.js';
import { todayIso, wareki } from '../shared/dates.js';
import { fetchReceivedPresentations, mayKeepMeetings } from './meeting-api.js';
import './meeting.css';

const meetingPath = (id: string) => routePath({ name: 'region', path: ['meetings', id] });

/** 地域ケア会議: the organization's meeting records, the cases presented to it, and a new record. */
export function MeetingListPage({ session }: { session: Session }) {
  const keeper = mayKeepMeetings(session.user.role, session.organization.kind);
  const [meetings] = useLoad((signal) => (keeper ? fetchRecords('community_care_meeting', 'own', signal) : Promise.resolve([])), undefined, String(keeper));
  const [received] = useLoad((signal) => (keeper ? fetchReceivedPresentations(signal) : Promise.resolve([])), undefined, String(keeper));
  if (!keeper) {
    return (
      <div className="meeting-page">
        <p>地域ケア会議の記録は地域包括支援センターと保険者の職員が扱います。事例の提出は、利用者のケースファイルの「地域ケア会議に提出」から行います。</p>
      </div>
    );
  }
  const list = meetings.kind === 'ready' ? [...meetings.data].sort((a, b) => b.body.heldOn.localeCompare(a.body.heldOn)) : [];
  return (
    <div className="meeting-page">
      <NewMeetingForm />
      <h2>提出された事例</h2>
      <p>居宅介護支援事業所・地域包括支援センターが共有の許可をつけて提出した事例です（仮名化された提出シート。共有の期限を過ぎたものや取り消されたものは表示されません）。</p>
      <LoadStatus state={received} />
      {received.kind === 'ready' && received.data.length === 0 && <p className="empty-state">提出された事例はありません。</p>}
      {received.kind === 'ready' && received.data.length > 0 && (
        <table className="client-table" aria-label="提出された事例">
          <thead>
            <tr>
              <th scope="col">本人</th>
              <th scope="col">提出した事業所</th>
              <th scope="col">提出日</th>
              <th scope="col">検討したいこと</th>
              <th scope="col">共有の期限</th>
              <th scope="col">会議の記録</th>
            </tr>
          </thead>
          <tbody>
            {received.data.map((p) => (
              <tr key={p.presentationId}>
                <td>
                  <Link to={routePath({ name: 'region', path: ['meetings', 'received', p.ownerOrganizationId, p.presentationId] })}>{p.sheet.label}</Link>
                  <div className="meeting-muted">{p.sheet.area} {p.sheet.careLevel}</div>
                </td>
                <td>{p.ownerName}</td>
                <td>{wareki(p.sheet.presentedOn)}</td>
                <td className="meeting-clip">{p.sheet.questions}</td>
                <td>{wareki(grantLastDay(p.validUntil))}</td>
                <td>{p.meetingRecordId ? <Link to={meetingPath(p.meetingRecordId)}>記録を開く</Link> : '未記録'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>会議の記録</h2>
      <LoadStatus state={meetings} />
      {meetings.kind === 'ready' && list.length === 0 && <p className="empty-state">会議の記録はまだありません。</p>}
      {list.length > 0 && (
        <table className="client-table" aria-label="会議の記録">
          <thead>
            <tr>
              <th scope="col">開催日</th>
              <th scope="col">会議</th>
              <th scope="col">事例</th>
              <th scope="col">地域課題の候補</th>
              <th scope="col">状態</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id}>
                <td>{wareki(m.body.heldOn)}</td>
                <td>
                  <Link to={meetingPath(m.id)}>
                    {communityMeetingKindLabels[m.body.kind]}
                    {m.body.title ? ` ${m.body.title}` : ''}
                  </Link>
                </td>
                <td>{m.body.cases.length}件</td>
                <td>{m.body.regionIssueCandidates.length}件</td>
                <td>
                  <span className={m.body.status === 'finalized' ? 'tag' : 'tag tag-warn'}>{communityMeetingStatusLabels[m.body.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function NewMeetingForm() {
  const [kind, setKind] = useState<CommunityMeetingKind>('individual');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const record = await createRecord('community_care_meeting', { kind, status: 'draft', heldOn, title: title || undefined, attendees: [], cases: [], regionIssueCandidates: [] });
      navigate(meetingPath(record.id));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }
  return (
    <form
      className="editor-card meeting-new"
      aria-label="会議の記録を作る"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>会議の記録を作る</h2>
      <div className="meeting-row">
        <SelectField label="会議の種類" path={['newMeeting', 'kind']} value={kind} onChange={(v) => setKind((v as CommunityMeetingKind | undefined) ?? 'individual')} options={optionsOf(communityMeetingKinds, communityMeetingKindLabels)} emptyLabel={null} />
        <DateField label="開催日" path={['newMeeting', 'heldOn']} value={heldOn} onChange={setHeldOn} required />
        <TextField label="会議名（任意）" path={['newMeeting', 'title']} value={title} onChange={setTitle} placeholder="例: 北部圏域 第3回" />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        記録を作る
      </button>
    </form>
  );
}
