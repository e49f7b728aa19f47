import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { Period } from '../../../domain/common.schema.js';
import { daysBetween, type IsoDate } from '../../../dates/iso-date.js';
import { planEvidence } from '../../evidence.js';
import type { Evidence } from '../../finding.js';
import { defineRule } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { estimateStayDays, parseStayFrequency, type StayFrequency } from '../../text/stay-frequency.js';
import { lineTitle, listLineRefs, serviceTypeOfLine, shortStayCodes, type LineRef } from './plan-lines.js';

interface Span {
  start: IsoDate;
  end: IsoDate;
}

/** One counted use of short stay: what, how often, over which days, and where it is written. */
interface StayEstimate {
  title: string;
  frequency: StayFrequency;
  span: Span;
  days: number;
  evidence: Evidence[];
  /** The line's own period reaches outside the certification (so its pace says less). */
  clipped: boolean;
}

const shortStayWords = /ショートステイ|短期入所/u;

/** `period` clipped to `within`; open ends take `within`'s. Undefined when they do not overlap. */
function clip(period: Period | undefined, within: Span): Span | undefined {
  const start = period?.start !== undefined && period.start > within.start ? period.start : within.start;
  const end = period?.end !== undefined && period.end < within.end ? period.end : within.end;
  return start <= end ? { start, end } : undefined;
}

function spanDays(span: Span): number {
  return daysBetween(span.start, span.end) + 1;
}

/** The days of the week 第3表 books for a line (or for unlinked short-stay slots). */
function weeklyFrequency(plan: CarePlan, match: (entry: { serviceLineId?: string | undefined; content?: string | undefined }) => boolean): { frequency: StayFrequency; evidence: Evidence[] } | undefined {
  const entries = (plan.weeklySchedule?.entries ?? []).map((entry, k) => ({ entry, k })).filter(({ entry }) => match(entry));
  const days = new Set(entries.map(({ entry }) => entry.day));
  if (days.size === 0) return undefined;
  return {
    frequency: { daysPerUnit: days.size, unit: 'week', reading: `第3表 週${days.size}日` },
    evidence: entries.map(({ entry, k }) => planEvidence(plan, ['weeklySchedule', 'entries', k], '第3表 週間サービス計画表', entry.content)),
  };
}

function lineEstimate(plan: CarePlan, ref: LineRef, certification: Span): StayEstimate | undefined {
  const own = ref.line.period ?? ref.shortTermGoal.period ?? ref.longTermGoal.period;
  const span = clip(own, certification);
  if (span === undefined) return undefined;
  const clipped = own?.start === undefined || own.end === undefined || own.start < certification.start || own.end > certification.end;
  const parsed = ref.line.frequency === undefined ? undefined : parseStayFrequency(ref.line.frequency);
  const source = parsed
    ? { frequency: parsed, evidence: [planEvidence(plan, [...ref.path, 'frequency'], `${ref.label} 頻度`, ref.line.frequency)] }
    : weeklyFrequency(plan, (entry) => entry.serviceLineId === ref.line.id);
  // A frequency that cannot be read (月2回, 必要時) is not guessed: the line is left out.
  if (source === undefined) return undefined;
  return { title: lineTitle(ref.line), frequency: source.frequency, span, days: estimateStayDays(source.frequency, spanDays(span)), evidence: source.evidence, clipped };
}

/** The same stay is often listed under two needs; count each provider × frequency × period once. */
function stayKey(ref: LineRef): string {
  const { line } = ref;
  return JSON.stringify([serviceTypeOfLine(line)?.code, line.providerOfficeNumber ?? line.providerName, normalizeForMatch(line.frequency ?? ''), line.period?.start, line.period?.end]);
}

function estimates(plan: CarePlan, certification: Span): StayEstimate[] {
  const lines = listLineRefs(plan.needs).filter((ref) => ref.line.kind !== 'informal' && shortStayCodes.has(serviceTypeOfLine(ref.line)?.code ?? ''));
  if (lines.length === 0) {
    const weekly = weeklyFrequency(plan, (entry) => entry.content !== undefined && shortStayWords.test(normalizeForMatch(entry.content)));
    return weekly ? [{ title: '第3表の短期入所', ...weekly, span: certification, days: estimateStayDays(weekly.frequency, spanDays(certification)), clipped: false }] : [];
  }
  const seen = new Set<string>();
  return lines.flatMap((ref) => {
    const key = stayKey(ref);
    if (seen.has(key)) return [];
    seen.add(key);
    const estimate = lineEstimate(plan, ref, certification);
    return estimate ? [estimate] : [];
  });
}

