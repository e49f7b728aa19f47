import { ageBandLabel, communityMeetingKindLabels, presentationDisclosureLabels, presentationDisclosures, type CommunityCareMeeting, type PresentationSheet } from '@kizuki/core';
import { useEffect } from 'react';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { fetchRecord } from '../api/records.js';
import { PrintToolbar } from '../office/print-toolbar.js';
import { routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import './meeting.css';
import { fetchReceivedPresentation } from './meeting-api.js';

/** 事例提出シート in the form meetings use: 本人の状況, 課題, 目標, 支援内容, 検討したいこと. */
export function PresentationSheetView({ sheet, meetingLine, presenter }: { sheet: PresentationSheet; meetingLine?: string | undefined; presenter?: string | undefined }) {
  const shown = presentationDisclosures.filter((k) => sheet.shown[k]).map((k) => presentationDisclosureLabels[k].replace('を表示', ''));
  return (
    <article className="meeting-sheet" aria-label="事例提出シート">
      <h2>地域ケア会議 事例提出シート</h2>
      <p className="meeting-sheet-meta">
        {meetingLine && <span>{meetingLine}</span>}
        <span>提出日 {wareki(sheet.presentedOn)}</span>
        {presenter && <span>提出 {presenter}</span>}
      </p>
      <table className="meeting-sheet-table">
        <tbody>
          <tr>
            <th scope="row">本人</th>
            <td>
              {sheet.label}
              {sheet.ageBand && `（${ageBandLabel(sheet)}）`} {sheet.sex} {sheet.careLevel} {sheet.household}
            </td>
          </tr>
          <tr>
            <th scope="row">日常生活圏域</th>
            <td>{sheet.area}</td>
          </tr>
          {sheet.address && (
            <tr>
              <th scope="row">住所</th>
              <td>{sheet.address}</td>
            </tr>
          )}
          {sheet.physician && (
            <tr>
              <th scope="row">主治医</th>
              <td>{sheet.physician}</td>
            </tr>
          )}
        </tbody>
      </table>
      <section aria-labelledby="sheet-situation">
        <h3 id="sheet-situation">本人の状況</h3>
        {sheet.situation.length === 0 ? (
          <p className="empty-state">アセスメントの記載がありません。</p>
        ) : (
          <dl className="meeting-sheet-situation">
            {sheet.situation.map((line) => (
              <div key={line.heading}>
                <dt>{line.heading}</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="sheet-issues">
        <h3 id="sheet-issues">課題</h3>
        <ol>
          {sheet.issues.map((issue, i) => (
            <li key={i}>{issue}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="sheet-goals">
        <h3 id="sheet-goals">目標</h3>
        <ul>
          {sheet.goals.map((goal, i) => (
            <li key={i}>
              長期目標: {goal.longTerm}
              {goal.shortTerm.length > 0 && (
                <ul>
                  {goal.shortTerm.map((s, j) => (
                    <li key={j}>短期目標: {s}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sheet-supports">
        <h3 id="sheet-supports">支援内容</h3>
        <table className="meeting-sheet-table">
          <thead>
            <tr>
              <th scope="col">サービス内容</th>
              <th scope="col">種別・担い手</th>
              <th scope="col">頻度</th>
            </tr>
          </thead>
          <tbody>
            {sheet.supports.map((s, i) => (
              <tr key={i}>
                <td>{s.content}</td>
                <td>{s.by}</td>
                <td>{s.frequency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sheet-questions">
        <h3 id="sheet-questions">検討したいこと</h3>
        <p className="meeting-sheet-text">{sheet.questions}</p>
      </section>
      <p className="meeting-sheet-note">{shown.length > 0 ? `提出者が表示を選んだ項目: ${shown.join('・')}` : '氏名・住所・生年月日・被保険者番号は記載していません（仮名化）。'}</p>
    </article>
  );
}

/** The print page of a case on a meeting record (the sheet as frozen in the record). */
export function MeetingCaseSheetPage({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const [state] = useLoad((signal) => fetchRecord<'community_care_meeting'>(meetingId, signal), undefined, `${meetingId}/${caseId}`);
  useEffect(() => {
    document.title = '事例提出シート - 気づき';
  }, []);
  const back = routePath({ name: 'region', path: ['meetings', meetingId] });
  if (state.kind !== 'ready') return <LoadStatus state={state} />;
  const meeting: CommunityCareMeeting = state.data.body;
  const c = meeting.cases.find((x) => x.id === caseId);
  return (
    <div className="meeting-print">
      <PrintToolbar back={back} label="会議の記録に戻る" />
      {c ? <PresentationSheetView sheet={c.sheet} meetingLine={`${communityMeetingKindLabels[meeting.kind]} ${wareki(meeting.heldOn)}`} /> : <p className="form-error">この会議の記録にその事例はありません。</p>}
    </div>
  );
}

/** The print page of a case presented to the organization, read through its grant. */
export function ReceivedSheetPage({ ownerId, presentationId }: { ownerId: string; presentationId: string }) {
  const [state] = useLoad((signal) => fetchReceivedPresentation(ownerId, presentationId, signal), undefined, `${ownerId}/${presentationId}`);
  useEffect(() => {
    document.title = '事例提出シート - 気づき';
  }, []);
  return (
    <div className="meeting-print">
      <PrintToolbar back={routePath({ name: 'region', path: ['meetings'] })} label="地域ケア会議に戻る" />
      {state.kind === 'ready' ? <PresentationSheetView sheet={state.data.sheet} meetingLine={state.data.meetingNote} presenter={state.data.ownerName} /> : <LoadStatus state={state} />}
    </div>
  );
}
