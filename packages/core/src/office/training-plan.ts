import { addMonths, type IsoDate } from '../dates/iso-date.js';
import { warekiMonth } from '../usage/month-calendar.js';
import { employedThroughMonth, isCareManager, monthBounds, type StaffEntry } from './caseload.js';
import { fiscalYearBounds, fiscalYearOfMonth, monthsFrom } from './fiscal-year.js';
import type { OfficeActivity, TrainingRecord } from './office-records.schema.js';
import { trainingPlanRules, type TrainingTopic } from './office-rules.js';

/**
 * The training plans that count for the 年度 of a month: made from February before the 年度 (the
 * plan is due before the 年度 starts) up to the month's end or the 年度's end, whichever is first.
 */
export function plansForFiscalYear(activities: readonly OfficeActivity[], month: string): OfficeActivity[] {
  const { start, end } = fiscalYearBounds(fiscalYearOfMonth(month));
  const monthEnd = monthBounds(month).end;
  const until = monthEnd < end ? monthEnd : end;
  return activities.filter((a) => a.type === 'training_plan' && a.date >= addMonths(start, -2) && a.date <= until);
}

/** 済み (a record names the care manager), 遅れ (planned month passed), 今月 (planned this month), 予定 (later). */
export type PlannedTrainingStatus = 'done' | 'overdue' | 'due' | 'upcoming';

/** One planned training of one care manager, and whether a training record carries it out. */
export interface PlannedTraining {
  topic: TrainingTopic;
  title: string;
  plannedMonth: string;
  status: PlannedTrainingStatus;
  /** the training record that carries it out */
  recordId?: string;
  doneOn?: IsoDate;
  /** months past the planned month at the end of the judged month (overdue items) */
  monthsLate?: number;
  /** overdue by more than `trainingPlanRules.overdueGraceMonths`: イ(6) fails */
  failing?: boolean;
}

/** 研修計画の実施状況: one care manager's planned trainings of the 年度, as of the end of the judged month. */
export interface TrainingPlanCompletion {
  staffId: string;
  name: string;
  /** whether a plan of the 年度 names this care manager */
  planned: boolean;
  items: PlannedTraining[];
  done: number;
  overdue: number;
  /** planned for the judged month or later, not yet done */
  toCome: number;
  /** what to do, one sentence each (empty when nothing is late or missing) */
  todo: string[];
}

export interface TrainingPlanInput {
  month: string;
  staff: readonly StaffEntry[];
  /** the plans of the 年度 (see {@link plansForFiscalYear}) */
  plans: readonly OfficeActivity[];
  trainings: readonly { id: string; body: Pick<TrainingRecord, 'topic' | 'title' | 'date' | 'staffIds'> }[];
}

const normalized = (title: string) => title.normalize('NFKC').replace(/\s/gu, '');

/** Matched by title, or by kind unless the kind is 「その他」 (which says nothing of the training). */
function matchesBy(pass: 'title' | 'kind', item: { topic: TrainingTopic; title: string }, record: { topic: TrainingTopic; title: string }): boolean {
  return pass === 'title' ? normalized(item.title) === normalized(record.title) : item.topic !== 'other' && item.topic === record.topic;
}

/**
 * Compares each care manager's planned trainings with the training records naming them
 * (`staffIds`), dated within the 年度 and by the end of the month. A record carries out one planned
 * item: same title first, then same kind, earliest record first. Care managers are those on the
 * staff for the whole month (as イ(6) counts them), so one who left is no longer listed; items
 * planned before a care manager's hiring month are left out.
 */
export function trainingPlanCompletion(input: TrainingPlanInput): TrainingPlanCompletion[] {
  const { month, staff, plans, trainings } = input;
  const fy = fiscalYearOfMonth(month);
  const { start: fyStart, end: fyEnd } = fiscalYearBounds(fy);
  const monthEnd = monthBounds(month).end;
  const until = monthEnd < fyEnd ? monthEnd : fyEnd;
  const grace = trainingPlanRules.overdueGraceMonths.value;
  return staff
    .filter((s) => isCareManager(s.body) && employedThroughMonth(s.body, month))
    .map(({ id, body }): TrainingPlanCompletion => {
      const own = plans.filter((p) => p.staffIds.includes(id));
      const hiredMonth = body.hiredOn.slice(0, 7);
      const planned = own
        .flatMap((p) => p.plannedItems ?? [])
        .filter((item) => (item.staffIds.length === 0 || item.staffIds.includes(id)) && fiscalYearOfMonth(item.plannedMonth) === fy && item.plannedMonth >= hiredMonth)
        .sort((a, b) => (a.plannedMonth < b.plannedMonth ? -1 : a.plannedMonth > b.plannedMonth ? 1 : 0));
      const records = trainings.filter((t) => t.body.staffIds.includes(id) && t.body.date >= fyStart && t.body.date <= until).sort((a, b) => (a.body.date < b.body.date ? -1 : a.body.date > b.body.date ? 1 : 0));
      const used = new Set<string>();
      const matched = new Map<number, (typeof records)[number]>();
      for (const pass of ['title', 'kind'] as const) {
        planned.forEach((item, i) => {
          if (matched.has(i)) return;
          const record = records.find((r) => !used.has(r.id) && matchesBy(pass, item, r.body));
          if (!record) return;
          used.add(record.id);
          matched.set(i, record);
        });
      }
      const items = planned.map((item, i): PlannedTraining => {
        const base = { topic: item.topic, title: item.title, plannedMonth: item.plannedMonth };
        const record = matched.get(i);
        if (record) return { ...base, status: 'done', recordId: record.id, doneOn: record.body.date };
        const late = monthsFrom(item.plannedMonth, month);
        if (late > 0) return { ...base, status: 'overdue', monthsLate: late, failing: late > grace };
        return { ...base, status: late === 0 ? 'due' : 'upcoming' };
      });
      const todo = own.length === 0 ? [`${body.name}さんが${fy}年度の研修計画の対象者に含まれていません。`] : planned.length === 0 ? [`${body.name}さんの研修計画に予定の研修（種類・研修名・実施予定月）が記録されていません。`] : [];
      for (const item of items) {
        if (item.status === 'overdue') todo.push(`${body.name}さんの『${item.title}』（${warekiMonth(item.plannedMonth)}予定）の記録がありません。`);
        if (item.status === 'due') todo.push(`${body.name}さんの『${item.title}』は今月（${warekiMonth(item.plannedMonth)}）の予定です。`);
      }
      const count = (...statuses: PlannedTrainingStatus[]) => items.filter((item) => statuses.includes(item.status)).length;
      return { staffId: id, name: body.name, planned: own.length > 0, items, done: count('done'), overdue: count('overdue'), toCome: count('due', 'upcoming'), todo };
    });
}
