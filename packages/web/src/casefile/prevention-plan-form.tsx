import {
  careLevels,
  careLevelTable,
  careManagementTypes,
  isPreventionLevel,
  judgeBasicChecklist,
  planStatuses,
  planStatusLabels,
  preventionDomainLabels,
  preventionDomains,
  type BasicChecklist,
  type PreventionPlan,
} from '@kizuki/core';
import { bindFields } from '../editing/field-binder.js';
import { CheckboxField, DateField, RadioGroupField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { codedOptionsOf, optionsOf } from '../shared/options.js';
import { TypeGuide } from '../prevention/type-guide.js';

const planKindLabels = { prevention_support: '介護予防支援（要支援）', care_management: '介護予防ケアマネジメント（総合事業）' } as const;
const typeLabels: Record<(typeof careManagementTypes)[number], string> = {
  A: 'A（原則的なケアマネジメント）',
  B: 'B（簡略化したケアマネジメント）',
  C: 'C（初回のみのケアマネジメント）',
};
const preventionLevelOptions = codedOptionsOf(careLevels.filter(isPreventionLevel), careLevelTable);

/** 介護予防サービス・支援計画書: the basic fields, the four アセスメント領域 and the 類型 A/B/C. */
export function PreventionPlanForm({ clientId, documentId, initial, checklist, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial: PreventionPlan | undefined;
  checklist: BasicChecklist | undefined;
  onSaved: (id: string, created: boolean) => void;
}) {
  const editor = useDocumentEditor(clientId, 'prevention_plan', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  if (!body) return <EditorStatusBar kind="prevention_plan" editor={editor} />;

  function copyChecklistCounts() {
    if (!checklist) return;
    const { domainCounts } = judgeBasicChecklist(checklist);
    const { general: _general, ...counts } = domainCounts;
    fields.update(['checklistCounts'], counts);
    fields.update(['basicChecklistId'], checklist.id);
  }

  return (
    <section className="editor-card" aria-label="介護予防サービス・支援計画書">
      <EditorStatusBar kind="prevention_plan" editor={editor} />
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="計画の状態" emptyLabel={null} options={optionsOf(planStatuses, planStatusLabels)} {...fields.choice(['status'])} />
        <SelectField label="計画種類" options={optionsOf(['prevention_support', 'care_management'] as const, planKindLabels)} {...fields.choice(['planKind'])} />
        <SelectField label="要支援状態区分" options={preventionLevelOptions} {...fields.choice(['careLevel'])} />
        <DateField label="計画作成（変更）日" {...fields.text(['planDate'])} />
        <DateField label="初回作成日" {...fields.text(['firstPlanDate'])} />
        <CheckboxField label="委託（居宅介護支援事業所が作成）" {...fields.flag(['delegated'])} />
        <TextField label="担当地域包括支援センター" {...fields.text(['centerName'])} />
        <TextField label="計画作成者（センター担当者）" {...fields.text(['centerStaffName'])} />
        <TextField label="委託先の介護支援専門員" {...fields.text(['careManagerName'])} />
        <RadioGroupField label="ケアマネジメントの類型" className="span-all" options={optionsOf(careManagementTypes, typeLabels)} clearable {...fields.choice(['careManagementType'])} />
        <TypeGuide selected={body.careManagementType} />
        <TextField label="モニタリングの時期" className="span-all" hint="類型Bでは、必要に応じて設定した時期を書きます（例：半年後に訪問、3か月後に電話）" {...fields.text(['monitoringPlan'])} />
        <DateField label="次回モニタリング予定日" {...fields.text(['nextMonitoringOn'])} />
        <TextArea label="目標とする生活（1日）" {...fields.text(['targetLife', 'day'])} />
        <TextArea label="目標とする生活（1年）" {...fields.text(['targetLife', 'year'])} />
        {preventionDomains.map((domain) => (
          <fieldset key={domain} className="subsection span-all">
            <legend>{preventionDomainLabels[domain]}</legend>
            <div className="form-grid">
              <TextArea label="アセスメント領域と現在の状況" {...fields.text(['domains', domain, 'currentStatus'])} />
              <TextArea label="本人・家族の意欲・意向" {...fields.text(['domains', domain, 'intention'])} />
              <CheckboxField label="領域における課題あり" {...fields.flag(['domains', domain, 'hasIssue'])} />
              <TextArea label="課題の背景・原因" {...fields.text(['domains', domain, 'issueBackground'])} />
            </div>
          </fieldset>
        ))}
        <TextArea label="健康状態について（主治医意見書、健診等を踏まえた留意点）" className="span-all" {...fields.text(['healthNotes'])} />
        <TextArea label="総合的な方針（生活不活発病の改善・予防のポイント）" className="span-all" {...fields.text(['overallPolicy'])} />
        <fieldset className="subsection span-all">
          <legend>基本チェックリストの該当数</legend>
          <p className="muted">
            運動 {body.checklistCounts?.movement ?? '—'}/5・栄養 {body.checklistCounts?.nutrition ?? '—'}/2・口腔 {body.checklistCounts?.oral ?? '—'}/3・閉じこもり {body.checklistCounts?.housebound ?? '—'}/2・認知 {body.checklistCounts?.cognition ?? '—'}/3・うつ {body.checklistCounts?.depression ?? '—'}/5
          </p>
          <button type="button" className="button button-secondary" onClick={copyChecklistCounts} disabled={!checklist}>
            最新の基本チェックリストから該当数を写す
          </button>
        </fieldset>
        {body.delegated !== true && (
          <>
            <TextArea label="地域包括支援センターの意見" className="span-all" {...fields.text(['centerOpinion'])} />
            <DateField label="センターの確認日" {...fields.text(['centerConfirmedOn'])} />
          </>
        )}
      </form>
    </section>
  );
}
