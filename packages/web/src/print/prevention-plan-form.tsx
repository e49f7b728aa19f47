import { careLevelTable, certificationStatusTable, planCategories, planCategoryLabels, preventionDomainLabels, preventionDomains, type PreventionPlan } from '@kizuki/core';
import type { PrintContext } from './print-data.js';
import { printDate, printPeriod } from './print-format.js';
import { Choices, Sheet, Text } from './sheet.js';

const categoryOptions = planCategories.map((value) => ({ value, label: planCategoryLabels[value] }));
const statusOptions = (['certified', 'applying'] as const).map((value) => ({ value, label: certificationStatusTable[value].label }));
const levelOptions = (['support_1', 'support_2', 'business_target'] as const).map((value) => ({ value, label: careLevelTable[value].label }));

/** 基本チェックリスト rows of the plan: label and number of questions. */
const checklistRows = [
  ['movement', '運動不足', 5],
  ['nutrition', '栄養改善', 2],
  ['oral', '口腔内ケア', 3],
  ['housebound', '閉じこもり予防', 2],
  ['cognition', '物忘れ予防', 3],
  ['depression', 'うつ予防', 5],
] as const;

/** 介護予防サービス・支援計画書 (介護予防支援 / 介護予防ケアマネジメント). */
export function PreventionPlanForm({ plan, ctx }: { plan: PreventionPlan; ctx: PrintContext }) {
  const { client } = ctx.caseFile;
  const rows = plan.issues.flatMap((issue) => (issue.supportRows.length > 0 ? issue.supportRows : [undefined]).map((row, i) => ({ issue, row, first: i === 0, span: Math.max(1, issue.supportRows.length) })));
  return (
    <Sheet formNumber={plan.careManagementType ? `類型${plan.careManagementType}` : '予防'} title="介護予防サービス・支援計画書" createdOn={plan.planDate}>
      <p className="sheet-flags">
        <span>No. {plan.serialNumber ?? '　　'}</span>
        <Choices label="計画書区分" options={categoryOptions} chosen={plan.planCategories} />
        <Choices label="認定状況" options={statusOptions} chosen={plan.certificationStatus ? [plan.certificationStatus] : []} />
        <Choices label="要支援状態区分" options={levelOptions} chosen={plan.careLevel ? [plan.careLevel] : []} />
      </p>
      <table className="form-table">
        <tbody>
          <tr>
            <th scope="row">利用者名</th>
            <td>{client.name}{'\u3000'}殿</td>
            <th scope="row">認定年月日</th>
            <td>{printDate(plan.certifiedOn)}</td>
            <th scope="row">認定の有効期間</th>
            <td>
              {printDate(plan.certificationValidFrom)} ～ {printDate(plan.certificationValidTo)}
            </td>
          </tr>
          <tr>
            <th scope="row">計画作成者氏名</th>
            <td>{plan.careManagerName ?? plan.centerStaffName ?? ''}</td>
            <th scope="row">委託の場合：計画作成者事業者・事業所名及び所在地（連絡先）</th>
            <td colSpan={3}>{plan.delegated ? [plan.delegatedOffice?.name, plan.delegatedOffice?.address, plan.delegatedOffice?.phone].filter(Boolean).join('　') : ''}</td>
          </tr>
          <tr>
            <th scope="row">計画作成（変更）日</th>
            <td>
              {printDate(plan.planDate)}（初回作成日 {printDate(plan.firstPlanDate)}）
            </td>
            <th scope="row">担当地域包括支援センター</th>
            <td colSpan={3}>{plan.centerName ?? ''}</td>
          </tr>
          <tr>
            <th scope="row">目標とする生活</th>
            <td colSpan={2}>
              1日: <Text value={plan.targetLife?.day} />
            </td>
            <td colSpan={3}>
              1年: <Text value={plan.targetLife?.year} />
            </td>
          </tr>
        </tbody>
      </table>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">アセスメント領域と現在の状況</th>
            <th scope="col">本人・家族の意欲・意向</th>
            <th scope="col">領域における課題（背景・原因）</th>
          </tr>
        </thead>
        <tbody>
          {preventionDomains.map((key) => {
            const domain = plan.domains[key];
            return (
              <tr key={key}>
                <td>
                  <strong>■{preventionDomainLabels[key]}</strong>
                  <br />
                  <Text value={domain?.currentStatus} />
                </td>
                <td>
                  <Text value={domain?.intention} />
                </td>
                <td>
                  {domain?.hasIssue === true ? '■有　□無' : domain?.hasIssue === false ? '□有　■無' : '□有　□無'}
                  <br />
                  <Text value={domain?.issueBackground} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">総合的課題</th>
            <th scope="col">課題に対する目標と具体策の提案</th>
            <th scope="col">具体策についての意向 本人・家族</th>
            <th scope="col">目標</th>
            <th scope="col">目標についての支援のポイント</th>
            <th scope="col">本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）</th>
            <th scope="col">介護保険サービス又は地域支援事業（総合事業のサービス）</th>
            <th scope="col">サービス種別</th>
            <th scope="col">事業所（利用先）</th>
            <th scope="col">期間</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={10} className="empty-row">（記載なし）</td>
            </tr>
          )}
          {rows.map(({ issue, row, first, span }, i) => (
            <tr key={`${issue.id}-${row?.id ?? i}`}>
              {first && (
                <>
                  <td rowSpan={span}><Text value={issue.overallIssue} /></td>
                  <td rowSpan={span}><Text value={issue.proposal} /></td>
                  <td rowSpan={span}><Text value={issue.intention} /></td>
                  <td rowSpan={span}><Text value={issue.goal} /></td>
                </>
              )}
              <td><Text value={row?.supportPoints} /></td>
              <td><Text value={row?.selfCareAndInformal} /></td>
              <td><Text value={row?.formalService} /></td>
              <td>{row?.serviceTypeName ?? row?.serviceTypeCode ?? ''}</td>
              <td>{row?.providerName ?? ''}</td>
              <td className="period-cell">{printPeriod(row?.period)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="form-table">
        <tbody>
          <tr>
            <th scope="row">健康状態について（主治医意見書、健康診断等を踏まえた留意点）</th>
            <td><Text value={plan.healthNotes} /></td>
          </tr>
          <tr>
            <th scope="row">【本来行うべき支援ができない場合】妥当な支援の実施に向けた方針</th>
            <td><Text value={plan.policyWhenSupportUnavailable} /></td>
          </tr>
          <tr>
            <th scope="row">総合的な方針（生活不活発病の改善・予防のポイント）</th>
            <td><Text value={plan.overallPolicy} /></td>
          </tr>
        </tbody>
      </table>
      <table className="form-table checklist-table">
        <caption>基本チェックリストの（該当した質問項目数）／（質問項目数）</caption>
        <thead>
          <tr>
            <th scope="col" />
            {checklistRows.map(([key, label]) => (
              <th key={key} scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">該当数</th>
            {checklistRows.map(([key, , total]) => (
              <td key={key}>{plan.checklistCounts?.[key] ?? '　'}／{total}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">予防給付又は地域支援事業</th>
            {checklistRows.map(([key]) => (
              <td key={key}>{plan.programNeeds?.[key] === true ? '要' : plan.programNeeds?.[key] === false ? '否' : ''}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="form-table">
        <tbody>
          <tr>
            <th scope="row">地域包括支援センター【意見】</th>
            <td><Text value={plan.centerOpinion} /></td>
            <th scope="row">【確認日】</th>
            <td>{printDate(plan.centerConfirmedOn)}</td>
            <th scope="row">【確認者】</th>
            <td>{plan.centerConfirmedBy ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <p className="consent-line">
        計画に関する同意{'\u3000'}上記計画について、同意いたします。{'\u3000'}{printDate(plan.consent?.date)}{'\u3000'}氏名
        <span className="signature-box">{plan.consent?.by ?? ''}</span>
      </p>
    </Sheet>
  );
}
