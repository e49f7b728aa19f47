import { z } from 'zod';
import { findServiceType } from '../../../domain/codes/service-types.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type CohortRuleContext, type Observation } from '../../rule.js';
import { concentrationRules } from '../../../office/office-rules.js';
import { serviceConcentration } from '../../../office/concentration.js';
import type { CorporationShare } from '../../../office/provider-shares.js';
import { dateText } from '../plan-structure/rule-text.js';
import { judgementPeriodOf, type JudgementPeriod } from './judgement-period.js';

const paramsSchema = z.object({
  /** 同一事業者の割合がこれを超えると気づきにする (告示95号 第83号: 百分の八十). */
  threshold: z.number({ error: 'threshold は割合（0～1の数値）で指定してください' }).gt(0, { error: 'threshold は0より大きくしてください' }).max(1, { error: 'threshold は1以下にしてください' }).default(concentrationRules.threshold.value),
  /** 判定期間の月数: 告示と留意事項通知で6か月（前期・後期）に決まっている。 */
  periodMonths: z.literal(6, { error: '判定期間は6か月（3月1日～8月末日・9月1日～2月末日）です' }).default(6),
  /** 対象のサービス種類コード (11 訪問介護, 15 通所介護, 78 地域密着型通所介護, 17 福祉用具貸与). */
  services: z.array(z.string({ error: 'サービス種類コードを文字で指定してください' })).default(concentrationRules.services.value.map((s) => s.code)),
  /**
   * 正当な理由④ (留意事項通知): a service placed on no more than this many plans (月平均10件以下) is
   * not judged. Counted over the plans of the period, which for continuing plans is the monthly count.
   */
  exemptUpToPlans: z.number({ error: 'exemptUpToPlans は件数（数値）で指定してください' }).int({ error: 'exemptUpToPlans は整数で指定してください' }).min(0, { error: 'exemptUpToPlans は0以上で指定してください' }).default(concentrationRules.exemptUpToPlans.value),
});
type Params = z.infer<typeof paramsSchema>;

/** At most this many plans are pointed at per 気づき; the counts say how many there are. */
const maxEvidence = 20;

function percent(share: number): string {
  return `${Math.floor(share * 1000) / 10}%`;
}

/** How the 紹介率最高法人 is named: the 法人 with its 事業所, or the one 事業所 counted as its own 法人. */
function topName(top: CorporationShare, counted: boolean): string {
  if (!top.recorded) return `「${top.offices[0]?.name ?? top.name}」${counted ? '（運営法人の記録がないため、この事業所を1つの法人として数えています）' : ''}`;
  return `法人「${top.name}」（${top.offices.map((o) => o.name).join('、')}）`;
}

function observationFor(ctx: CohortRuleContext<Params>, code: string, period: JudgementPeriod): Observation | undefined {
  const counted = ctx.providerCorporations !== undefined;
  const { service, uses } = serviceConcentration(ctx.caseFiles, ctx.targets, code, period, ctx.params, ctx.providerCorporations ?? []);
  const top = service.corporations[0];
  if (top === undefined || service.outcome !== 'reduced') return undefined;
  const serviceName = findServiceType(code)?.name ?? `サービス種類${code}`;
  const officeName = new Map(top.offices.map((o) => [o.key, o.name]));
  const evidence: Evidence[] = uses
    .filter((use) => use.corporations.has(top.key))
    .slice(0, maxEvidence)
    .map((use) => {
      const [key] = [...use.providers.keys()].filter((k) => officeName.has(k));
      return { document: 'care_plan', documentId: use.plan.id, path: use.corporations.get(top.key)!, label: `${ctx.caseFiles[use.index]?.client.name ?? ''}さんの計画 ${serviceName}の事業所`, value: officeName.get(key!) ?? top.name };
    });
  const half = period.half === 'first' ? '前期' : '後期';
  const unit = counted
    ? ''
    : '事業所の運営法人の記録がない点検のため、事業所番号ごとに数えています（同じ法人の複数の事業所は合算していないため、法人ごとの割合はこれより高いことがあります）。';
  return {
    message:
      `判定期間（${half}：${dateText(period.start)}～${dateText(period.end)}）に${serviceName}を位置付けた計画${service.planCount}件のうち${top.planCount}件（${percent(service.topShare)}）が${topName(top, counted)}です（基準は${percent(ctx.params.threshold)}を超えないこと）。${unit}` +
      `利用者の選択に基づくものか、通常の事業の実施地域にその種類の事業所が少ない、小規模な事業所である、サービスの質が高いことによる利用者の希望（地域ケア会議等で確認）など、正当な理由を説明できますか？`,
    evidence,
  };
}

/**
 * 特定事業所集中減算 (告示95号 第83号): within the 判定期間 containing the audit date, for each
 * service of `params.services`, the share of the office's plans using that service that go to
 * the 紹介率最高法人, counted by `serviceConcentration()` exactly as the 判定書 counts. The 法人 of
 * providers reach the rule as `ctx.providerCorporations` (the office's `provider_corporation`
 * records); without them (a CSV 点検, case-file exports) every 事業所 counts as its own 法人 and the
 * 気づき says so. Over the threshold on more than `exemptUpToPlans` plans is a 気づき naming
 * service, 法人 and 事業所, share and counts, and asking about the 正当な理由.
 */
export const providerConcentrationRule = defineRule({
  id: 'office.provider-concentration',
  scope: 'office',
  params: paramsSchema,
  requires: ['plan'],
  evaluate(ctx) {
    const period = judgementPeriodOf(ctx.asOf);
    return ctx.params.services.flatMap((code) => observationFor(ctx, code, period) ?? []);
  },
});
