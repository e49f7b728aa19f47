import type { IsoDate } from '../dates/iso-date.js';
import type { PlanStatus } from '../domain/plan-lifecycle.schema.js';
import type { CareManagementType } from '../domain/prevention-plan.schema.js';
import type { Severity } from '../policy/policy-pack.schema.js';

/** Who an item is about, so the UI can name and link the client. */
export interface DashboardClientRef {
  clientId: string;
  name: string;
  nameKana: string;
}

/** A run of months, `YYYY-MM` to `YYYY-MM`. */
export interface MonthSpan {
  from: string;
  to: string;
}

/**
 * モニタリング: the period now running has none yet, or earlier periods were missed (the same
 * periods process.monitoring-overdue raises), under the rhythm of the client's pack.
 */
export interface MonitoringDueItem extends DashboardClientRef {
  planKind: 'care_plan' | 'prevention_plan';
  planId: string;
  /** 介護予防ケアマネジメントの類型, when the plan records one. */
  careManagementType?: CareManagementType;
  /** Months per period (居宅 1, 予防 3 unless the pack says otherwise); absent when the plan sets the date (類型B). */
  intervalMonths?: number;
  /** The period now running, when nothing is recorded in it yet. */
  due?: MonthSpan;
  /** 次回モニタリング予定日 of a 類型B plan, when it has come and nothing is recorded since. */
  plannedOn?: IsoDate;
  /** Earlier periods with no monitoring at all, oldest first. */
  missed: MonthSpan[];
  lastMonitoringDate?: IsoDate;
}

/** 認定有効期間の終了が近い (or past without a newer certification). */
export interface CertificationEndingItem extends DashboardClientRef {
  certificationId: string;
  careLevel?: string;
  validTo: IsoDate;
  /** Negative when already ended. */
  daysLeft: number;
  /** How many days ahead the client's pack raises the end (process.certification-expiring daysBefore). */
  windowDays: number;
  /** A renewal or change application is in progress (申請中). */
  renewalApplied: boolean;
  /** Something shows the renewal being prepared (the same signs process.certification-expiring accepts). */
  renewalUnderWay: boolean;
}

/**
 * A plan waiting for the next lifecycle step, or for the サービス担当者会議 that a 更新認定 or
 * 区分変更認定 calls for (13条15号: `renewal_meeting`, as process.meeting-missing asks).
 */
export interface PlanWaitingItem extends DashboardClientRef {
  planKind: 'care_plan' | 'prevention_plan';
  planId: string;
  status: PlanStatus;
  waitingFor: 'meeting' | 'consent' | 'delivery' | 'renewal_meeting';
  planDate?: IsoDate;
  /** The 認定日 of the renewal or change that calls for the meeting (renewal_meeting only). */
  certifiedOn?: IsoDate;
}

/** 再アセスメント: the certification in force is newer than the latest assessment. */
export interface ReassessmentDueItem extends DashboardClientRef {
  certificationId: string;
  reason: 'new' | 'renewal' | 'level_change';
  /** The day the certification process started (申請日, else 認定日 or 有効期間開始). */
  since?: IsoDate;
  lastAssessmentDate?: IsoDate;
}

/** 気づき that the audit currently raises for a client. */
export interface FindingsItem extends DashboardClientRef {
  policyId: string;
  count: number;
  bySeverity: Record<Severity, number>;
  /** The first few messages, most important first. */
  top: { ruleId: string; severity: Severity; message: string }[];
}

/** `GET /api/dashboard`: what is due across the organization's clients today. */
export interface Dashboard {
  asOf: IsoDate;
  monitoringDue: MonitoringDueItem[];
  certificationsEnding: CertificationEndingItem[];
  plansWaiting: PlanWaitingItem[];
  reassessmentsDue: ReassessmentDueItem[];
  findings: FindingsItem[];
  /** Clients whose stored documents could not be read as a case file (left out above). */
  unreadableClients: DashboardClientRef[];
}
