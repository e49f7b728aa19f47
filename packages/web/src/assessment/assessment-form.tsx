import {
  assessmentItems,
  assessmentPlaceKinds,
  assessmentPlaceLabels,
  assessmentReasonLabels,
  assessmentReasons,
  functionTrendLabels,
  functionTrends,
  intervieweeKinds,
  isAssessmentItemRecorded,
  type Assessment,
} from '@kizuki/core';
import { bindFields, type FieldBinding } from '../editing/field-binder.js';
import { CheckboxField, DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { newId } from '../shared/ids.js';
import { optionsOf } from '../shared/options.js';
import { AssessmentItemSection } from './assessment-item-section.js';

const intervieweeLabels: Record<(typeof intervieweeKinds)[number], string> = { client: '本人', family: '家族', other: 'その他' };
const riskLabels = {
  fall: '転倒',
  malnutrition: '低栄養',
  dehydration: '脱水',
  aspiration: '誤嚥',
  pressureUlcer: '褥瘡',
  isolation: '孤立',
  medicationMismanagement: '服薬管理の不備',
  caregiverExhaustion: '介護者の疲弊',
} as const;

export function AssessmentForm({ clientId, documentId, initial, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial: Assessment | undefined;
  onSaved: (id: string, created: boolean) => void;
}) {
  const editor = useDocumentEditor(clientId, 'assessment', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  return (
    <section className="editor-card assessment-form" aria-label="アセスメントの入力">
      <div className="sticky-status">
        <EditorStatusBar kind="assessment" editor={editor} />
      </div>
      {body && (
        <form onSubmit={(e) => e.preventDefault()}>
          <div className="form-grid">
            <DateField label="実施日" required {...fields.text(['date'])} />
            <SelectField label="実施場所" options={optionsOf(assessmentPlaceKinds, assessmentPlaceLabels)} {...fields.choice(['place', 'kind'])} />
            <TextField label="実施場所（詳細）" {...fields.text(['place', 'text'])} />
            <SelectField label="全体としての心身機能の変化" options={optionsOf(functionTrends, functionTrendLabels)} {...fields.choice(['functionTrend'])} />
          </div>
          <Interviewees fields={fields} rows={body.interviewees ?? []} />
          <ItemIndex body={body} />
          {assessmentItems.map((item) => (
            <AssessmentItemSection key={item.key} item={item} fields={fields} recorded={isRecorded(body, item.key)}>
              {item.key === 'assessmentReason' && (
                <div className="form-grid">
                  <SelectField label="今回のアセスメントの理由" options={optionsOf(assessmentReasons, assessmentReasonLabels)} {...fields.choice(['reason'])} />
                  <TextField label="理由（詳細）" className="span-2" {...fields.text(['reasonText'])} />
                </div>
              )}
            </AssessmentItemSection>
          ))}
          <fieldset className="subsection">
            <legend>把握したリスク</legend>
            <div className="checkbox-grid">
              {(Object.keys(riskLabels) as (keyof typeof riskLabels)[]).map((risk) => (
                <CheckboxField key={risk} label={riskLabels[risk]} {...fields.flag(['risks', risk])} />
              ))}
            </div>
            <TextArea label="リスクについての記述" {...fields.text(['risks', 'notes'])} />
          </fieldset>
          <TextArea label="課題分析のまとめ（第2表のニーズにつながる課題）" rows={6} {...fields.text(['summary'])} />
        </form>
      )}
    </section>
  );
}

function isRecorded(body: Assessment, key: (typeof assessmentItems)[number]['key']): boolean {
  try {
    return isAssessmentItemRecorded({ items: body.items ?? {}, reason: body.reason }, key);
  } catch {
    return false;
  }
}

/** 23 numbered chips: which items are recorded, and a quick jump on a long form. */
function ItemIndex({ body }: { body: Assessment }) {
  const done = assessmentItems.filter((item) => isRecorded(body, item.key)).length;
  return (
    <nav className="item-index" aria-label="標準項目の一覧">
      <p>
        記録済み {done} / 23項目
      </p>
      <ol>
        {assessmentItems.map((item) => (
          <li key={item.key}>
            <a href={`#assessment-item-${item.key}`} className={isRecorded(body, item.key) ? 'item-chip recorded' : 'item-chip'} title={item.name} aria-label={`${item.number} ${item.name}${isRecorded(body, item.key) ? '（記録済み）' : '（未記録）'}`}>
              {item.number}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Interviewees({ fields, rows }: { fields: FieldBinding; rows: Assessment['interviewees'] }) {
  return (
    <fieldset className="subsection">
      <legend>面接した相手</legend>
      {rows.map((row, index) => (
        <div key={row.id} className="list-card">
          <div className="form-grid">
            <SelectField label={`面接相手${index + 1}`} options={optionsOf(intervieweeKinds, intervieweeLabels)} {...fields.choice(['interviewees', index, 'kind'])} />
            <TextField label="氏名" {...fields.text(['interviewees', index, 'name'])} />
            <TextField label="続柄" size="short" {...fields.text(['interviewees', index, 'relationship'])} />
          </div>
          <button type="button" className="button button-danger-quiet" onClick={() => fields.update(['interviewees'], rows.filter((_, i) => i !== index))}>
            面接相手{index + 1}を削除
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => fields.update(['interviewees'], [...rows, { id: newId() }])}>
        面接相手を追加
      </button>
    </fieldset>
  );
}
