import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import { findServiceType } from '../../../domain/codes/service-types.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type CohortRuleContext, type Observation } from '../../rule.js';
import { concentrationRules } from '../../../office/office-rules.js';
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

/** A plan counts for the 判定期間 when it was agreed to and made before the period ended. */
function countsInPeriod(plan: CarePlan, period: JudgementPeriod): boolean {
  const agreed = plan.consent?.date !== undefined || plan.status === 'consented' || plan.status === 'delivered' || plan.status === 'active';
  const made = plan.planDate ?? plan.consent?.date ?? plan.createdOn;
  return agreed && made !== undefined && made <= period.end;
}

interface Use {
  caseIndex: number;
  plan: CarePlan;
  /** Provider key → path of the first line naming it. */
  providers: Map<string, (string | number)[]>;
}

const normalName = (name: string | undefined) => (name !== undefined && name.trim() !== '' ? name.replace(/\s+/gu, '') : undefined);

/**
 * Providers are told apart by 事業所番号 (plans record the 事業所; which 事業所 share a 法人 is not
 * known). A line naming a provider without its number counts with the 事業所 of that name when the
 * plans give the name exactly one number; otherwise by its name.
 */
function providerKeys(plans: readonly (CarePlan | undefined)[], targets: readonly number[], code: string): (officeNumber: string | undefined, name: string | undefined) => string | undefined {
  const numbersByName = new Map<string, Set<string>>();
  for (const caseIndex of targets)
    for (const need of plans[caseIndex]?.needs ?? [])
      for (const long of need.longTermGoals)
        for (const short of long.shortTermGoals)
          for (const line of short.serviceLines) {
            if (line.kind !== 'insured' || line.serviceTypeCode !== code || line.providerOfficeNumber === undefined) continue;
            const name = normalName(line.providerName);
            if (name === undefined) continue;
            numbersByName.set(name, (numbersByName.get(name) ?? new Set()).add(line.providerOfficeNumber));
          }
  return (officeNumber, name) => {
    if (officeNumber !== undefined) return officeNumber;
    const normal = normalName(name);
    if (normal === undefined) return undefined;
    const numbers = numbersByName.get(normal);
    return numbers?.size === 1 ? [...numbers][0] : normal;
  };
}

function usesOf(plans: readonly (CarePlan | undefined)[], targets: readonly number[], code: string, period: JudgementPeriod, names: Map<string, string>, numbered = new Set<string>()): Use[] {
  const uses: Use[] = [];
  const providerKey = providerKeys(plans, targets, code);
  for (const caseIndex of targets) {
    const plan = plans[caseIndex];
    if (plan === undefined || !countsInPeriod(plan, period)) continue;
    const providers = new Map<string, (string | number)[]>();
    let found = false;
    plan.needs.forEach((need, n) =>
      need.longTermGoals.forEach((long, l) =>
        long.shortTermGoals.forEach((short, s) =>
          short.serviceLines.forEach((line, k) => {
            if (line.kind !== 'insured' || line.serviceTypeCode !== code) return;
            found = true;
            const key = providerKey(line.providerOfficeNumber, line.providerName);
            if (key === undefined || providers.has(key)) return;
            providers.set(key, ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'serviceLines', k, line.providerName !== undefined ? 'providerName' : 'providerOfficeNumber']);
            if (line.providerOfficeNumber !== undefined || key !== normalName(line.providerName)) numbered.add(key);
            if (line.providerName !== undefined && line.providerOfficeNumber !== undefined) names.set(key, `${line.providerName}（${line.providerOfficeNumber}）`);
            else if (!names.has(key)) names.set(key, line.providerName ?? key);
          }),
        ),
      ),
    );
    if (found) uses.push({ caseIndex, plan, providers });
  }
  return uses;
}

function providerCounts(uses: Use[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const use of uses) for (const key of use.providers.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function topProvider(uses: Use[]): { key: string; count: number } | undefined {
  let top: { key: string; count: number } | undefined;
  for (const [key, count] of providerCounts(uses)) if (top === undefined || count > top.count || (count === top.count && key < top.key)) top = { key, count };
  return top;
}

/** One provider's plans among those placing a service in a 判定期間. */
export interface ProviderShare {
  key: string;
  /** the 事業所's name with its number, as the 気づき names it */
  name: string;
  /** 事業所番号, when the plans give it */
  officeNumber?: string;
  planCount: number;
}

/**
 * The plans of a 判定期間 that place service `code`, and how many of them each provider is on
 * (most first): what the rule below judges, for the office's 判定書.
 */
export function serviceShares(plans: readonly (CarePlan | undefined)[], code: string, period: JudgementPeriod): { planCount: number; providers: ProviderShare[] } {
  const names = new Map<string, string>();
  const numbered = new Set<string>();
  const uses = usesOf(plans, plans.map((_, i) => i), code, period, names, numbered);
  const providers = [...providerCounts(uses)].map(([key, planCount]): ProviderShare => ({ key, name: names.get(key) ?? key, ...(numbered.has(key) ? { officeNumber: key } : {}), planCount }));
  providers.sort((a, b) => b.planCount - a.planCount || (a.key < b.key ? -1 : 1));
  return { planCount: uses.length, providers };
}

function percent(share: number): string {
  return `${Math.floor(share * 1000) / 10}%`;
}

function observationFor(ctx: CohortRuleContext<Params>, code: string, period: JudgementPeriod): Observation | undefined {
  const names = new Map<string, string>();
  const uses = usesOf(ctx.plans, ctx.targets, code, period, names);
  const top = topProvider(uses);
  if (top === undefined || uses.length <= ctx.params.exemptUpToPlans) return undefined;
  const share = top.count / uses.length;
  if (share <= ctx.params.threshold) return undefined;
  const service = findServiceType(code)?.name ?? `サービス種類${code}`;
  const provider = names.get(top.key) ?? top.key;
  const evidence: Evidence[] = uses
    .filter((use) => use.providers.has(top.key))
    .slice(0, maxEvidence)
    .map((use) => ({ document: 'care_plan', documentId: use.plan.id, path: use.providers.get(top.key)!, label: `${ctx.caseFiles[use.caseIndex]?.client.name ?? ''}さんの計画 ${service}の事業所`, value: provider }));
  const half = period.half === 'first' ? '前期' : '後期';
  return {
    message:
      `判定期間（${half}：${dateText(period.start)}～${dateText(period.end)}）に${service}を位置付けた計画${uses.length}件のうち${top.count}件（${percent(share)}）が「${provider}」です（基準は${percent(ctx.params.threshold)}を超えないこと）。` +
      `利用者の選択に基づくものか、通常の事業の実施地域にその種類の事業所が少ない、小規模な事業所である、サービスの質が高いことによる利用者の希望（地域ケア会議等で確認）など、正当な理由を説明できますか？`,
    evidence,
  };
}

/**
 * 特定事業所集中減算 (告示95号 第83号): within the 判定期間 containing the audit date, for each
 * service of `params.services`, the share of the office's plans using that service that go to
 * the single most-used provider. Over the threshold is a 気づき naming service, provider, share
 * and counts, and asking about the 正当な理由.
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
