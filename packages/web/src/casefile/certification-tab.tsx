import { applicationKindLabels, applicationKinds, careLevels, careLevelTable, certificationStatuses, certificationStatusTable, currentCertification, type Certification } from '@kizuki/core';
import { useState } from 'react';
import { bindFields } from '../editing/field-binder.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { todayIso, wareki } from '../shared/dates.js';
import { codedOptionsOf, optionsOf } from '../shared/options.js';
import type { CaseFileTabProps } from './case-file-context.js';

const byNewest = (a: Certification, b: Certification) => (b.validFrom ?? b.applicationDate ?? '').localeCompare(a.validFrom ?? a.applicationDate ?? '');

/** 認定: the history of 要介護認定 (newest first) and the form of the chosen one. */
export function CertificationTab({ clientId, caseFile, onChanged }: CaseFileTabProps) {
  const history = [...caseFile.certifications].sort(byNewest);
  const current = currentCertification(caseFile.certifications, todayIso());
  const [selected, setSelected] = useState<string | undefined>(current?.id ?? history[0]?.id);
  const [creating, setCreating] = useState(false);
  return (
    <div className="tab-body">
      <h2>要介護認定の履歴</h2>
      {history.length === 0 ? (
        <p className="empty-state">認定の記録はありません。</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">要介護度</th>
              <th scope="col">状況</th>
              <th scope="col">申請区分</th>
              <th scope="col">有効期間</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {history.map((cert) => (
              <tr key={cert.id} aria-current={cert.id === selected && !creating ? 'true' : undefined}>
                <th scope="row">
                  {cert.careLevel ? careLevelTable[cert.careLevel].label : '—'}
                  {cert.id === current?.id && <span className="tag">現在</span>}
                </th>
                <td>{certificationStatusTable[cert.status].label}</td>
                <td>{cert.applicationKind ? applicationKindLabels[cert.applicationKind] : '—'}</td>
                <td>
                  {wareki(cert.validFrom, '—')} 〜 {wareki(cert.validTo, '—')}
                </td>
                <td>
                  <button type="button" className="button button-secondary button-small" onClick={() => { setSelected(cert.id); setCreating(false); }}>
                    編集
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setCreating(true)}>
          新しい認定・申請を記録
        </button>
      </div>
      <CertificationForm
        key={creating ? 'new' : selected ?? 'none'}
        clientId={clientId}
        documentId={creating ? undefined : selected}
        onSaved={(id) => {
          setCreating(false);
          setSelected(id);
          onChanged();
        }}
      />
    </div>
  );
}

function CertificationForm({ clientId, documentId, onSaved }: { clientId: string; documentId: string | undefined; onSaved: (id: string) => void }) {
  const initial: Certification = { id: '', status: 'applying', applicationDate: todayIso() };
  const editor = useDocumentEditor(clientId, 'certification', documentId, {
    initial,
    // A certification is recorded from a notice in one go: save when the user says so.
    autosaveMs: documentId === undefined ? false : undefined,
    onSaved: (doc) => onSaved(doc.id),
  });
  if (documentId === undefined && editor.status === 'ready' && editor.body === undefined) return null;
  const fields = bindFields(editor);
  return (
    <section className="editor-card" aria-label={documentId ? '認定の編集' : '新しい認定'}>
      <h3>{documentId ? '認定の内容' : '新しい認定・申請'}</h3>
      <EditorStatusBar kind="certification" editor={editor} saveLabel={documentId ? '保存' : '記録する'} />
      {editor.body && (
        <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
          <SelectField label="認定状況" emptyLabel={null} options={codedOptionsOf(certificationStatuses, certificationStatusTable)} {...fields.choice(['status'])} />
          <SelectField label="申請区分" options={optionsOf(applicationKinds, applicationKindLabels)} {...fields.choice(['applicationKind'])} />
          <DateField label="申請日" {...fields.text(['applicationDate'])} />
          <SelectField label="要介護状態区分" options={codedOptionsOf(careLevels, careLevelTable)} {...fields.choice(['careLevel'])} />
          <SelectField label="前回の要介護状態区分" options={codedOptionsOf(careLevels, careLevelTable)} {...fields.choice(['previousCareLevel'])} />
          <DateField label="認定日" {...fields.text(['certifiedOn'])} />
          <DateField label="有効期間（開始）" {...fields.text(['validFrom'])} />
          <DateField label="有効期間（終了）" {...fields.text(['validTo'])} />
          <TextField label="区分支給限度基準額（単位/月）" size="short" inputMode="numeric" hint="空欄なら要介護度の標準額" {...fields.text(['benefitLimitUnits'])} />
          <TextArea label="介護認定審査会の意見" className="span-all" {...fields.text(['committeeOpinion'])} />
          <TextArea label="サービスの種類の指定" className="span-all" {...fields.text(['serviceTypeDesignation'])} />
          <TextArea label="備考" className="span-all" {...fields.text(['notes'])} />
        </form>
      )}
    </section>
  );
}
