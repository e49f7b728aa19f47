import {
  bmiQuestionNumber,
  businessTargetCriterionLabels,
  checklistDomainLabels,
  checklistDomains,
  checklistQuestions,
  judgeBasicChecklist,
  type BasicChecklist,
} from '@kizuki/core';
import { bindFields } from '../editing/field-binder.js';
import { DateField, RadioGroupField, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { yesNoOptions } from '../shared/options.js';

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.normalize('NFKC'));
  return Number.isFinite(n) ? n : undefined;
}

/** 基本チェックリスト: 25 はい/いいえ answers with the 事業対象者 judgement updated as they are entered. */
export function BasicChecklistForm({ clientId, documentId, initial, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial: BasicChecklist | undefined;
  onSaved: (id: string, created: boolean) => void;
}) {
  const editor = useDocumentEditor(clientId, 'basic_checklist', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  if (!body) return <EditorStatusBar kind="basic_checklist" editor={editor} />;
  const answers = (body.answers ?? []).map((a) => (typeof a === 'boolean' ? a : undefined));
  const judgement = judgeBasicChecklist({ answers, heightCm: toNumber(body.heightCm), weightKg: toNumber(body.weightKg) });
  return (
    <section className="editor-card checklist" aria-label="基本チェックリスト">
      <EditorStatusBar kind="basic_checklist" editor={editor} />
      <ChecklistVerdict judgement={judgement} />
      <form onSubmit={(e) => e.preventDefault()}>
        <div className="form-grid">
          <DateField label="記入日" required {...fields.text(['date'])} />
          <TextField label="身長（cm）" size="short" inputMode="decimal" {...fields.text(['heightCm'])} />
          <TextField label="体重（kg）" size="short" inputMode="decimal" {...fields.text(['weightKg'])} />
        </div>
        <ol className="checklist-questions">
          {checklistQuestions.map((q) => {
            const index = q.number - 1;
            const scored = judgement.scored[index];
            if (q.number === bmiQuestionNumber && judgement.bmi !== undefined) {
              return (
                <li key={q.number} className={scored ? 'checklist-item scored' : 'checklist-item'}>
                  <p>
                    No.12 {q.text}: BMI {judgement.bmi}（{scored ? '該当' : '非該当'}）
                  </p>
                </li>
              );
            }
            const binding = fields.choice(['answers', index]);
            const current = answers[index];
            return (
              <li key={q.number} className={scored ? 'checklist-item scored' : 'checklist-item'}>
                <RadioGroupField
                  label={`No.${q.number} ${q.text}`}
                  options={yesNoOptions}
                  clearable
                  path={binding.path}
                  error={binding.error}
                  value={current === undefined ? undefined : String(current)}
                  onChange={(value) => fields.update(['answers', index], value === undefined ? null : value === 'true')}
                  hint={scored ? '該当' : undefined}
                />
              </li>
            );
          })}
        </ol>
      </form>
      <ChecklistResult judgement={judgement} />
    </section>
  );
}

type Judgement = ReturnType<typeof judgeBasicChecklist>;

/** The verdict stays in view (sticky) while the questions are answered, and is announced when it changes. */
function ChecklistVerdict({ judgement }: { judgement: Judgement }) {
  return (
    <p className={judgement.isBusinessTarget ? 'checklist-verdict result-strong' : 'checklist-verdict result'} role="status" aria-live="polite">
      {judgement.isBusinessTarget ? '事業対象者に該当します' : '事業対象者の基準に該当していません'}
      {judgement.unanswered.length > 5 && `（未回答 ${judgement.unanswered.length}問）`}
      {judgement.unanswered.length > 0 && judgement.unanswered.length <= 5 && `（未回答: No.${judgement.unanswered.join('、')}）`}
    </p>
  );
}

/** Which criteria are met and the count per domain, below the questions. */
function ChecklistResult({ judgement }: { judgement: Judgement }) {
  return (
    <aside className="checklist-result" aria-label="判定の内訳">
      <p className="result">判定の内訳</p>
      {judgement.criteriaMet.length > 0 && (
        <ul>
          {judgement.criteriaMet.map((c) => (
            <li key={c}>{businessTargetCriterionLabels[c]}</li>
          ))}
        </ul>
      )}
      <table className="data-table compact">
        <caption>領域ごとの該当数</caption>
        <tbody>
          {checklistDomains.map((d) => (
            <tr key={d}>
              <th scope="row">{checklistDomainLabels[d]}</th>
              <td>{judgement.domainCounts[d]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">No.1〜20 の該当数</th>
            <td>{judgement.itemsOneToTwenty}</td>
          </tr>
        </tbody>
      </table>
    </aside>
  );
}
