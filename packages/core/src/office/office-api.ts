import type { IsoDate } from '../dates/iso-date.js';
import type { MunicipalNotificationReport } from './municipal-notification.js';
import type { OfficeCaseload } from './caseload.js';
import type { ConcentrationReport } from './concentration.js';
import type { EmergencyEntry } from './emergency-list.js';
import type { BcpReviewDue, NewHireDue, PlannedTrainingDue, QualificationDue, TrainingDue } from './office-due.js';
import type { BcpType } from './office-records.schema.js';
import type { AdditionMonth } from './specific-office-addition.js';

/** What is due in the office's compliance (the start page cards and the section's top). */
export interface OfficeDue {
  asOf: IsoDate;
  trainings: TrainingDue[];
  qualifications: QualificationDue[];
  /** the last completed 判定期間: its 判定書 deadline and whether it must be submitted */
  concentration: { periodStart: IsoDate; periodEnd: IsoDate; deadline: IsoDate; mustSubmit: boolean; reduced: boolean };
  /** BCP kinds without a document, or with sections of the template left empty */
  bcp: { type: BcpType; recordId?: string; missingSections: string[] }[];
  /** 採用時研修 of the staff hired lately */
  newHires: NewHireDue[];
  /** the next 見直し of each BCP */
  bcpReviews: BcpReviewDue[];
  /** each care manager's planned trainings due this month or overdue (研修計画, イ(6)) */
  plannedTrainings: PlannedTrainingDue[];
}

/** `GET /api/office/month?month=YYYY-MM`: caseload and 特定事業所加算 of a month. */
export interface OfficeMonth {
  month: string;
  /** whether the 事業所の体制 record exists (billing type and 常勤 hours default otherwise) */
  profileRecorded: boolean;
  caseload: OfficeCaseload;
  addition: AdditionMonth;
}

/** `GET /api/office/concentration?period=YYYY-MM-DD`: one 判定期間, for the 判定書. */
export interface OfficeConcentration {
  office: { name: string; officeNumber?: string };
  report: ConcentrationReport;
}

/** `GET /api/office/emergency-list`: the 安否確認 list of the office's clients, highest priority first. */
export interface OfficeEmergencyList {
  asOf: IsoDate;
  office: { name: string };
  entries: EmergencyEntry[];
}

/** `GET /api/office/quality-template`: the checklist items of the office's policy pack, for the yearly 質の自己評価. */
export interface OfficeQualityTemplate {
  packId: string;
  items: { itemId: string; checklist: string; text: string }[];
}

/** `GET /api/office/notifications?month=YYYY-MM`: 市町村への届出 (第13条第十八号の二・第十八号の三) of a month. */
export interface OfficeNotifications {
  office: { name: string; officeNumber?: string };
  report: MunicipalNotificationReport;
}