/** From the earliest start to the latest end of the estimated stays; undefined when any reaches past the certification. */
function coveredSpan(found: readonly StayEstimate[]): Span | undefined {
  if (found.length === 0 || found.some((e) => e.clipped)) return undefined;
  return {
    start: found.map((e) => e.span.start).reduce((a, b) => (a < b ? a : b)),
    end: found.map((e) => e.span.end).reduce((a, b) => (a > b ? a : b)),
  };
}

/**
 * 13条21号 (37号30条23号): days of 短期入所生活介護・療養介護 should not exceed about half of the
 * 認定の有効期間 (params.maxRatio, 0.5 in the national pack). Days are estimated per 短期入所 line
 * from its 頻度 (月10日, 週2日, 毎日, 2泊3日を月2回 … see parseStayFrequency) or, when that
 * cannot be read, from the days 第3表 books for the line, over the line's period (else its
 * goals') within the certification. A frequency that says nothing about days (月2回 without
 * the length of a stay, 必要時) is not guessed: that line contributes nothing, so the rule
 * errs towards silence. A plan shorter than the certification is also judged by the pace it
 * sets (days ÷ the plan's days). The message shows the estimate and how it was computed.
 */
export const shortStayOverHalfRule = defineRule({
  id: 'plan.short-stay-over-half',
  scope: 'case',
  params: z.object({
    /** Share of the 認定の有効期間 short stay may take (おおむね半数 = 0.5). */
    maxRatio: z.number().gt(0).max(1).default(0.5),
  }),
  requires: ['plan', 'certification'],
  evaluate({ plan, certification, params }) {
    if (plan === undefined) return [];
    const from = certification?.validFrom ?? plan.certificationValidFrom;
    const to = certification?.validTo ?? plan.certificationValidTo;
    if (from === undefined || to === undefined || to < from) return [];
    const period: Span = { start: from, end: to };
    const periodDays = spanDays(period);
    const found = estimates(plan, period);
    const total = found.reduce((sum, e) => sum + e.days, 0);
    const limit = periodDays * params.maxRatio;
    const share = params.maxRatio === 0.5 ? 'おおむね半数' : `${Math.round(params.maxRatio * 100)}%`;
    const breakdown = found.map((e) => `${e.title}「${e.frequency.reading}」× ${e.span.start}〜${e.span.end}（${spanDays(e.span)}日）≒ ${e.days}日`).join('、');
    if (total <= limit) {
      // A plan shorter than the certification: judge the pace it sets, as it is usually renewed alike.
      const covered = coveredSpan(found);
      if (covered === undefined || spanDays(covered) >= periodDays) return [];
      const rate = total / spanDays(covered);
      if (rate <= params.maxRatio) return [];
      return [
        {
          message:
            `計画の期間（${covered.start}〜${covered.end}、${spanDays(covered)}日）のうち短期入所は約${total}日（${Math.round(rate * 100)}%）と見積もられます。` +
            `このペースが続くと、認定の有効期間（${from}〜${to}）の${share}を超えます。内訳: ${breakdown}。居宅での自立した生活を続ける視点から、この日数が本人の心身の状況などから特に必要といえるのか、その理由を計画に記載しているか確かめませんか？`,
          evidence: found.flatMap((e) => e.evidence),
        },
      ];
    }
    return [
      {
        message:
          `短期入所の利用日数を計画の頻度から見積もると、認定の有効期間（${from}〜${to}、${periodDays}日）のうち約${total}日（${Math.round((total / periodDays) * 100)}%）で、${share}（${Math.floor(limit)}日）を超えています。` +
          `内訳: ${breakdown}。居宅での自立した生活を続ける視点から、この日数が本人の心身の状況などから特に必要といえるのか、その理由を計画に記載しているか確かめませんか？`,
        evidence: found.flatMap((e) => e.evidence),
      },
    ];
  },
});
