import { addMonths, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { StaffEntry } from './caseload.js';
import { trainingTopics, yearlyTrainingSource, type TrainingTopic } from './office-rules.js';
import type { TrainingRecord } from './office-records.schema.js';

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
export function trainingDue(records: readonly TrainingRecord[], asOf: IsoDate): TrainingDue[] {
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
