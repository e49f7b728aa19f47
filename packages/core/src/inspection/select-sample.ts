import { auditedPlan } from '../audit/audit-context.js';
import { livingSupportLines } from '../audit/rules/plan-content/livelihood-reason-missing.rule.js';
import { daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { limitUnitsForUsage } from '../usage/usage-certification.js';
import { calculateUsageSheet } from '../usage/usage-sheet.js';

/** Why a plan is picked for ケアプラン点検 (抽出の観点), in the order a year's plan usually names them. */
export const selectionCriteria = {
  living_support: '生活援助中心型の訪問介護がある',
  near_benefit_limit: '区分支給限度基準額に近い',
  unchanged_long: '長く見直されていない',
  benefit_outlier: '給付実績で目立つ',
} as const;
export type SelectionCriterion = keyof typeof selectionCriteria;

/**
 * Thresholds of the criteria. Local choices, not national figures: an insurer's plan states its own,
 * so they are settings with these defaults.
 */
export interface SelectionThresholds {
  /** Share of the 区分支給限度基準額 used in the latest month (default 0.9). */
  nearLimitShare: number;
  /** Months since the plan's 作成（変更）日 (default 12). */
  unchangedMonths: number;
}
export const defaultSelectionThresholds: SelectionThresholds = { nearLimitShare: 0.9, unchangedMonths: 12 };

/** What sampling knows of one client's current plan. */
export interface InspectionCandidate {
  /** The caller's key (client id, or CSV 被保険者番号). */
  key: string;
  officeNumber: string;
  planDate?: IsoDate;
  livingSupport: boolean;
  /** Units counted against the limit ÷ the limit, in the latest month with a 利用票. */
  limitShare?: number;
  /** Flagged by the caller from 給付実績 (縦覧点検) where such data exists. */
  benefitOutlier?: boolean;
}

/** A candidate from a case file: its current plan's 生活援助 lines, date and latest month's use of the limit. */
export function inspectionCandidate(key: string, officeNumber: string, caseFile: CaseFile): InspectionCandidate {
  const { plan } = auditedPlan(caseFile);
  const latest = [...caseFile.serviceUsages].sort((a, b) => b.month.localeCompare(a.month))[0];
  const limit = latest ? limitUnitsForUsage(caseFile.certifications, latest) : undefined;
  const limitShare = latest && limit ? calculateUsageSheet(latest, { limitUnits: limit }).totals.managedUnits / limit : undefined;
  return {
    key,
    officeNumber,
    ...(plan?.planDate !== undefined ? { planDate: plan.planDate } : {}),
    livingSupport: plan !== undefined && livingSupportLines(plan).length > 0,
    ...(limitShare !== undefined ? { limitShare } : {}),
  };
}

function meets(candidate: InspectionCandidate, criterion: SelectionCriterion, asOf: IsoDate, t: SelectionThresholds): boolean {
  switch (criterion) {
    case 'living_support':
      return candidate.livingSupport;
    case 'near_benefit_limit':
      return candidate.limitShare !== undefined && candidate.limitShare >= t.nearLimitShare;
    case 'unchanged_long':
      return candidate.planDate !== undefined && daysBetween(candidate.planDate, asOf) >= (t.unchangedMonths * 365.25) / 12;
    case 'benefit_outlier':
      return candidate.benefitOutlier === true;
  }
}

/** A small deterministic generator (mulberry32), so a year's sample can be drawn again from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One picked plan and the criterion that picked it ('random' when it filled the count). */
export interface SelectedPlan {
  key: string;
  officeNumber: string;
  selectedBy: SelectionCriterion | 'random';
}

export interface SampleRequest {
  /** How many plans of each office (事業所番号 → 件数). */
  perOffice: Readonly<Record<string, number>>;
  /** Criteria in priority order; each gets a turn before any gets a second. */
  criteria: readonly SelectionCriterion[];
  /** Fill up with plans meeting no criterion when too few meet one (default true). */
  fillRandomly?: boolean;
  asOf: IsoDate;
  seed: number;
  thresholds?: SelectionThresholds;
}

/** The sample, and the offices where fewer plans than asked could be picked. */
export interface Sample {
  selected: SelectedPlan[];
  shortfall: { officeNumber: string; asked: number; picked: number }[];
}

/**
 * Draws a year's ケアプラン点検 sample (random within criteria): for each office, criteria take turns
 * in priority order, each picking at random among the office's plans that meet it and are not yet
 * picked; then, if allowed, plans meeting none fill the count. Deterministic for a seed.
 */
export function selectInspectionSample(candidates: readonly InspectionCandidate[], request: SampleRequest): Sample {
  const next = random(request.seed);
  const thresholds = request.thresholds ?? defaultSelectionThresholds;
  const selected: SelectedPlan[] = [];
  const shortfall: Sample['shortfall'] = [];
  for (const [officeNumber, asked] of Object.entries(request.perOffice).sort(([a], [b]) => a.localeCompare(b))) {
    const pool = shuffled(candidates.filter((c) => c.officeNumber === officeNumber).sort((a, b) => a.key.localeCompare(b.key)), next);
    const taken = new Set<string>();
    const pick = (candidate: InspectionCandidate, selectedBy: SelectedPlan['selectedBy']) => {
      taken.add(candidate.key);
      selected.push({ key: candidate.key, officeNumber, selectedBy });
    };
    let progress = true;
    while (taken.size < asked && progress) {
      progress = false;
      for (const criterion of request.criteria) {
        if (taken.size >= asked) break;
        const found = pool.find((c) => !taken.has(c.key) && meets(c, criterion, request.asOf, thresholds));
        if (found) {
          pick(found, criterion);
          progress = true;
        }
      }
    }
    if (request.fillRandomly !== false) for (const c of pool) if (taken.size < asked && !taken.has(c.key)) pick(c, 'random');
    if (taken.size < asked) shortfall.push({ officeNumber, asked, picked: taken.size });
  }
  return { selected, shortfall };
}
