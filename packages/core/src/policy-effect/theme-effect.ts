import { addMonths } from '../dates/iso-date.js';
import type { PolicyTheme } from './policy-themes.js';
import type { RuleMonthCount } from './rule-month-counts.js';

/** The share of plans meeting a theme over some months, with the numbers it rests on. */
export interface ThemeShare {
  /** Plans the theme's rule was evaluated on (the sample size). */
  plans: number;
  /** Of those, plans the theme counts (with or without the 気づき, as the theme says). */
  counted: number;
  /** counted / plans, undefined when there is no plan. */
  share?: number;
}

/** A theme before and after a dissemination event (研修・事業者連絡会議 …), for one office or the region. */
export interface BeforeAfter {
  before: ThemeShare;
  after: ThemeShare;
  /** after.share − before.share in percentage points, when both exist. */
  changePoints?: number;
  /** 95% interval of that change (normal approximation), in points; wide when the samples are small. */
  interval?: [number, number];
  /** True when either side has fewer than {@link smallSample} plans: show the numbers, draw no line. */
  smallSample: boolean;
  /** 改善 / 悪化 / 変化なし（区間が0をまたぐ）, by the theme's aim; undefined when the sample is small. */
  direction?: 'better' | 'worse' | 'unclear';
}

/** Below this many plans on a side, a before/after comparison says only the counts. */
export const smallSample = 30;

/** The sentence every effect report carries: the figures describe, they do not prove a cause. */
export const effectCaveat = '前後の割合の違いは、周知の効果を示すとは限りません（同じ時期のほかの変化や、点検した計画の選び方でも変わります）。件数とあわせて読んでください。';

function share(counts: Iterable<RuleMonthCount>, theme: PolicyTheme): ThemeShare {
  let plans = 0;
  let withFinding = 0;
  for (const c of counts) {
    plans += c.plans;
    withFinding += c.withFinding;
  }
  const counted = theme.counts === 'with' ? withFinding : plans - withFinding;
  return plans === 0 ? { plans, counted } : { plans, counted, share: counted / plans };
}

/**
 * The theme's share month by month (YYYY-MM from `from` to `to`, both included) over the given
 * counts: the region's when the counts are of every office, one office's when filtered first.
 */
export function themeByMonth(counts: readonly RuleMonthCount[], theme: PolicyTheme, from: string, to: string): { month: string; share: ThemeShare }[] {
  const ofRule = counts.filter((c) => c.ruleId === theme.ruleId);
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(`${month}-01`, 1).slice(0, 7)) months.push(month);
  return months.map((month) => ({ month, share: share(ofRule.filter((c) => c.month === month), theme) }));
}

/**
 * The theme in the `windowMonths` months before the event's month and the `windowMonths` months
 * after it (the event's own month belongs to neither). Describes; it does not attribute the change.
 */
export function themeBeforeAfter(counts: readonly RuleMonthCount[], theme: PolicyTheme, eventDate: string, windowMonths: number): BeforeAfter {
  const eventMonth = eventDate.slice(0, 7);
  const firstBefore = addMonths(`${eventMonth}-01`, -windowMonths).slice(0, 7);
  const lastAfter = addMonths(`${eventMonth}-01`, windowMonths).slice(0, 7);
  const ofRule = counts.filter((c) => c.ruleId === theme.ruleId);
  const before = share(ofRule.filter((c) => c.month >= firstBefore && c.month < eventMonth), theme);
  const after = share(ofRule.filter((c) => c.month > eventMonth && c.month <= lastAfter), theme);
  const small = before.plans < smallSample || after.plans < smallSample;
  if (before.share === undefined || after.share === undefined) return { before, after, smallSample: small };
  const change = after.share - before.share;
  const se = Math.sqrt((before.share * (1 - before.share)) / before.plans + (after.share * (1 - after.share)) / after.plans);
  const points = (x: number) => Math.round(x * 1000) / 10;
  const interval: [number, number] = [points(change - 1.96 * se), points(change + 1.96 * se)];
  const result: BeforeAfter = { before, after, changePoints: points(change), interval, smallSample: small };
  if (small) return result;
  const aimUp = theme.counts === 'without';
  const up = interval[0] > 0;
  const down = interval[1] < 0;
  result.direction = up ? (aimUp ? 'better' : 'worse') : down ? (aimUp ? 'worse' : 'better') : 'unclear';
  return result;
}
