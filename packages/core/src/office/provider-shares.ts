import type { CarePlan } from '../domain/care-plan.schema.js';
import type { JudgementPeriod } from '../audit/rules/cross-plan/judgement-period.js';
import { memoInRun } from '../audit/run-memo.js';

/**
 * Counting of 特定事業所集中減算: which plans of a 判定期間 place a service, which 事業所 and which
 * 法人 each of them names. One count for the 判定書 (`concentrationReport`) and the audit rule
 * `office.provider-concentration`.
 */

/** What the office recorded of a provider's 法人 (the `provider_corporation` record, or a file of them). */
export interface ProviderCorporation {
  providerOfficeNumber: string;
  providerName?: string | undefined;
  corporationName: string;
  corporationNumber?: string | undefined;
  corporationAddress?: string | undefined;
}

/** One 事業所's plans among those placing a service in a 判定期間. */
export interface ProviderShare {
  key: string;
  /** the 事業所's name with its number, as the 気づき names it */
  name: string;
  /** 事業所番号, when the plans give it */
  officeNumber?: string;
  planCount: number;
  /** the {@link CorporationShare.key} it counts under */
  corporationKey: string;
}

/**
 * One 法人's plans among those placing a service: a plan counts once however many of the 法人's
 * 事業所 it names. A 事業所 without a recorded 法人 is a 法人 of its own (`recorded: false`).
 */
export interface CorporationShare {
  key: string;
  /** 法人名, or the 事業所's name when no 法人 is recorded */
  name: string;
  corporationNumber?: string;
  address?: string;
  recorded: boolean;
  planCount: number;
  /** the 法人's 事業所 on these plans, most plans first */
  offices: ProviderShare[];
}

/** A plan placing the service: the path of the first line naming each 事業所 and each 法人. */
export interface PlanUse {
  /** index in the plans given */
  index: number;
  plan: CarePlan;
  providers: Map<string, (string | number)[]>;
  corporations: Map<string, (string | number)[]>;
}

export interface ServiceShares {
  planCount: number;
  providers: ProviderShare[];
  corporations: CorporationShare[];
  uses: PlanUse[];
}

const agreed = (plan: CarePlan) => plan.consent?.date !== undefined || plan.status === 'consented' || plan.status === 'delivered' || plan.status === 'active' || plan.status === 'superseded';
const madeOn = (plan: CarePlan) => plan.planDate ?? plan.consent?.date ?? plan.createdOn;

/** A plan counts for the 判定期間 when it was agreed to and made by the period's end. */
export function countsInPeriod(plan: CarePlan, period: JudgementPeriod): boolean {
  const made = madeOn(plan);
  return agreed(plan) && made !== undefined && made <= period.end;
}

/** A provider or 法人 name as compared: NFKC, without spaces (each name normalized once per audit run). */
const normalizedName = memoInRun((name: string): string | undefined => (name.trim() !== '' ? name.normalize('NFKC').replace(/\s+/gu, '') : undefined));
const normalName = (name: string | undefined): string | undefined => (name === undefined ? undefined : normalizedName(name));

interface CorporationInfo {
  key: string;
  name: string;
  corporationNumber?: string;
  address?: string;
}

/**
 * 事業所番号 → its 法人. Records with one 法人番号 are one 法人; a record without a number joins
 * the 法人 of the same name when exactly one 法人番号 goes with that name, otherwise the 法人 of
 * that name without a number (two 法人 of one name with different numbers stay two).
 */
export function corporationIndex(records: readonly ProviderCorporation[]): Map<string, CorporationInfo> {
  const numbersByName = new Map<string, Set<string>>();
  for (const r of records) {
    const name = normalName(r.corporationName);
    if (r.corporationNumber !== undefined && name !== undefined) numbersByName.set(name, (numbersByName.get(name) ?? new Set()).add(r.corporationNumber));
  }
  const keyOf = (r: ProviderCorporation) => {
    if (r.corporationNumber !== undefined) return `法人番号:${r.corporationNumber}`;
    const name = normalName(r.corporationName) ?? '';
    const numbers = numbersByName.get(name);
    return numbers?.size === 1 ? `法人番号:${[...numbers][0]!}` : `法人名:${name}`;
  };
  const groups = new Map<string, CorporationInfo>();
  const sorted = [...records].sort((a, b) => (a.providerOfficeNumber < b.providerOfficeNumber ? -1 : 1));
  for (const r of sorted) {
    const key = keyOf(r);
    const group = groups.get(key) ?? { key, name: r.corporationName };
    if (r.corporationNumber !== undefined && group.corporationNumber === undefined) Object.assign(group, { name: r.corporationName, corporationNumber: r.corporationNumber });
    if (r.corporationAddress !== undefined && group.address === undefined) group.address = r.corporationAddress;
    groups.set(key, group);
  }
  return new Map(sorted.map((r) => [r.providerOfficeNumber, groups.get(keyOf(r))!]));
}

/**
 * Providers are told apart by 事業所番号. A line naming a provider without its number counts with
 * the 事業所 of that name when the plans give the name exactly one number; otherwise by its name.
 */
function providerKeys(linesOf: readonly (readonly InsuredLine[])[]): (officeNumber: string | undefined, name: string | undefined) => string | undefined {
  const numbersByName = new Map<string, Set<string>>();
  for (const lines of linesOf)
    for (const { line } of lines) {
      if (line.providerOfficeNumber === undefined) continue;
      const name = normalName(line.providerName);
      if (name !== undefined) numbersByName.set(name, (numbersByName.get(name) ?? new Set()).add(line.providerOfficeNumber));
    }
  return (officeNumber, name) => {
    if (officeNumber !== undefined) return officeNumber;
    const normal = normalName(name);
    if (normal === undefined) return undefined;
    const numbers = numbersByName.get(normal);
    return numbers?.size === 1 ? [...numbers][0] : normal;
  };
}

