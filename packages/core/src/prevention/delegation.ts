import { z } from 'zod';
import { freeText, requiredDate, requiredText } from '../domain/common.schema.js';
import type { GrantClient } from '../domain/grant.schema.js';
import type { CareManagementType, PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { Monitoring } from '../domain/monitoring.schema.js';

/**
 * 委託 (介護予防支援の委託): the 地域包括支援センター delegates a client's plan to a 居宅介護支援事業所
 * through a `delegated_prevention` grant. The office writes the plan; the center records its
 * 確認 (確認日・確認者・意見) on the plan, bound to the revision it read.
 */
export const delegationStatuses = ['no_plan', 'awaiting_confirmation', 'confirmed'] as const;
export type DelegationStatus = (typeof delegationStatuses)[number];
export const delegationStatusLabels: Record<DelegationStatus, string> = {
  no_plan: '計画未作成',
  awaiting_confirmation: '確認待ち',
  confirmed: '確認済み',
};

/** Where a delegated plan stands: confirmed only when the confirmation is on its current revision. */
export function delegationStatus(plan: { body: Pick<PreventionPlan, 'centerConfirmedRevision'>; revision: number } | undefined): DelegationStatus {
  if (plan === undefined) return 'no_plan';
  return plan.body.centerConfirmedRevision === plan.revision ? 'confirmed' : 'awaiting_confirmation';
}

/** The fields of the 地域包括支援センター確認欄, which only the delegating center writes. */
export const centerConfirmationFields = ['centerOpinion', 'centerConfirmedOn', 'centerConfirmedBy', 'centerConfirmedRevision'] as const satisfies readonly (keyof PreventionPlan)[];

/** True when two plan bodies differ in the 確認欄. */
export function confirmationChanged(before: Partial<PreventionPlan>, after: Partial<PreventionPlan>): boolean {
  return centerConfirmationFields.some((field) => (before[field] ?? undefined) !== (after[field] ?? undefined));
}

/** Body of `POST /api/prevention/plans/:documentId/confirmation`. */
export const preventionConfirmationRequestSchema = z.object({
  /** The revision the center reviewed; a newer one makes the request a conflict. */
  planRevision: z.number({ error: '確認した計画の版番号（planRevision）を数値で指定してください' }).int({ error: '版番号は整数で指定してください' }).positive({ error: '版番号は1以上で指定してください' }),
  confirmedOn: requiredDate('確認日'),
  confirmedBy: requiredText('確認者', 100),
  opinion: freeText(2000),
});
export type PreventionConfirmationRequest = z.infer<typeof preventionConfirmationRequestSchema>;

/** Body of `PUT /api/prevention/delegated/:grantId/clients/:clientId/plan` (the office's save). */
export const delegatedPlanSaveRequestSchema = z.object({
  /** The revision edited; omitted when the office writes the client's first plan. */
  baseRevision: z.number({ error: '版番号（baseRevision）は数値で指定してください' }).int({ error: '版番号は整数で指定してください' }).positive({ error: '版番号は1以上で指定してください' }).optional(),
  plan: z.record(z.string(), z.unknown(), { error: '計画（plan）をオブジェクトで指定してください' }),
});
export type DelegatedPlanSaveRequest = z.infer<typeof delegatedPlanSaveRequestSchema>;

/** Body of `POST /api/prevention/delegated/:grantId/clients/:clientId/monitorings` (the office records a モニタリング). */
export const delegatedMonitoringRequestSchema = z.object({
  monitoring: z.record(z.string(), z.unknown(), { error: 'モニタリング（monitoring）をオブジェクトで指定してください' }),
});
export type DelegatedMonitoringRequest = z.infer<typeof delegatedMonitoringRequestSchema>;

/** A document revision as the delegation screens show it. */
export interface DelegatedDocument<T> {
  id: string;
  revision: number;
  savedAt: string;
  body: T;
}

/** One delegated client as the center sees it on 委託状況. */
export interface DelegatedCase {
  grantId: string;
  clientId: string;
  clientName: string;
  officeId: string;
  officeName: string;
  /** last day (Japan) of the delegation grant */
  validUntil: string;
  status: DelegationStatus;
  planId?: string;
  planRevision?: number;
  planDate?: string;
  careManagementType?: CareManagementType;
  careManagerName?: string;
  confirmedOn?: string;
  confirmedBy?: string;
  lastMonitoringOn?: string;
  /** the audit's process.monitoring-overdue finds a missing monitoring */
  monitoringOverdue: boolean;
}

/** Counts per delegated office (委託状況). */
export interface DelegationOfficeSummary {
  officeId: string;
  officeName: string;
  activeCases: number;
  awaitingConfirmation: number;
  confirmed: number;
  monitoringOverdue: number;
}

/** Answer of `GET /api/prevention/delegations`. */
export interface DelegationOverview {
  asOf: string;
  offices: DelegationOfficeSummary[];
  cases: DelegatedCase[];
}

/** Counts delegated cases per office, offices in name order. */
export function summarizeDelegations(cases: readonly DelegatedCase[]): DelegationOfficeSummary[] {
  const byOffice = new Map<string, DelegationOfficeSummary>();
  for (const c of cases) {
    const s = byOffice.get(c.officeId) ?? { officeId: c.officeId, officeName: c.officeName, activeCases: 0, awaitingConfirmation: 0, confirmed: 0, monitoringOverdue: 0 };
    s.activeCases += 1;
    if (c.status === 'awaiting_confirmation') s.awaitingConfirmation += 1;
    if (c.status === 'confirmed') s.confirmed += 1;
    if (c.monitoringOverdue) s.monitoringOverdue += 1;
    byOffice.set(c.officeId, s);
  }
  return [...byOffice.values()].sort((a, b) => a.officeName.localeCompare(b.officeName, 'ja'));
}

/** One delegation the office received (`GET /api/prevention/delegated`). */
export interface ReceivedDelegation {
  grantId: string;
  clientId: string;
  client?: GrantClient;
  centerId: string;
  centerName: string;
  validUntil: string;
  status: DelegationStatus;
}

/** The delegated client's plan and monitoring for the office (`GET …/delegated/:grantId/clients/:clientId`). */
export interface DelegatedClientFile {
  delegation: ReceivedDelegation;
  plan?: DelegatedDocument<PreventionPlan>;
  monitorings: DelegatedDocument<Monitoring>[];
}
