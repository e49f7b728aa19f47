import {
  recordKindRule,
  selectionCriteria,
  type AreaOffice,
  type Grant,
  type InspectionCsvImportAnswer,
  type InspectionPlanReading,
  type InspectionProposals,
  type InspectionSubmitRequest,
  type InspectionSummaryDraftAnswer,
  type OrganizationKind,
  type Role,
  type StoredRecord,
} from '@kizuki/core';
import { apiRequest } from '../api/client.js';

const casePath = (id: string) => `/api/inspection/cases/${encodeURIComponent(id)}`;

/** Whether the user runs 点検 (the insurer's, or a 自己点検 of the own office): the record kind's rule. */
export function mayInspect(role: Role, organizationKind: OrganizationKind): boolean {
  const rule = recordKindRule('inspection_plan');
  return rule.writerRoles.includes(role) && rule.keeperKinds.includes(organizationKind);
}

/** Whether the user answers 点検 addressed to the office (writes `inspection_reply`). */
export function mayReply(role: Role, organizationKind: OrganizationKind): boolean {
  const rule = recordKindRule('inspection_reply');
  return rule.writerRoles.includes(role) && rule.keeperKinds.includes(organizationKind);
}

/** Offices a plan may name: the insurer's area offices, or the own office for a 自己点検. */
export async function fetchInspectableOffices(signal?: AbortSignal): Promise<AreaOffice[]> {
  return (await apiRequest<{ offices: AreaOffice[] }>('/api/inspection/offices', { signal })).offices;
}

export async function fetchProposals(caseId: string, signal?: AbortSignal): Promise<InspectionProposals> {
  return apiRequest<InspectionProposals>(`${casePath(caseId)}/proposals`, { signal });
}

export async function submitInspectionPlan(caseId: string, request: InspectionSubmitRequest): Promise<{ case?: StoredRecord; reply?: StoredRecord; grant?: Grant }> {
  return apiRequest(`${casePath(caseId)}/submit`, { method: 'POST', body: request });
}

export async function fetchPlanReading(caseId: string, which: 'submitted' | 'revised', signal?: AbortSignal): Promise<InspectionPlanReading> {
  return (await apiRequest<{ reading: InspectionPlanReading }>(`${casePath(caseId)}/plan?which=${which}`, { signal })).reading;
}

export async function fetchSummaryDraft(fiscalYear: number, signal?: AbortSignal): Promise<InspectionSummaryDraftAnswer> {
  return apiRequest<InspectionSummaryDraftAnswer>(`/api/inspection/summary-draft?fiscalYear=${fiscalYear}`, { signal });
}

/** Why a plan was picked: a criterion's label, 無作為 (filled at random) or 指定 (chosen by hand). */
export function criterionLabel(key: string): string {
  if (key === 'random') return '無作為';
  if (key === 'chosen') return '指定';
  return (selectionCriteria as Record<string, string>)[key] ?? key;
}

/** Reads an office's CSV ZIP into the case (kept in the 点検 only); several clients answer a list to choose. */
export async function importCaseCsv(caseId: string, file: Blob, insuredNumber?: string): Promise<InspectionCsvImportAnswer> {
  const query = insuredNumber ? `?insuredNumber=${encodeURIComponent(insuredNumber)}` : '';
  return apiRequest<InspectionCsvImportAnswer>(`${casePath(caseId)}/csv${query}`, { method: 'POST', upload: { data: file, contentType: 'application/zip' } });
}
