import type { CareTeamMeeting } from '@kizuki/core';
import type { PrintContext } from './print-data.js';
import { printDate } from './print-format.js';
import { Sheet, Text } from './sheet.js';

function attendeeCells(meeting: CareTeamMeeting): Array<{ affiliation: string; name: string }> {
  return meeting.attendees
    .filter((a) => !a.isClient && !a.isFamily)
    .map((a) => ({ affiliation: [a.organization, a.role && `（${a.role}）`].filter(Boolean).join(''), name: a.name ?? '' }));
}

/** 第4表 サービス担当者会議の要点 (or the record of an 照会). */
export function MeetingForm({ meeting, ctx, authorName }: { meeting: CareTeamMeeting; ctx: PrintContext; authorName: string | undefined }) {
  const members = attendeeCells(meeting);
  // Three pairs of 所属（職種）・氏名 per row, as on the form.
  const rows = Array.from({ length: Math.max(1, Math.ceil(members.length / 3)) }, (_, i) => members.slice(i * 3, i * 3 + 3));
  const client = meeting.attendees.find((a) => a.isClient);
  const family = meeting.attendees.filter((a) => a.isFamily);
  const time = meeting.startTime || meeting.endTime ? `${meeting.startTime ?? ''}～${meeting.endTime ?? ''}` : '';
  return (
    <Sheet formNumber="第4表" title={meeting.kind === 'inquiry' ? 'サービス担当者に対する照会（依頼）内容' : 'サービス担当者会議の要点'} createdOn={meeting.date}>
      <table className="form-table">
        <tbody>
          <tr>
            <th scope="row">利用者名</th>
            <td>{ctx.caseFile.client.name}{'\u3000'}殿</td>
            <th scope="row">居宅サービス計画作成者（担当者）氏名</th>
            <td colSpan={3}>{authorName ?? ''}</td>
          </tr>
          <tr>
            <th scope="row">開催日</th>
            <td>{printDate(meeting.date)}</td>
            <th scope="row">開催場所</th>
            <td>{[meeting.place, meeting.online ? '（テレビ電話装置等を活用）' : ''].join('')}</td>
            <th scope="row">開催時間</th>
            <td>
              {time}
              {meeting.count !== undefined && `\u3000開催回数 ${meeting.count}回`}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="form-table attendees-table">
        <tbody>
          <tr>
            <th rowSpan={rows.length + 1} scope="rowgroup" className="side-head">会議出席者</th>
            {[0, 1, 2].map((i) => (
              <th key={i} colSpan={2} scope="colgroup">所属（職種）・氏名</th>
            ))}
          </tr>
          {rows.map((row, r) => (
            <tr key={r}>
              {[0, 1, 2].map((i) => (
                <td key={i} colSpan={2}>
                  {row[i] ? `${row[i].affiliation}\u3000${row[i].name}` : ''}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">利用者・家族の出席</th>
            <td colSpan={6}>
              本人：【{client ? '出席' : '欠席'}】{'\u3000'}家族：【{family.length > 0 ? '出席' : '　'}】
              {family.length > 0 && `（続柄：${family.map((f) => f.relationship ?? '').join('・')}）`}
            </td>
          </tr>
        </tbody>
      </table>
      <table className="form-table meeting-body">
        <tbody>
          {meeting.absentees.length > 0 && (
            <tr>
              <th scope="row">欠席者への照会</th>
              <td>
                {meeting.absentees.map((a) => (
                  <p key={a.id}>
                    {a.organization ?? ''} {a.name ?? ''}: {a.inquiryContent ?? ''} {a.reply ? `→ ${a.reply}` : ''}
                  </p>
                ))}
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">検討した項目</th>
            <td><Text value={meeting.itemsDiscussed} /></td>
          </tr>
          <tr>
            <th scope="row">検討内容</th>
            <td className="tall-cell"><Text value={meeting.discussion} /></td>
          </tr>
          <tr>
            <th scope="row">結論</th>
            <td><Text value={meeting.conclusions} /></td>
          </tr>
          <tr>
            <th scope="row">残された課題（次回の開催時期）</th>
            <td>
              <Text value={meeting.openIssues} />
              {(meeting.nextDate || meeting.nextText) && <p>（次回: {meeting.nextText ?? printDate(meeting.nextDate)}）</p>}
            </td>
          </tr>
        </tbody>
      </table>
    </Sheet>
  );
}
