import type { Monitoring } from '../../../domain/monitoring.schema.js';
import { monitoringMethodLabels } from '../../../domain/monitoring.schema.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type Observation } from '../../rule.js';
import { monthIndex, monthLabel, monthRangeLabel } from './month-index.js';
import { scheduleGaps, type MonthVisits, type ScheduleGap } from './monitoring-schedule.js';
import { monitoringParamsSchema, monitoringStanding, plannedMonitoringMissed, type PlannedStanding } from './monitoring-rhythm.js';
import type { ProcessPlan } from './process-plan.js';
import { documentEvidence } from '../../evidence.js';
import { dateText } from '../plan-structure/rule-text.js';

function lastMonitoringBefore(monitorings: readonly Monitoring[], month: number): Monitoring | undefined {
  return monitorings.filter((m) => monthIndex(m.date) < month).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
}

function rule(plan: ProcessPlan, interval: number): string {
  if (plan.document === 'care_plan') {
    return interval === 1 ? '少なくとも月に1回、利用者の居宅を訪問して面接し、結果を記録することとされています' : `この保険者の基準では、少なくとも${interval}か月に1回の面接を求めています`;
  }
  return `介護予防では、サービス開始の翌月から起算して少なくとも${interval}か月に1回、利用者に面接することとされています`;
}

function observationFor(gap: ScheduleGap, plan: ProcessPlan, interval: number, monitorings: readonly Monitoring[]): Observation {
  if (gap.kind === 'missing') {
    const span = interval === 1 ? monthRangeLabel(gap.firstMonth, gap.lastMonth) : `${monthLabel(gap.firstMonth)}～${monthLabel(gap.lastMonth)}`;
    const previous = lastMonitoringBefore(monitorings, gap.firstMonth);
    const evidence: Evidence[] = [plan.planDate !== undefined ? plan.evidence(['planDate'], '計画作成（変更）日', plan.planDate) : plan.evidence(['consent', 'date'], '説明・同意 同意日', plan.consent?.date)];
    if (previous) evidence.push(documentEvidence('monitoring', previous.id, ['date'], '直前のモニタリング実施日', previous.date));
    const per = interval === 1 ? '' : `の間、${interval}か月ごと`;
    return {
      message: `${span}${per}のモニタリングの記録が見当たりません。${rule(plan, interval)}。入院など利用者の事情で面接できなかった月は、その特段の事情を支援経過に記録していますか？`,
      evidence,
    };
  }
  const within = monitorings.filter((m) => {
    const month = monthIndex(m.date);
    return month >= gap.firstMonth && month <= gap.lastMonth;
  });
  const span = gap.firstMonth === gap.lastMonth ? monthLabel(gap.firstMonth) : `${monthLabel(gap.firstMonth)}～${monthLabel(gap.lastMonth)}`;
  const before = interval === 1 ? '前月' : `前の${interval}か月`;
  const alternate = interval === 1 ? '少なくとも2月に1回' : '連続する二期間に1回';
  return {
    message: `${span}のモニタリングは居宅訪問によらないもの（${[...new Set(within.map((m) => monitoringMethodLabels[m.method]))].join('・')}）で、${before}も居宅を訪問した面接がありません。テレビ電話装置等による面接は、${alternate}は居宅を訪問して面接することが条件です。次は居宅を訪問して、暮らしの場の様子を確かめませんか？`,
    evidence: within.map((m) => documentEvidence('monitoring', m.id, ['method'], `モニタリング（${m.date}）実施方法`, monitoringMethodLabels[m.method])),
  };
}

/**
 * 介護予防支援 (37号30条16号): besides the periodic interview, a monitoring result is recorded
 * every month (by phone or at the service when there is no visit). Months already inside a
 * missed period are not reported twice.
 */
function reportedInPeriods(periodGaps: readonly ScheduleGap[], month: number): boolean {
  return periodGaps.some((g) => g.kind === 'missing' && month >= g.firstMonth && month <= g.lastMonth);
}

function recordGaps(
  window: { firstMonth: number; lastMonth: number },
  interval: number,
  visits: ReadonlyMap<number, MonthVisits>,
  periodGaps: readonly ScheduleGap[],
  plan: ProcessPlan,
  monitorings: readonly Monitoring[],
): Observation[] {
  // Any record counts here, so every month with one is treated as "home" to ask only for presence.
  const anyRecord = new Map([...visits].map(([month, v]) => [month, { any: v.any, home: true }]));
  const runs: Array<{ first: number; last: number }> = [];
  for (const gap of scheduleGaps({ ...window, interval, visits: anyRecord })) {
    if (gap.kind !== 'missing') continue;
    for (let month = gap.firstMonth; month <= gap.lastMonth; month += 1) {
      if (reportedInPeriods(periodGaps, month)) continue;
      const run = runs[runs.length - 1];
      if (run && run.last === month - 1) run.last = month;
      else runs.push({ first: month, last: month });
    }
  }
  return runs.map(({ first, last }) => {
    const previous = lastMonitoringBefore(monitorings, first);
    const evidence: Evidence[] = [plan.evidence(['planDate'], '計画作成（変更）日', plan.planDate)];
    if (previous) evidence.push(documentEvidence('monitoring', previous.id, ['date'], '直前のモニタリング実施日', previous.date));
    return {
      message: `${monthRangeLabel(first, last)}のモニタリング結果の記録が見当たりません。介護予防支援では、居宅を訪問しない月も、通所先を訪ねたり電話をしたりして利用者と連絡し、少なくとも月に1回その結果を記録することとされています。この間の本人の様子を、どなたから確かめられますか？`,
      evidence,
    };
  });
}

function plannedObservation({ plan, plannedOn }: PlannedStanding): Observation {
  return {
    message: `計画で定めたモニタリングの時期（${dateText(plannedOn)}）を過ぎましたが、その後のモニタリングの記録が見当たりません。類型${plan.careManagementType ?? ''}では計画に定めた時期にモニタリングを行います。本人の様子を確かめる日を決めませんか？`,
    evidence: [documentEvidence('prevention_plan', plan.id, ['nextMonitoringOn'], '次回モニタリング予定日', plannedOn)],
  };
}

/**
 * 13条14号 / 37号30条16号: for a running plan, every complete period from the month after the
 * plan starts to the month before the audit date needs a monitoring (home visit; テレビ電話装置等
 * only in alternate periods). 介護予防ケアマネジメント 類型B・C follow the pack: 'as-planned' is
 * checked against the plan's 次回モニタリング予定日 when it states one, 'none' is not checked.
 */
export const monitoringOverdueRule = defineRule({
  id: 'process.monitoring-overdue',
  scope: 'case',
  params: monitoringParamsSchema,
  requires: ['plan', 'monitoring'],
  evaluate({ caseFile, asOf, params, plan, preventionPlan }) {
    const standing = monitoringStanding(caseFile, { plan, preventionPlan }, asOf, params);
    if (standing === undefined) return [];
    if (standing.kind === 'planned') return plannedMonitoringMissed(standing) ? [plannedObservation(standing)] : [];
    const { plan: target, interval, firstMonth, lastMonth, visits, gaps } = standing;
    const window = { firstMonth, lastMonth };
    const observations = gaps.map((gap) => observationFor(gap, target, interval, caseFile.monitorings));
    if (target.document === 'prevention_plan' && preventionPlan?.id === target.id && preventionPlan.planKind === 'prevention_support') {
      observations.push(...recordGaps(window, params.preventionSupportRecordMonths, visits, gaps, target, caseFile.monitorings));
    }
    return observations;
  },
});
