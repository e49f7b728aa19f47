import { calculateUsageSheet, careLevelTable, type Certification, certificationForUsage, effectiveBenefitLimitUnits, monthDays, type ServiceUsage, warekiMonth } from '@kizuki/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { bindFields } from '../editing/field-binder.js';
import { DateField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { RevisionHistory } from '../editing/revision-history.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { printForms, printPath, type PrintForm } from '../print/print-forms.js';
import { wareki } from '../shared/dates.js';
import { newId } from '../shared/ids.js';
import { amountText } from './sheet-rows.js';
import { UsageLineCard, type EditedLine } from './usage-line-card.js';
import { usageForSheet } from './usage-input.js';
import { UsageSheetView } from './usage-sheet-view.js';

const printLinks: PrintForm[] = ['usage', 'usage-sheet'];

interface UsageEditorProps {
  clientId: string;
  documentId: string | undefined;
  initial: ServiceUsage | undefined;
  certifications: readonly Certification[];
  onSaved: (id: string, created: boolean) => void;
}

/** 第6表 サービス利用票 of one month with the live 第7表 below it. */
export function UsageEditor({ clientId, documentId, initial, certifications, onSaved }: UsageEditorProps) {
  const editor = useDocumentEditor(clientId, 'service_usage', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  const sheetInput = useMemo(() => usageForSheet(body), [body]);
  const certification = body ? certificationForUsage(certifications, body) : undefined;
  const sheet = useMemo(() => {
    if (!sheetInput.usage) return undefined;
    return calculateUsageSheet(sheetInput.usage, { limitUnits: certification ? effectiveBenefitLimitUnits(certification) : undefined });
  }, [sheetInput, certification]);
  const [showHistory, setShowHistory] = useState(false);

  // 作成 is a decision: a new month is stored at once (a restored draft waits for the user instead).
  const createdRef = useRef(false);
  const { status, revision, save } = editor;
  useEffect(() => {
    if (createdRef.current || documentId !== undefined || status !== 'ready' || revision !== undefined) return;
    createdRef.current = true;
    void save();
  }, [documentId, status, revision, save]);

  if (!body) return <EditorStatusBar kind="service_usage" editor={editor} />;
  const month = typeof body.month === 'string' ? body.month : '';
  const days = monthDays(month);
  const lines = (body.lines ?? []) as EditedLine[];
  const savedId = editor.revision !== undefined && body.id ? body.id : undefined;

  const addLine = () => fields.update(['lines'], [...lines, { id: newId(), plannedDays: [], actualDays: [] }]);
  const copyAllToActual = () =>
    fields.update(
      ['lines'],
      lines.map((line) => ({ ...line, actualDays: [...(line.plannedDays ?? [])] })),
    );

  return (
    <section className="editor-card usage-editor" aria-label={`${warekiMonth(month)}分のサービス利用票`}>
      <div className="usage-title-row">
        <h3>{warekiMonth(month)}分 サービス利用票（第6表）</h3>
        {savedId && (
          <nav className="print-links" aria-label="この月の印刷">
            {printLinks.map((form) => (
              <a key={form} href={printPath(clientId, form, savedId)} target="_blank" rel="noreferrer">
                {printForms[form].split(' ')[0]}を印刷
              </a>
            ))}
          </nav>
        )}
      </div>
      <div className="sticky-status">
        <EditorStatusBar kind="service_usage" editor={editor} />
      </div>
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        {/* One 利用票 per month, and its days belong to the month: another month is a new 利用票. */}
        <TextField label="対象年月" size="short" disabled hint={`${warekiMonth(month)}分（別の月は「新しい月の利用票を作成」から）`} {...fields.text(['month'])} />
        <DateField label="作成年月日" {...fields.text(['createdOn'])} />
        <TextField label="前月までの短期入所利用日数" size="short" inputMode="numeric" hint="認定有効期間内の累計（日）" {...fields.text(['shortStayDaysBefore'])} />
        <TextField label="給付率（%）" size="short" inputMode="numeric" hint="1割負担は90、2割は80、3割は70（空欄は90）" {...fields.text(['benefitRatePercent'])} />
        <DateField label="利用者確認日" {...fields.text(['confirmedOn'])} />
        <TextField label="確認者" placeholder="本人、長女" {...fields.text(['confirmedBy'])} />
        <p className="span-all muted usage-certification">
          {certification
            ? `認定: ${certification.careLevel ? careLevelTable[certification.careLevel].label : '区分未記入'}（${wareki(certification.validFrom)}～${wareki(certification.validTo)}）・区分支給限度基準額 ${
                sheet?.limitUnits !== undefined ? `${amountText(sheet.limitUnits)}単位` : '不明'
              }`
            : 'この月に有効な認定がありません。区分支給限度基準額は計算されません。'}
        </p>
      </form>

      <section className="usage-lines" aria-labelledby="usage-lines-title">
        <div className="usage-lines-head">
          <h4 id="usage-lines-title">サービス（{lines.length}行）</h4>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={copyAllToActual} disabled={lines.length === 0}>
              すべての行の予定を実績へ写す
            </button>
          </div>
        </div>
        {lines.map((line, index) => (
          <UsageLineCard
            key={line.id}
            index={index}
            line={line}
            month={month}
            days={days}
            fields={fields}
            onRemove={() => fields.update(['lines'], lines.filter((_, i) => i !== index))}
          />
        ))}
        <button type="button" className="button button-secondary" onClick={addLine}>
          サービスの行を追加
        </button>
      </section>

      <TextArea label="備考" className="usage-notes" {...fields.text(['notes'])} />

      {sheet ? <UsageSheetView sheet={sheet} skippedLines={sheetInput.skippedLines} /> : <p className="notice">対象年月を正しく入力すると、別表（第7表）を計算します。</p>}

      {savedId && (
        <details className="usage-history" onToggle={(event) => setShowHistory(event.currentTarget.open)}>
          <summary>版の履歴</summary>
          {showHistory && <RevisionHistory clientId={clientId} documentId={savedId} />}
        </details>
      )}
    </section>
  );
}
