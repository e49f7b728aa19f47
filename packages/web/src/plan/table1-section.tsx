import {
  careLevelTable,
  careLevels,
  certificationStatusTable,
  certificationStatuses,
  livingSupportReasonTable,
  livingSupportReasons,
  planCategories,
  planCategoryLabels,
  tokyoDateOf,
  type PlanCategory,
} from '@kizuki/core';
import { CheckboxField, DateField, RadioGroupField, SelectField, TextArea, TextField, fieldDomId } from '../editing/index.js';
import { certificationFields, certificationForNewPlan } from './plan-factories.js';
import type { PlanSectionProps } from './section-props.js';

const careLevelOptions = careLevels.map((value) => ({ value, label: careLevelTable[value].label }));
const certificationStatusOptions = certificationStatuses.map((value) => ({ value, label: certificationStatusTable[value].label }));
const livingSupportOptions = livingSupportReasons.map((value) => ({ value, label: `${livingSupportReasonTable[value].code}. ${livingSupportReasonTable[value].label}` }));

/** 第1表 居宅サービス計画書（１）. */
export function Table1Section({ plan, fields, setPlan, caseFile, readOnly }: PlanSectionProps) {
  const toggleCategory = (category: PlanCategory, on: boolean) => {
    const next = planCategories.filter((c) => (c === category ? on : plan.planCategories.includes(c)));
    fields.update(['planCategories'], next);
  };
  const cert = certificationForNewPlan(caseFile, tokyoDateOf(new Date()));
  return (
    <div className="table1-section">
      <fieldset className="form-group">
        <legend>作成日・区分</legend>
        <div className="field-row">
          <DateField label="作成年月日" {...fields.text(['createdOn'])} disabled={readOnly} />
          <DateField label="居宅サービス計画作成（変更）日" {...fields.text(['planDate'])} disabled={readOnly} />
          <DateField label="初回居宅サービス計画作成日" {...fields.text(['firstPlanDate'])} disabled={readOnly} />
        </div>
        <div className="checkbox-row" id={fieldDomId(['planCategories'])} tabIndex={-1} role="group" aria-label="計画書区分">
          <span className="group-label">計画書区分</span>
          {planCategories.map((category) => (
            <CheckboxField
              key={category}
              label={planCategoryLabels[category]}
              path={['planCategories', category]}
              checked={plan.planCategories.includes(category)}
              onChange={(on) => toggleCategory(category, on)}
              disabled={readOnly}
            />
          ))}
        </div>
        {fields.error(['planCategories']) && <p className="field-error">{fields.error(['planCategories'])}</p>}
        <TextField label="居宅サービス計画作成者氏名" {...fields.text(['authorName'])} disabled={readOnly} />
      </fieldset>

      <fieldset className="form-group">
        <legend>認定</legend>
        <div className="field-row">
          <RadioGroupField label="認定済・申請中" {...fields.choice(['certificationStatus'])} options={certificationStatusOptions} disabled={readOnly} />
          <SelectField label="要介護状態区分" {...fields.choice(['careLevel'])} options={careLevelOptions} disabled={readOnly} />
        </div>
        <div className="field-row">
          <DateField label="認定日" {...fields.text(['certifiedOn'])} disabled={readOnly} />
          <DateField label="認定の有効期間（開始）" {...fields.text(['certificationValidFrom'])} disabled={readOnly} />
          <DateField label="認定の有効期間（終了）" {...fields.text(['certificationValidTo'])} disabled={readOnly} />
        </div>
        <button type="button" className="button button-secondary" disabled={readOnly || cert === undefined} onClick={() => setPlan({ ...plan, ...certificationFields(cert) })}>
          現在の認定情報を写す
        </button>
        <TextArea label="介護認定審査会の意見及びサービスの種類の指定" {...fields.text(['committeeOpinion'])} rows={2} disabled={readOnly} />
      </fieldset>

      <fieldset className="form-group">
        <legend>利用者及び家族の生活に対する意向を踏まえた課題分析の結果</legend>
        <TextArea label="本人の意向" {...fields.text(['intentions', 'client'])} disabled={readOnly} />
        <TextArea label="家族の意向" {...fields.text(['intentions', 'family'])} disabled={readOnly} />
        <TextArea label="課題分析の結果" {...fields.text(['intentions', 'analysisResult'])} rows={4} disabled={readOnly} />
        {plan.intentions?.unattributed !== undefined && (
          // Text another software wrote without saying whose it is: shown until the care manager files it above.
          <TextArea label="取り込んだ記載（本人・家族・課題分析の結果に分けられていません）" {...fields.text(['intentions', 'unattributed'])} rows={3} disabled={readOnly} />
        )}
      </fieldset>

      <fieldset className="form-group">
        <legend>援助の方針</legend>
        <TextArea label="総合的な援助の方針" {...fields.text(['overallPolicy'])} rows={5} disabled={readOnly} />
        <TextArea label="緊急時の対応機関・連絡先" {...fields.text(['emergencyContactsNote'])} rows={2} disabled={readOnly} />
        <RadioGroupField label="生活援助中心型の算定理由" {...fields.choice(['livingSupportReason', 'reason'])} options={livingSupportOptions} clearable disabled={readOnly} />
        {plan.livingSupportReason?.reason === 'other' && (
          <TextField label="その他の理由" {...fields.text(['livingSupportReason', 'otherText'])} disabled={readOnly} />
        )}
      </fieldset>
    </div>
  );
}
