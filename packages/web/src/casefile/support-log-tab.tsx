import { supportLogKindLabels, supportLogKinds, type SupportLogEntry } from '@kizuki/core';
import { useState } from 'react';
import { bindFields } from '../editing/field-binder.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { todayIso, wareki } from '../shared/dates.js';
import { optionsOf } from '../shared/options.js';
import type { CaseFileTabProps } from './case-file-context.js';

const newest = (a: SupportLogEntry, b: SupportLogEntry) => b.date.localeCompare(a.date) || (b.time ?? '').localeCompare(a.time ?? '');

/** 支援経過: 居宅介護支援経過 (第5表) as a timeline, newest first, with a form to add an entry. */
export function SupportLogTab({ clientId, caseFile, session, onChanged }: CaseFileTabProps) {
  // The case file lists entries in the order they were written: reversed, a later entry of the same day comes first.
  const entries = [...caseFile.supportLog].reverse().sort(newest);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  return (
    <div className="tab-body">
      <h2>居宅介護支援経過（第5表）</h2>
      <section className="editor-card" aria-labelledby="new-log-title">
        <h3 id="new-log-title">経過を記録する</h3>
        {added && (
          <p className="notice" role="status">
            {added}
          </p>
        )}
        <EntryForm
          key={`new-${formKey}`}
          clientId={clientId}
          documentId={undefined}
          initial={{ id: '', date: todayIso(), kind: 'visit', authorUserId: session.user.id }}
          saveLabel="記録を追加"
          onSaved={(entry) => {
            setAdded(`${wareki(entry.date)}の記録「${entry.title ?? entry.content?.slice(0, 20) ?? ''}」を追加しました。`);
            setFormKey((n) => n + 1);
            onChanged();
          }}
        />
      </section>
      <h3>経過（新しい順）</h3>
      {entries.length === 0 ? (
        <p className="empty-state">まだ記録がありません。</p>
      ) : (
        <ol className="timeline" aria-label="支援経過">
          {entries.map((entry) => (
            <li key={entry.id} className="timeline-entry">
              <div className="timeline-meta">
                <time dateTime={entry.date}>{wareki(entry.date)}</time>
                {entry.time && <span>{entry.time}</span>}
                <span className="tag">{supportLogKindLabels[entry.kind]}</span>
                {entry.counterpart && <span>相手: {entry.counterpart}</span>}
              </div>
              {entry.title && <p className="timeline-title">{entry.title}</p>}
              {editing === entry.id ? (
                <EntryForm key={entry.id} clientId={clientId} documentId={entry.id} saveLabel="保存" onSaved={() => onChanged()} />
              ) : (
                <p className="timeline-content">{entry.content}</p>
              )}
              <button type="button" className="button button-secondary button-small" onClick={() => setEditing(editing === entry.id ? undefined : entry.id)}>
                {editing === entry.id ? '閉じる' : 'この記録を編集'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function EntryForm({ clientId, documentId, initial, saveLabel, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial?: SupportLogEntry;
  saveLabel: string;
  onSaved: (entry: SupportLogEntry) => void;
}) {
  // A new entry is added when the user says so (it appears in the timeline); edits autosave.
  const editor = useDocumentEditor(clientId, 'support_log_entry', documentId, {
    ...(initial ? { initial } : {}),
    autosaveMs: documentId === undefined ? false : undefined,
    onSaved: (doc) => onSaved(doc.body),
  });
  const fields = bindFields(editor);
  return (
    <div className="entry-form">
      {editor.body && (
        <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void editor.save(); }}>
          <DateField label="日付" required {...fields.text(['date'])} />
          <TextField label="時刻" size="short" placeholder="10:00" {...fields.text(['time'])} />
          <SelectField label="方法" emptyLabel={null} options={optionsOf(supportLogKinds, supportLogKindLabels)} {...fields.choice(['kind'])} />
          <TextField label="相手" placeholder="本人、長女、○○訪問介護 サービス提供責任者" {...fields.text(['counterpart'])} />
          <TextField label="項目" className="span-2" {...fields.text(['title'])} />
          <TextArea label="内容" className="span-all" rows={5} {...fields.text(['content'])} />
        </form>
      )}
      <EditorStatusBar kind="support_log_entry" editor={editor} saveLabel={saveLabel} />
    </div>
  );
}
