import { apiRequest } from './client.js';

/** Mirrors packages/server/src/services/dashboard.service.ts (the web package does not import server code). */
export interface DashboardClientRef {
  clientId: string;
  name: string;
  nameKana: string;
}

export type Severity = 'standard' | 'advice' | 'question';

export interface Dashboard {
  asOf: string;
  monitoringDue: (DashboardClientRef & { planKind: 'care_plan' | 'prevention_plan'; planId: string; cadence: 'monthly' | 'quarterly'; lastMonitoringDate?: string })[];
  certificationsEnding: (DashboardClientRef & { certificationId: string; careLevel?: string; validTo: string; daysLeft: number; renewalApplied: boolean })[];
  plansWaiting: (DashboardClientRef & { planKind: 'care_plan' | 'prevention_plan'; planId: string; status: string; waitingFor: 'meeting' | 'consent' | 'delivery'; planDate?: string })[];
  reassessmentsDue: (DashboardClientRef & { certificationId: string; reason: 'new' | 'renewal' | 'level_change'; since?: string; lastAssessmentDate?: string })[];
  findings: (DashboardClientRef & { policyId: string; count: number; bySeverity: Record<Severity, number>; top: { ruleId: string; severity: Severity; message: string }[] })[];
  unreadableClients: DashboardClientRef[];
}

export async function fetchDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest<Dashboard>('/api/dashboard', { signal });
}
