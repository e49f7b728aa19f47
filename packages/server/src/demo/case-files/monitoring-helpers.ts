import { addMonths, listServiceLines, listShortTermGoals, type CarePlan, type GoalAchievement, type Monitoring, type PreventionPlan } from '@kizuki/core';
import { staff, type DemoCalendar, type DemoIds, type StaffKey } from './helpers.js';

const genericComments = [
  '始めたばかりで変化はまだ小さいが、本人は前向きに取り組んでいる。',
  '練習の成果が少しずつ出てきている。',
  'できる日が増えてきた。',
  '本人も手応えを感じており、家族からも変化が見えると話がある。',
  '目標にほぼ届いている。',
  '目標を達成した。次の目標を本人と相談する。',
];

function achievementFor(index: number): GoalAchievement {
  if (index === 0) return 'not_achieved';
  return index >= 4 ? 'achieved' : 'partly';
}

export interface MonitoringSeriesSpec {
  /** A 居宅サービス計画 (goals: its short-term goals) or a 予防計画書 (goals: its issues). */
  plan: CarePlan | PreventionPlan;
  /** First month (its first day) and last month (default: this month) to monitor. */
  from: string;
  to?: string;
  /** Day of the month of the visit (1–28); a visit later than today is not made yet. */
  day: number;
  author: StaffKey;
  interviewees: string;
  /** Months (their first day) with no monitoring: the gap the audit should find. */
  skip?: string[];
  /** Comments per short-term goal (index in plan order), used month by month. */
  comments?: string[][];
  /** 心身の状態・生活の変化, month by month. */
  changes?: string[];
  /** Every other month by video call (with the documented consent and agreement). */
  alternateOnline?: boolean;
  /** 介護予防: a home visit every `visitEvery` months (counted from the first), a phone check in between. */
  visitEvery?: number;
  /** Patch of the latest monitoring (e.g. a plan revision starting). */
  last?: Partial<Monitoring>;
}

/** Monthly モニタリング of `spec.plan` with an evaluation of every short-term goal. */
export function monthlyMonitorings(ids: DemoIds, cal: DemoCalendar, spec: MonitoringSeriesSpec): Monitoring[] {
  const { plan } = spec;
  const goals: Array<{ id: string }> = 'needs' in plan ? listShortTermGoals(plan.needs) : plan.issues;
  const insuredLineIds =
    'needs' in plan
      ? listServiceLines(plan.needs).flatMap(({ line }) => (line.kind === 'insured' ? [line.id] : []))
      : plan.issues.flatMap((issue) => issue.supportRows.flatMap((row) => (row.formalService ? [row.id] : [])));
  const to = spec.to ?? cal.thisMonth;
  const result: Monitoring[] = [];
  let index = 0;
  for (let month = spec.from; month <= to; month = addMonths(month, 1), index += 1) {
    const offset = (Number(month.slice(0, 4)) - Number(cal.thisMonth.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(cal.thisMonth.slice(5, 7));
    const date = cal.day(offset, spec.day);
    if (!cal.isPast(date) || spec.skip?.includes(month)) continue;
    const online = spec.alternateOnline === true && index % 2 === 1;
    const phone = spec.visitEvery !== undefined && index % spec.visitEvery !== 0;
    result.push({
      id: ids.next('monitoring'),
      date,
      method: online ? 'online' : phone ? 'other' : 'home_visit',
      methodNote: online ? 'テレビ電話（文書同意・担当者会議での合意あり）' : phone ? '電話で本人に確認し、事業所から状況を聴取' : undefined,
      interviewees: spec.interviewees,
      planId: plan.id,
      goalEvaluations: goals.map((goal, goalIndex) => ({
        shortTermGoalId: goal.id,
        achievement: achievementFor(index),
        comment: spec.comments?.[goalIndex]?.[index] ?? genericComments[Math.min(index, genericComments.length - 1)],
      })),
      serviceStatus: '計画どおり提供されている',
      serviceStatuses: insuredLineIds.map((serviceLineId) => ({ serviceLineId, deliveredAsPlanned: true })),
      clientSatisfaction: 'satisfied',
      familySatisfaction: 'satisfied',
      changes: spec.changes?.[index] ?? '大きな変化なし',
      nextAction: 'continue',
      startsPlanRevision: false,
      authorUserId: staff[spec.author].userId,
    });
  }
  const latest = result[result.length - 1];
  if (latest && spec.last) Object.assign(latest, spec.last);
  return result;
}
