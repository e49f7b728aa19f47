import { addDays, addMonths, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { StaffEntry } from './caseload.js';
import { bcpReviewMonths, newHireTrainingRule, trainingTopics, yearlyTrainingSource, type TrainingTopic } from './office-rules.js';
import type { BcpDocument, BcpType, OfficeActivity, TrainingRecord } from './office-records.schema.js';
import { plansForFiscalYear, trainingPlanCompletion, type TrainingPlanInput } from './training-plan.js';

/** 介護支援専門員証 and 主任 renewals are warned this many days ahead (Kizuki's setting: the renewal 研修 takes months). */
export const qualificationWarningDays = { card: 180, chief: 365 } as const;

export interface TrainingDue {
  topic: TrainingTopic;
  label: string;
  lastDate?: IsoDate;
  /** the day by which the next one is due (a year after the last; today when there was none) */
  dueOn: IsoDate;
  overdue: boolean;
}

/** For each yearly training or drill: when it was last held and when the next one is due. */
export function trainingDue(records: readonly Pick<TrainingRecord, 'topic' | 'date'>[], asOf: IsoDate): TrainingDue[] {
  return (Object.keys(trainingTopics) as TrainingTopic[])
    .filter((topic) => trainingTopics[topic].yearly)
    .map((topic) => {
      const last = records
        .filter((r) => r.topic === topic && r.date <= asOf)
        .map((r) => r.date)
        .sort()
        .at(-1);
      const dueOn = last === undefined ? asOf : addMonths(last, yearlyTrainingSource.value);
      return { topic, label: trainingTopics[topic].label, ...(last ? { lastDate: last } : {}), dueOn, overdue: last === undefined || dueOn < asOf };
    });
}

export interface QualificationDue {
  staffId: string;
  name: string;
  what: 'card' | 'chief';
  validUntil: IsoDate;
  /** negative when lapsed */
  daysLeft: number;
}

/** 介護支援専門員証 and 主任介護支援専門員 renewals lapsing soon or lapsed, for staff still employed. */
export function qualificationsDue(staff: readonly StaffEntry[], asOf: IsoDate): QualificationDue[] {
  const items: QualificationDue[] = [];
  for (const { id, body } of staff) {
    if (body.leftOn !== undefined && body.leftOn < asOf) continue;
    const check = (what: 'card' | 'chief', validUntil: IsoDate | undefined) => {
      if (validUntil === undefined) return;
      const daysLeft = daysBetween(asOf, validUntil);
      if (daysLeft <= qualificationWarningDays[what]) items.push({ staffId: id, name: body.name, what, validUntil, daysLeft });
    };
    check('card', body.cardValidUntil);
    if (body.qualification === 'chief_care_manager') check('chief', body.chiefValidUntil);
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft);
}

export interface NewHireDue {
  staffId: string;
  name: string;
  hiredOn: IsoDate;
  /** 採用日 + the days of `newHireTrainingRule` */
  dueOn: IsoDate;
  /** the 採用時研修 that names this staff member, if any */
  doneOn?: IsoDate;
  overdue: boolean;
}

/**
 * 採用時研修 per staff member hired in the last `trackedMonths` (and still employed): due
 * `dueDaysAfterHire` days after the 採用日, done by a 新規採用時の研修 record naming them.
 */
export function newHireDue(staff: readonly StaffEntry[], records: readonly Pick<TrainingRecord, 'topic' | 'date' | 'staffIds'>[], asOf: IsoDate): NewHireDue[] {
  const { dueDaysAfterHire, trackedMonths } = newHireTrainingRule.value;
  const since = addMonths(asOf, -trackedMonths);
  return staff
    .filter(({ body }) => body.hiredOn >= since && body.hiredOn <= asOf && (body.leftOn === undefined || body.leftOn >= asOf))
    .map(({ id, body }): NewHireDue => {
      const dueOn = addDays(body.hiredOn, dueDaysAfterHire);
      const doneOn = records
        .filter((r) => r.topic === 'new_hire' && r.staffIds.includes(id) && r.date >= body.hiredOn)
        .map((r) => r.date)
        .sort()[0];
      return { staffId: id, name: body.name, hiredOn: body.hiredOn, dueOn, ...(doneOn ? { doneOn } : {}), overdue: doneOn === undefined && dueOn < asOf };
    })
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

export interface BcpReviewDue {
  type: BcpType;
  recordId: string;
  /** the last review recorded in the document, else when the document was created */
  lastOn: IsoDate;
  reviewed: boolean;
  dueOn: IsoDate;
  overdue: boolean;
}

/** BCP の見直し: each document's next review, `bcpReviewMonths` after the last (or after it was written). */
export function bcpReviewDue(documents: readonly { id: string; createdOn: IsoDate; body: Pick<BcpDocument, 'type' | 'reviewedOn'> }[], asOf: IsoDate): BcpReviewDue[] {
  return documents.map(({ id, createdOn, body }) => {
    const lastOn = body.reviewedOn ?? createdOn;
    const dueOn = addMonths(lastOn, bcpReviewMonths.value);
    return { type: body.type, recordId: id, lastOn, reviewed: body.reviewedOn !== undefined, dueOn, overdue: dueOn < asOf };
  });
}

/** A planned training of a care manager's yearly plan that is due this month or overdue. */
export interface PlannedTrainingDue {
  staffId: string;
  name: string;
  topic: TrainingTopic;
  title: string;
  plannedMonth: string;
  overdue: boolean;
  /** overdue long enough that イ(6) fails (see `trainingPlanRules`) */
  failing: boolean;
}

/**
 * 研修計画の期限: per care manager, the planned trainings of the 年度 whose month passed without a
 * record naming them, and the next one planned for this month.
 */
export function plannedTrainingsDue(staff: readonly StaffEntry[], activities: readonly OfficeActivity[], trainings: TrainingPlanInput['trainings'], asOf: IsoDate): PlannedTrainingDue[] {
  const month = asOf.slice(0, 7);
  return trainingPlanCompletion({ month, staff, plans: plansForFiscalYear(activities, month), trainings }).flatMap((c) => {
    const overdue = c.items.filter((i) => i.status === 'overdue');
    const next = c.items.find((i) => i.status === 'due');
    return [...overdue, ...(next ? [next] : [])].map((i) => ({ staffId: c.staffId, name: c.name, topic: i.topic, title: i.title, plannedMonth: i.plannedMonth, overdue: i.status === 'overdue', failing: i.failing === true }));
  });
}
