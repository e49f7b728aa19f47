import { meetingKinds, meetingOccasionLabels, meetingOccasions, planStatusLabels, type CareTeamMeeting } from '@kizuki/core';
import { bindFields } from '../editing/field-binder.js';
import { CheckboxField, DateField, RadioGroupField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { todayIso, wareki } from '../shared/dates.js';
import { newId } from '../shared/ids.js';
import { optionsOf } from '../shared/options.js';
import type { CaseFileTabProps } from './case-file-context.js';
import { DocumentPicker } from './document-picker.js';
import { latestBy, useSelection } from './use-selection.js';

const kindLabels: Record<(typeof meetingKinds)[number], string> = { meeting: '会議を開催', inquiry: '照会（書面で意見を求めた）' };

/** 担当者会議: サービス担当者会議の要点 (第4表). */
export function MeetingTab({ clientId, caseFile, onChanged }: CaseFileTabProps) {
  const meetings = [...caseFile.careTeamMeetings].sort((a, b) => b.date.localeCompare(a.date));
  const latestPlan = caseFile.carePlans.filter((p) => p.status !== 'superseded').at(-1);
  const fresh = (): CareTeamMeeting => ({ id: '', kind: 'meeting', date: todayIso(), planId: latestPlan?.id, attendees: [], absentees: [] });
  const selection = useSelection<CareTeamMeeting>(latestBy(meetings, (m) => m.date)?.id, meetings.length === 0 ? fresh() : undefined);
  return (
    <div className="tab-body">
      <h2>サービス担当者会議の要点（第4表）</h2>
      <DocumentPicker
        label="記録を選ぶ"
        entries={meetings.map((m) => ({ id: m.id, label: `${wareki(m.date)} ${m.kind === 'inquiry' ? '照会' : '会議'}${m.occasion ? `（${meetingOccasionLabels[m.occasion]}）` : ''}` }))}
        selected={selection.id}
        onSelect={selection.select}
        newLabel="新しい会議を記録"
        onNew={() => selection.startNew(fresh())}
      />
      <MeetingForm
        key={selection.key}
        clientId={clientId}
        documentId={selection.id}
        initial={selection.initial}
        plans={caseFile.carePlans.map((p) => ({ value: p.id, label: `${wareki(p.planDate, '作成日未記入')}の計画（${planStatusLabels[p.status]}）` }))}
        onSaved={(id, created) => {
          if (created) selection.created(id);
          onChanged();
        }}
      />
    </div>
  );
}

function MeetingForm({ clientId, documentId, initial, plans, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial: CareTeamMeeting | undefined;
  plans: { value: string; label: string }[];
  onSaved: (id: string, created: boolean) => void;
}) {
  const editor = useDocumentEditor(clientId, 'care_team_meeting', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  if (!body) return <EditorStatusBar kind="care_team_meeting" editor={editor} />;
  const attendees = body.attendees ?? [];
  const absentees = body.absentees ?? [];
  return (
    <section className="editor-card" aria-label="会議の記録">
      <EditorStatusBar kind="care_team_meeting" editor={editor} />
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <RadioGroupField label="会議の種類" className="span-all" options={optionsOf(meetingKinds, kindLabels)} {...fields.choice(['kind'])} />
        <SelectField label="開催の理由" options={optionsOf(meetingOccasions, meetingOccasionLabels)} {...fields.choice(['occasion'])} />
        <SelectField label="検討した計画" options={plans} {...fields.choice(['planId'])} />
        <DateField label="開催日" required {...fields.text(['date'])} />
        <TextField label="開始時刻" size="short" placeholder="10:00" {...fields.text(['startTime'])} />
        <TextField label="終了時刻" size="short" placeholder="11:00" {...fields.text(['endTime'])} />
        <TextField label="開催場所" {...fields.text(['place'])} />
        <CheckboxField label="テレビ電話装置等を活用して開催" {...fields.flag(['online'])} />
        <TextField label="開催回数" size="short" inputMode="numeric" {...fields.text(['count'])} />
        <fieldset className="subsection span-all">
          <legend>会議出席者</legend>
          {attendees.map((attendee, index) => (
            <div key={attendee.id} className="list-card">
              <div className="form-grid">
                <TextField label={`出席者${index + 1} 氏名`} {...fields.text(['attendees', index, 'name'])} />
                <TextField label="所属" {...fields.text(['attendees', index, 'organization'])} />
                <TextField label="職種・続柄" {...fields.text(['attendees', index, 'role'])} />
                <CheckboxField label="本人" {...fields.flag(['attendees', index, 'isClient'])} />
                <CheckboxField label="家族" {...fields.flag(['attendees', index, 'isFamily'])} />
              </div>
              <button type="button" className="button button-danger-quiet" onClick={() => fields.update(['attendees'], attendees.filter((_, i) => i !== index))}>
                出席者{index + 1}を削除
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary" onClick={() => fields.update(['attendees'], [...attendees, { id: newId() }])}>
            出席者を追加
          </button>
        </fieldset>
        <fieldset className="subsection span-all">
          <legend>欠席者と照会内容</legend>
          {absentees.map((absentee, index) => (
            <div key={absentee.id} className="list-card">
              <div className="form-grid">
                <TextField label={`欠席者${index + 1} 氏名`} {...fields.text(['absentees', index, 'name'])} />
                <TextField label="所属" {...fields.text(['absentees', index, 'organization'])} />
                <TextField label="職種" {...fields.text(['absentees', index, 'role'])} />
                <TextArea label="照会内容" className="span-all" {...fields.text(['absentees', index, 'inquiryContent'])} />
                <TextArea label="回答" className="span-all" {...fields.text(['absentees', index, 'reply'])} />
                <DateField label="回答日" {...fields.text(['absentees', index, 'repliedOn'])} />
              </div>
              <button type="button" className="button button-danger-quiet" onClick={() => fields.update(['absentees'], absentees.filter((_, i) => i !== index))}>
                欠席者{index + 1}を削除
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary" onClick={() => fields.update(['absentees'], [...absentees, { id: newId() }])}>
            欠席者を追加
          </button>
        </fieldset>
        {body.kind === 'inquiry' && <TextArea label="照会の理由（やむを得ない理由）" className="span-all" {...fields.text(['inquiryReason'])} />}
        <TextArea label="検討した項目" className="span-all" {...fields.text(['itemsDiscussed'])} />
        <TextArea label="検討内容" className="span-all" rows={5} {...fields.text(['discussion'])} />
        <TextArea label="結論" className="span-all" rows={4} {...fields.text(['conclusions'])} />
        <TextArea label="残された課題（次回の開催時期）" className="span-all" {...fields.text(['openIssues'])} />
        <DateField label="次回の開催時期" {...fields.text(['nextDate'])} />
        <TextField label="次回の開催時期（記述）" placeholder="認定更新時" {...fields.text(['nextText'])} />
      </form>
    </section>
  );
}
