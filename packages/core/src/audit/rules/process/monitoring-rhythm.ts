import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { Monitoring } from '../../../domain/monitoring.schema.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import type { IsoDate } from '../../../dates/iso-date.js';
import { monthIndex } from './month-index.js';
import { scheduleGaps, type MonthVisits, type ScheduleGap } from './monitoring-schedule.js';
import { processPlans, type ProcessPlan } from './process-plan.js';

const months = (label: string) => z.number({ error: `${label}は月数（数値）で指定してください` }).int({ error: `${label}は整数で指定してください` }).min(1, { error: `${label}は1以上で指定してください` });
/** 'as-planned': the plan sets the timing (類型B), not checkable here; 'none': no monitoring (類型C). */
const preventionTypeSetting = z.union([z.literal('as-planned'), z.literal('none'), months('モニタリングの間隔')], { error: '類型のモニタリングは月数、as-planned、none のいずれかで指定してください' });

/** The monitoring rhythm of a pack (`rules.process.monitoring-overdue.params`), read by the audit and the dashboard alike. */
export const monitoringParamsSchema = z.object({
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
export type MonitoringParams = z.infer<typeof monitoringParamsSchema>;

/** Plans whose services are running: the schedule applies from the month after they start. */
const runningStatuses = new Set(['delivered', 'active']);

/**
 * Months between monitorings for a plan under the pack's rhythm, or undefined when the pack
 * sets none (類型B 'as-planned', 類型C 'none').
 */
export function monitoringInterval(plan: Pick<ProcessPlan, 'document' | 'careManagementType'>, params: MonitoringParams): number | undefined {
  if (plan.document === 'care_plan') return params.careMonths;
  const setting = plan.careManagementType === 'A' ? params.preventionTypeAMonths : plan.careManagementType === 'B' ? params.preventionTypeB : plan.careManagementType === 'C' ? params.preventionTypeC : params.preventionMonths;
  return typeof setting === 'number' ? setting : undefined;
}

/** The running plan to judge: the care plan, or the prevention plan when it is the more recent. */
export function runningPlan(plans: readonly ProcessPlan[]): ProcessPlan | undefined {
  const running = plans.filter((p) => runningStatuses.has(p.status) && (p.planDate ?? p.consent?.date) !== undefined);
  return running.sort((a, b) => ((b.planDate ?? b.consent?.date ?? '') > (a.planDate ?? a.consent?.date ?? '') ? 1 : -1))[0];
}

/** Per month index: whether there was a monitoring, and one at the client's home. */
export function visitsByMonth(monitorings: readonly Monitoring[]): Map<number, MonthVisits> {
  const map = new Map<number, MonthVisits>();
  for (const m of monitorings) {
    const key = monthIndex(m.date);
    const v = map.get(key) ?? { any: false, home: false };
    map.set(key, { any: true, home: v.home || m.method === 'home_visit' });
  }
  return map;
}

function lastJudgedMonth(caseFile: CaseFile, asOf: IsoDate): number {
  const current = monthIndex(asOf) - 1;
  const ended = caseFile.client.endedOn;
  // After the support ended nothing is due; the month it ended is not judged either.
  return ended !== undefined && ended <= asOf ? Math.min(current, monthIndex(ended) - 1) : current;
}

/** Where a case stands against a periodic rhythm (every N months) on a day. */
export interface PeriodicStanding {
  kind: 'periodic';
  plan: ProcessPlan;
  /** Months per period. */
  interval: number;
  /** First month (index) of the first period: the month after the plan starts. */
  firstMonth: number;
  /** Last month that is judged: the month before the day, or before the support ended. */
  lastMonth: number;
  visits: ReadonlyMap<number, MonthVisits>;
  /** Complete periods missed or monitored without a home visit, in order. */
  gaps: ScheduleGap[];
  /** The period the day falls in (not yet judged): its first and last month. */
  current: { firstMonth: number; lastMonth: number };
}

/** 類型B with the pack's 'as-planned': the monitoring falls due on the date the plan sets (次回モニタリング予定日). */
export interface PlannedStanding {
  kind: 'planned';
  plan: ProcessPlan;
  plannedOn: IsoDate;
  /** Last month that is judged, as for a periodic rhythm. */
  lastMonth: number;
  /** Whether a monitoring is recorded in the planned month or after it. */
  done: boolean;
}

export type MonitoringStanding = PeriodicStanding | PlannedStanding;

/**
 * The monitoring schedule of a case file on `asOf` (13条14号 / 37号30条16号), for the plans the
 * audit looks at: undefined when no plan is running, or the pack sets no rhythm for it and the
 * plan sets no date either.
 */
export function monitoringStanding(
  caseFile: CaseFile,
  plans: { plan: CarePlan | undefined; preventionPlan: PreventionPlan | undefined },
  asOf: IsoDate,
  params: MonitoringParams,
): MonitoringStanding | undefined {
  const plan = runningPlan(processPlans(plans));
  if (plan === undefined) return undefined;
  const lastMonth = lastJudgedMonth(caseFile, asOf);
  const interval = monitoringInterval(plan, params);
  if (interval === undefined) {
    const plannedOn = plan.document === 'prevention_plan' && plan.careManagementType === 'B' && params.preventionTypeB === 'as-planned' ? plans.preventionPlan?.nextMonitoringOn : undefined;
    if (plannedOn === undefined) return undefined;
    const done = caseFile.monitorings.some((m) => monthIndex(m.date) >= monthIndex(plannedOn));
    return { kind: 'planned', plan, plannedOn, lastMonth, done };
  }
  const start = plan.planDate ?? plan.consent?.date;
  if (start === undefined) return undefined;
  const firstMonth = monthIndex(start) + 1;
  const visits = visitsByMonth(caseFile.monitorings);
  const elapsed = Math.max(0, monthIndex(asOf) - firstMonth);
  const currentFirst = firstMonth + elapsed - (elapsed % interval);
  return {
    kind: 'periodic',
    plan,
    interval,
    firstMonth,
    lastMonth,
    visits,
    gaps: scheduleGaps({ firstMonth, lastMonth, interval, visits }),
    current: { firstMonth: currentFirst, lastMonth: currentFirst + interval - 1 },
  };
}

/** Whether a planned monitoring's month is judged (past) and nothing was recorded from it on. */
export function plannedMonitoringMissed(standing: PlannedStanding): boolean {
  return !standing.done && monthIndex(standing.plannedOn) <= standing.lastMonth;
}