type ServiceLine = CarePlan['needs'][number]['longTermGoals'][number]['shortTermGoals'][number]['serviceLines'][number];

/** A 保険給付 service line of a plan with where it is (need, long-term goal, short-term goal, line). */
interface InsuredLine {
  n: number;
  l: number;
  s: number;
  k: number;
  line: ServiceLine;
}

const noLines: readonly InsuredLine[] = [];

/**
 * A plan's 保険給付 service lines by サービス種類 code, in plan order: one walk of the plan for every
 * service and 判定期間 counted in an audit run (outside a run, made on each call).
 */
const insuredLinesByCode = memoInRun((plan: CarePlan): Map<string, InsuredLine[]> => {
  const byCode = new Map<string, InsuredLine[]>();
  for (let n = 0; n < plan.needs.length; n += 1) {
    const longs = plan.needs[n]!.longTermGoals;
    for (let l = 0; l < longs.length; l += 1) {
      const shorts = longs[l]!.shortTermGoals;
      for (let s = 0; s < shorts.length; s += 1) {
        const lines = shorts[s]!.serviceLines;
        for (let k = 0; k < lines.length; k += 1) {
          const line = lines[k]!;
          if (line.kind !== 'insured' || line.serviceTypeCode === undefined) continue;
          const list = byCode.get(line.serviceTypeCode);
          const entry = { n, l, s, k, line };
          if (list) list.push(entry);
          else byCode.set(line.serviceTypeCode, [entry]);
        }
      }
    }
  }
  return byCode;
});

const byCount = <T extends { planCount: number; key: string }>(a: T, b: T) => b.planCount - a.planCount || (a.key < b.key ? -1 : 1);

/**
 * The plans that place service `code` in a 判定期間, how many of them each 事業所 is on and how
 * many each 法人 is on (most first). `corporations` is what the office recorded; without it
 * every 事業所 counts as its own 法人. `plans` are the plans of the period (one per client).
 */
export function serviceShares(plans: readonly (CarePlan | undefined)[], code: string, period: JudgementPeriod, corporations: readonly ProviderCorporation[] = []): ServiceShares {
  const linesOf = plans.map((plan) => (plan === undefined ? noLines : (insuredLinesByCode(plan).get(code) ?? noLines)));
  const providerKey = providerKeys(linesOf);
  const index = corporationIndex(corporations);
  const names = new Map<string, string>();
  const numbered = new Set<string>();
  const uses: PlanUse[] = [];
  const corporationOf = (key: string): CorporationInfo | undefined => (numbered.has(key) ? index.get(key) : undefined);
  for (let i = 0; i < plans.length; i += 1) {
    const plan = plans[i];
    const lines = linesOf[i]!;
    if (plan === undefined || lines.length === 0 || !countsInPeriod(plan, period)) continue;
    const use: PlanUse = { index: i, plan, providers: new Map(), corporations: new Map() };
    for (const { n, l, s, k, line } of lines) {
      const key = providerKey(line.providerOfficeNumber, line.providerName);
      if (key === undefined || use.providers.has(key)) continue;
      use.providers.set(key, ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'serviceLines', k, line.providerName !== undefined ? 'providerName' : 'providerOfficeNumber']);
      if (line.providerOfficeNumber !== undefined || key !== normalName(line.providerName)) numbered.add(key);
      if (line.providerName !== undefined && line.providerOfficeNumber !== undefined) names.set(key, `${line.providerName}（${line.providerOfficeNumber}）`);
      else if (!names.has(key)) names.set(key, line.providerName ?? key);
    }
    uses.push(use);
  }
  const corporationKey = (key: string) => corporationOf(key)?.key ?? `事業所:${key}`;
  for (const use of uses) for (const [key, path] of use.providers) if (!use.corporations.has(corporationKey(key))) use.corporations.set(corporationKey(key), path);

  const providerCounts = new Map<string, number>();
  const corporationCounts = new Map<string, number>();
  for (const use of uses) {
    for (const key of use.providers.keys()) providerCounts.set(key, (providerCounts.get(key) ?? 0) + 1);
    for (const key of use.corporations.keys()) corporationCounts.set(key, (corporationCounts.get(key) ?? 0) + 1);
  }
  const providers = [...providerCounts]
    .map(([key, planCount]): ProviderShare => ({ key, name: names.get(key) ?? key, ...(numbered.has(key) ? { officeNumber: key } : {}), planCount, corporationKey: corporationKey(key) }))
    .sort(byCount);
  const corporationShares = [...corporationCounts]
    .map(([key, planCount]): CorporationShare => {
      const offices = providers.filter((p) => p.corporationKey === key);
      const info = corporationOf(offices[0]?.key ?? '');
      if (info === undefined) return { key, name: offices[0]?.name ?? key, recorded: false, planCount, offices };
      return { key, name: info.name, ...(info.corporationNumber !== undefined ? { corporationNumber: info.corporationNumber } : {}), ...(info.address !== undefined ? { address: info.address } : {}), recorded: true, planCount, offices };
    })
    .sort(byCount);
  return { planCount: uses.length, providers, corporations: corporationShares, uses };
}
