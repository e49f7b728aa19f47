import { benefitChecks, benefitInputs, tallyBenefitReview, type BenefitReviewPlan, type BenefitReviewReport } from '@kizuki/core';
import { Link } from '../routing/link.js';
import { clientTabPath, routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchBenefitReview } from './effect-api.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/** Where a finding opens: the office's own 利用票 or plan tab, or the shared document. */
function findingLink(plan: BenefitReviewPlan, document: { kind: 'care_plan' | 'service_usage'; id: string }): string | undefined {
  if (plan.source.kind === 'client') return clientTabPath(plan.source.clientId, document.kind === 'care_plan' ? 'care-plan' : 'usage');
  const shared = plan.source.documents.find((d) => d.id === document.id);
  return shared ? routePath({ name: 'shared-document', grantId: plan.source.grantId, documentId: shared.id }) : undefined;
}

/** 給付実績の活用: plans against 利用票 and certifications, with what each check needs. */
export function BenefitReviewPage() {
  const [state] = useLoad<BenefitReviewReport>((signal) => fetchBenefitReview(signal), '給付実績の活用を読み込めませんでした。');
  return (
    <>
      <p>
        Kizuki には国保連の給付実績（介護給付費明細書）はありません。ここでは、Kizuki にある<strong>居宅サービス計画・利用票（予定と実績）・要介護認定</strong>
        を突き合わせ、縦覧点検の観点で確かめたい計画を挙げます。判断ではなく、見直しのきっかけです。
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <Review report={state.data} />}
    </>
  );
}

function Review({ report }: { report: BenefitReviewReport }) {
  const tally = tallyBenefitReview(report.plans);
  const withFindings = report.plans.filter((p) => p.review.findings.length > 0);
  return (
    <>
      <section className="editor-card" aria-labelledby="benefit-summary-title">
        <h2 id="benefit-summary-title">
          確認の一覧（{wareki(report.asOf)}時点、{report.scope === 'office' ? '自事業所の利用者' : '点検のために共有された計画'} {report.plans.length}件）
        </h2>
        <div className="table-scroll">
          <table className="data-table compact benefit-tally">
            <thead>
              <tr>
                <th scope="col">確認すること</th>
                <th scope="col">使うデータ</th>
                <th scope="col">該当した計画</th>
                <th scope="col">データがなく確認できない計画</th>
              </tr>
            </thead>
            <tbody>
              {tally.map((t) => (
                <tr key={t.check}>
                  <th scope="row">{benefitChecks[t.check].label}</th>
                  <td>{benefitChecks[t.check].needs.map((n) => benefitInputs[n]).join('、')}</td>
                  <td>{t.plansWithFinding}件</td>
                  <td>{t.plansNotChecked}件</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          目安：区分支給限度基準額の{Math.round(report.thresholds.nearLimitShare * 100)}%以上、計画の作成（変更）から{report.thresholds.unchangedMonths}か月以上、実績が予定の
          {Math.round(report.thresholds.actualShare * 100)}%以下。利用票は直近{report.thresholds.months}か月を見ます。
        </p>
      </section>
      {withFindings.length === 0 && (
        <div className="empty-state">
          <p>該当する計画はありません（確認できなかったものは上の表の右の列を見てください）。</p>
        </div>
      )}
      {withFindings.map((plan) => (
        <section key={plan.source.kind === 'client' ? plan.source.clientId : `${plan.source.grantId}/${plan.label}`} className="editor-card benefit-plan" aria-label={`${plan.label}の確認`}>
          <h2>
            {plan.label}
            <span className="muted benefit-plan-meta">
              {plan.officeName}
              {plan.planDate ? `・計画 ${wareki(plan.planDate)}` : ''}
            </span>
          </h2>
          <ul>
            {plan.review.findings.map((f, i) => {
              const to = findingLink(plan, f.document);
              return (
                <li key={i}>
                  <span className="tag">{benefitChecks[f.check].label}</span> {f.message}
                  {to && (
                    <>
                      {' '}
                      <Link to={to}>{f.document.kind === 'care_plan' ? '計画を開く' : '利用票を開く'}</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {plan.review.notChecked.length > 0 && (
            <p className="muted">確認できなかったこと：{[...new Set(plan.review.notChecked.map((n) => `${benefitChecks[n.check].label}（${benefitInputs[n.missing]}がない）`))].join('、')}</p>
          )}
        </section>
      ))}
    </>
  );
}
