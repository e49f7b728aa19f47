import { careLevelTable, certificationStatusTable, livingSupportReasonTable, livingSupportReasons, planCategories, planCategoryLabels, type CarePlan } from '@kizuki/core';
import type { PrintContext } from './print-data.js';
import { printDate } from './print-format.js';
import { Choices, Sheet, Text } from './sheet.js';

const categoryOptions = planCategories.map((value) => ({ value, label: planCategoryLabels[value] }));
const statusOptions = (['certified', 'applying'] as const).map((value) => ({ value, label: certificationStatusTable[value].label }));
const levelOptions = (['care_1', 'care_2', 'care_3', 'care_4', 'care_5'] as const).map((value) => ({ value, label: careLevelTable[value].label }));
const reasonOptions = livingSupportReasons.map((value) => ({ value, label: `${livingSupportReasonTable[value].code}. ${livingSupportReasonTable[value].label}` }));

function address(ctx: PrintContext): string {
  const a = ctx.caseFile.client.address;
  return [a?.postalCode && `〒${a.postalCode}`, a?.line1, a?.line2].filter(Boolean).join(' ');
}

/** 第1表 居宅サービス計画書（１）. */
export function Plan1Form({ plan, ctx }: { plan: CarePlan; ctx: PrintContext }) {
  const { client } = ctx.caseFile;
  const intentions = plan.intentions;
  const reason = plan.livingSupportReason;
  return (
    <Sheet formNumber="第1表" title="居宅サービス計画書（1）" createdOn={plan.createdOn}>
      <p className="sheet-flags">
        <Choices label="計画書区分" options={categoryOptions} chosen={plan.planCategories} />
        <Choices label="認定状況" options={statusOptions} chosen={plan.certificationStatus ? [plan.certificationStatus] : []} />
      </p>
      <table className="form-table plan1-head">
        <tbody>
          <tr>
            <th scope="row">利用者名</th>
            <td className="client-name-cell">{client.name}{'\u3000'}殿</td>
            <th scope="row">生年月日</th>
            <td>{printDate(client.birthDate)}</td>
            <th scope="row">住所</th>
            <td>{address(ctx)}</td>
          </tr>
          <tr>
            <th scope="row">居宅サービス計画作成者氏名</th>
            <td colSpan={5}>{plan.authorName ?? ''}</td>
          </tr>
          <tr>
            <th scope="row">居宅介護支援事業者・事業所名及び所在地</th>
            <td colSpan={5}>{ctx.officeName}</td>
          </tr>
          <tr>
            <th scope="row">居宅サービス計画作成（変更）日</th>
            <td>{printDate(plan.planDate)}</td>
            <th scope="row">初回居宅サービス計画作成日</th>
            <td colSpan={3}>{printDate(plan.firstPlanDate)}</td>
          </tr>
          <tr>
            <th scope="row">認定日</th>
            <td>{printDate(plan.certifiedOn)}</td>
            <th scope="row">認定の有効期間</th>
            <td colSpan={3}>
              {printDate(plan.certificationValidFrom)} ～ {printDate(plan.certificationValidTo)}
            </td>
          </tr>
          <tr>
            <th scope="row">要介護状態区分</th>
            <td colSpan={5}>
              <Choices label="要介護状態区分" options={levelOptions} chosen={plan.careLevel ? [plan.careLevel] : []} />
            </td>
          </tr>
        </tbody>
      </table>
      <table className="form-table plan1-body">
        <tbody>
          <tr>
            <th scope="row">利用者及び家族の生活に対する意向を踏まえた課題分析の結果</th>
            <td>
              {intentions?.unattributed && <p><Text value={intentions.unattributed} /></p>}
              {intentions?.client && <p>本人: <Text value={intentions.client} /></p>}
              {intentions?.family && <p>家族: <Text value={intentions.family} /></p>}
              {intentions?.analysisResult && <p><Text value={intentions.analysisResult} /></p>}
            </td>
          </tr>
          <tr>
            <th scope="row">介護認定審査会の意見及びサービスの種類の指定</th>
            <td>
              <Text value={plan.committeeOpinion} />
            </td>
          </tr>
          <tr>
            <th scope="row">総合的な援助の方針</th>
            <td className="tall-cell">
              <Text value={plan.overallPolicy} />
              {plan.emergencyContactsNote && <p>緊急時の連絡先: <Text value={plan.emergencyContactsNote} /></p>}
            </td>
          </tr>
          <tr>
            <th scope="row">生活援助中心型の算定理由</th>
            <td>
              <Choices label="生活援助中心型の算定理由" options={reasonOptions} chosen={reason?.reason ? [reason.reason] : []} />
              {reason?.reason === 'other' && <span>（{reason.otherText ?? '　　　　'}）</span>}
            </td>
          </tr>
        </tbody>
      </table>
      <ConsentLine plan={plan} />
    </Sheet>
  );
}

/** The consent line many offices print under 第1表 (13条10号 requires written consent). */
function ConsentLine({ plan }: { plan: CarePlan }) {
  return (
    <p className="consent-line">
      居宅サービス計画について説明を受け、内容に同意し交付を受けました。{'\u3000'}説明・同意日 {printDate(plan.consent?.date)}{'\u3000'}利用者同意欄
      <span className="signature-box">{plan.consent?.by ?? ''}</span>
    </p>
  );
}
