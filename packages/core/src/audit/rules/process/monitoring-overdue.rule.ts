import { z } from 'zod';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { Monitoring } from '../../../domain/monitoring.schema.js';
import { monitoringMethodLabels } from '../../../domain/monitoring.schema.js';
import type { IsoDate } from '../../../dates/iso-date.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type Observation } from '../../rule.js';
import { monthIndex, monthLabel, monthRangeLabel } from './month-index.js';
import { scheduleGaps, type MonthVisits, type ScheduleGap } from './monitoring-schedule.js';
import { processPlans, type ProcessPlan } from './process-plan.js';
import { documentEvidence } from '../../evidence.js';

const months = (label: string) => z.number({ error: `${label}は月数（数値）で指定してください` }).int({ error: `${label}は整数で指定してください` }).min(1, { error: `${label}は1以上で指定してください` });
/** 'as-planned': the plan sets the timing (類型B), not checkable here; 'none': no monitoring (類型C). */
const preventionTypeSetting = z.union([z.literal('as-planned'), z.literal('none'), months('モニタリングの間隔')], { error: '類型のモニタリングは月数、as-planned、none のいずれかで指定してください' });

const paramsSchema = z.object({
  /** 居宅介護支援: at least every N months (13条14号: 1). */
  careMonths: months('careMonths').default(1),
  /** 介護予防支援 and a 介護予防ケアマネジメント with no type recorded (37号30条16号: 3). */
  preventionMonths: months('preventionMonths').default(3),
  preventionTypeAMonths: months('preventionTypeAMonths').default(3),
  preventionTypeB: preventionTypeSetting.default('as-planned'),
  preventionTypeC: preventionTypeSetting.default('none'),
  /** 介護予防支援: a monitoring result recorded at least every N months, visits or not (37号30条16号: 1). */
  preventionSupportRecordMonths: months('preventionSupportRecordMonths').default(1),
});
type Params = z.infer<typeof paramsSchema>;

/** Plans whose services are running: the schedule applies from the month after they start. */
const runningStatuses = new Set(['delivered', 'active']);

/** Months between monitorings for a plan, or undefined when the pack does not check it. */
function intervalFor(plan: ProcessPlan, params: Params): number | undefined {
  if (plan.document === 'care_plan') return params.careMonths;
  const setting = plan.careManagementType === 'A' ? params.preventionTypeAMonths : plan.careManagementType === 'B' ? params.preventionTypeB : plan.careManagementType === 'C' ? params.preventionTypeC : params.preventionMonths;
  return typeof setting === 'number' ? setting : undefined;
}

/** The running plan to judge: the care plan, or the prevention plan when it is the more recent. */
function runningPlan(plans: ProcessPlan[]): ProcessPlan | undefined {
  const running = plans.filter((p) => runningStatuses.has(p.status) && (p.planDate ?? p.consent?.date) !== undefined);
  return running.sort((a, b) => ((b.planDate ?? b.consent?.date ?? '') > (a.planDate ?? a.consent?.date ?? '') ? 1 : -1))[0];
}

function visitsByMonth(monitorings: readonly Monitoring[]): Map<number, MonthVisits> {
  const map = new Map<number, MonthVisits>();
  for (const m of monitorings) {
    const key = monthIndex(m.date);
    const v = map.get(key) ?? { any: false, home: false };
    map.set(key, { any: true, home: v.home || m.method === 'home_visit' });
  }
  return map;
}

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
function recordGaps(
  window: { firstMonth: number; lastMonth: number },
  interval: number,
  visits: ReadonlyMap<number, MonthVisits>,
  periodGaps: readonly ScheduleGap[],
  plan: ProcessPlan,
  monitorings: readonly Monitoring[],
): Observation[] {
  const reported = (month: number) => periodGaps.some((g) => g.kind === 'missing' && month >= g.firstMonth && month <= g.lastMonth);
  // Any record counts here, so every month with one is treated as "home" to ask only for presence.
  const anyRecord = new Map([...visits].map(([month, v]) => [month, { any: v.any, home: true }]));
  const runs: Array<{ first: number; last: number }> = [];
  for (const gap of scheduleGaps({ ...window, interval, visits: anyRecord })) {
    if (gap.kind !== 'missing') continue;
    for (let month = gap.firstMonth; month <= gap.lastMonth; month += 1) {
      if (reported(month)) continue;
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

function lastJudgedMonth(caseFile: CaseFile, asOf: IsoDate): number {
  const current = monthIndex(asOf) - 1;
  const ended = caseFile.client.endedOn;
  // After the support ended nothing is due; the month it ended is not judged either.
  return ended !== undefined && ended <= asOf ? Math.min(current, monthIndex(ended) - 1) : current;
}

/**
 * 13条14号 / 37号30条16号: for a running plan, every complete period from the month after the
 * plan starts to the month before the audit date needs a monitoring (home visit; テレビ電話装置等
 * only in alternate periods). 介護予防ケアマネジメント 類型B・C follow the pack (as-planned /
 * none are not checked).
 */
export const monitoringOverdueRule = defineRule({
  id: 'process.monitoring-overdue',
  scope: 'case',
  params: paramsSchema,
  requires: ['plan', 'monitoring'],
  evaluate({ caseFile, asOf, params, plan, preventionPlan }) {
    const target = runningPlan(processPlans({ plan, preventionPlan }));
    if (target === undefined) return [];
    const interval = intervalFor(target, params);
    const start = target.planDate ?? target.consent?.date;
    if (interval === undefined || start === undefined) return [];
    const window = { firstMonth: monthIndex(start) + 1, lastMonth: lastJudgedMonth(caseFile, asOf) };
    const visits = visitsByMonth(caseFile.monitorings);
    const gaps = scheduleGaps({ ...window, interval, visits });
    const observations = gaps.map((gap) => observationFor(gap, target, interval, caseFile.monitorings));
    if (target.document === 'prevention_plan' && preventionPlan?.id === target.id && preventionPlan.planKind === 'prevention_support') {
      observations.push(...recordGaps(window, params.preventionSupportRecordMonths, visits, gaps, target, caseFile.monitorings));
    }
    return observations;
  },
});
