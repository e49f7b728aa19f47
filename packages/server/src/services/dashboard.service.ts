import {
  addMonths,
  assembleCaseFile,
  auditMany,
  careLevelTable,
  currentCertification,
  daysBetween,
  startOfMonth,
  tokyoDateOf,
  type CaseAuditResult,
  type CaseFile,
  type Certification,
  type IsoDate,
  type PlanStatus,
  type ResolvedPolicyPack,
  type Severity,
} from '@kizuki/core';
import { getPolicyPack } from '../policy/load-packs.js';
import { policiesForInsurerNumbers } from './policy-versions.service.js';
import type { Actor, ServiceDeps } from './context.js';

/** Who an item is about, so the UI can name and link the client. */
export interface DashboardClientRef {
  clientId: string;
  name: string;
  nameKana: string;
}

/** モニタリング未実施: a plan in force and no monitoring in the period. */
export interface MonitoringDueItem extends DashboardClientRef {
  planKind: 'care_plan' | 'prevention_plan';
  planId: string;
  /** 居宅: every month; 予防: at least every 3 months. */
  cadence: 'monthly' | 'quarterly';
  lastMonitoringDate?: IsoDate;
}

/** 認定有効期間の終了が近い (or past without a newer certification). */
export interface CertificationEndingItem extends DashboardClientRef {
  certificationId: string;
  careLevel?: string;
  validTo: IsoDate;
  /** Negative when already ended. */
  daysLeft: number;
  /** A renewal or change application is in progress (申請中). */
  renewalApplied: boolean;
}

/** A plan waiting for the next lifecycle step. */
export interface PlanWaitingItem extends DashboardClientRef {
  planKind: 'care_plan' | 'prevention_plan';
  planId: string;
  status: PlanStatus;
  waitingFor: 'meeting' | 'consent' | 'delivery';
  planDate?: IsoDate;
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

/** 認定有効期間の終了 shown this many days ahead. */
export const certificationWarningDays = 60;

const waitingByStatus: Partial<Record<PlanStatus, PlanWaitingItem['waitingFor']>> = { draft: 'meeting', meeting_held: 'consent', consented: 'delivery' };
const inForce: readonly PlanStatus[] = ['delivered', 'active'];

function refOf(caseFile: CaseFile): DashboardClientRef {
  return { clientId: caseFile.client.id, name: caseFile.client.name, nameKana: caseFile.client.nameKana };
}

const latestDate = (dates: readonly (string | undefined)[]): IsoDate | undefined =>
  dates.filter((d): d is string => d !== undefined).sort().at(-1);

function monitoringDue(caseFile: CaseFile, asOf: IsoDate): MonitoringDueItem[] {
  // 入院・入所中 or ended: no monthly home visit is expected.
  if (caseFile.client.status && caseFile.client.status !== 'active') return [];
  const last = latestDate(caseFile.monitorings.map((m) => m.date).filter((d) => d <= asOf));
  const carePlan = caseFile.carePlans.filter((p) => inForce.includes(p.status)).at(-1);
  if (carePlan) {
    return last !== undefined && last >= startOfMonth(asOf) ? [] : [{ ...refOf(caseFile), planKind: 'care_plan', planId: carePlan.id, cadence: 'monthly', ...(last ? { lastMonitoringDate: last } : {}) }];
  }
  const prevention = caseFile.preventionPlans.filter((p) => inForce.includes(p.status)).at(-1);
  if (prevention) {
    const since = startOfMonth(addMonths(asOf, -2));
    return last !== undefined && last >= since ? [] : [{ ...refOf(caseFile), planKind: 'prevention_plan', planId: prevention.id, cadence: 'quarterly', ...(last ? { lastMonitoringDate: last } : {}) }];
  }
  return [];
}

function certificationEnding(caseFile: CaseFile, asOf: IsoDate): CertificationEndingItem[] {
  if (caseFile.client.status === 'ended') return [];
  const current = currentCertification(caseFile.certifications, asOf);
  if (!current?.validTo) return [];
  const daysLeft = daysBetween(asOf, current.validTo);
  if (daysLeft > certificationWarningDays) return [];
  // A later certification already decided: nothing to do.
  if (caseFile.certifications.some((c) => c.status === 'certified' && c.validFrom !== undefined && c.validFrom > current.validTo!)) return [];
  const renewalApplied = caseFile.certifications.some((c) => c.status === 'applying');
  return [
    {
      ...refOf(caseFile),
      certificationId: current.id,
      ...(current.careLevel ? { careLevel: careLevelTable[current.careLevel].label } : {}),
      validTo: current.validTo,
      daysLeft,
      renewalApplied,
    },
  ];
}

function plansWaiting(caseFile: CaseFile): PlanWaitingItem[] {
  const items: PlanWaitingItem[] = [];
  const add = (planKind: PlanWaitingItem['planKind'], plan: { id: string; status: PlanStatus; planDate?: string | undefined; minorChange?: boolean | undefined }) => {
    let waitingFor = waitingByStatus[plan.status];
    if (!waitingFor) return;
    // 軽微な変更 may go without a meeting.
    if (waitingFor === 'meeting' && plan.minorChange) waitingFor = 'consent';
    items.push({ ...refOf(caseFile), planKind, planId: plan.id, status: plan.status, waitingFor, ...(plan.planDate ? { planDate: plan.planDate } : {}) });
  };
  for (const plan of caseFile.carePlans) add('care_plan', plan);
  for (const plan of caseFile.preventionPlans) add('prevention_plan', plan);
  return items;
}

function certificationStart(cert: Certification): IsoDate | undefined {
  return cert.applicationDate ?? cert.certifiedOn ?? cert.validFrom;
}

function reassessmentDue(caseFile: CaseFile, asOf: IsoDate): ReassessmentDueItem[] {
  if (caseFile.client.status === 'ended') return [];
  const current = currentCertification(caseFile.certifications, asOf);
  if (!current) return [];
  const reason = current.applicationKind ?? 'new';
  const since = certificationStart(current);
  const last = latestDate(caseFile.assessments.map((a) => a.date));
  const covered = last !== undefined && (since === undefined || last >= since);
  if (covered) return [];
  // A first certification is only due when there is no assessment at all.
  if (reason === 'new' && last !== undefined) return [];
  return [{ ...refOf(caseFile), certificationId: current.id, reason, ...(since ? { since } : {}), ...(last ? { lastAssessmentDate: last } : {}) }];
}

function findingsItem(caseFile: CaseFile, policyId: string, result: CaseAuditResult): FindingsItem | undefined {
  if (result.findings.length === 0) return undefined;
  const bySeverity: Record<Severity, number> = { standard: 0, advice: 0, question: 0 };
  for (const finding of result.findings) bySeverity[finding.severity] += 1;
  return {
    ...refOf(caseFile),
    policyId,
    count: result.findings.length,
    bySeverity,
    top: result.findings.slice(0, 3).map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
}

/** A case file with the policy pack id that applies to it (its insurer's). */
export interface DashboardCase {
  caseFile: CaseFile;
  policyId: string;
}

/**
 * What is due across an office's case files on `asOf`: pure, so it is tested without a store.
 * Clients are audited in groups by pack, each group against the others as peers.
 */
export function buildDashboard(cases: readonly DashboardCase[], asOf: IsoDate, packOf: (policyId: string) => ResolvedPolicyPack = getPolicyPack): Omit<Dashboard, 'unreadableClients'> {
  const byPack = new Map<string, DashboardCase[]>();
  for (const item of cases) byPack.set(item.policyId, [...(byPack.get(item.policyId) ?? []), item]);
  const findings: FindingsItem[] = [];
  for (const [policyId, group] of byPack) {
    const files = group.map((g) => g.caseFile);
    const peers = cases.filter((c) => c.policyId !== policyId).map((c) => c.caseFile);
    const report = auditMany(files, packOf(policyId), { asOf, peers });
    report.results.forEach((result, i) => {
      const item = findingsItem(files[i]!, policyId, result);
      if (item) findings.push(item);
    });
  }
  const byKana = <T extends DashboardClientRef>(a: T, b: T) => a.nameKana.localeCompare(b.nameKana, 'ja');
  const all = <T extends DashboardClientRef>(pick: (c: CaseFile) => T[]) => cases.flatMap((c) => pick(c.caseFile));
  return {
    asOf,
    monitoringDue: all((c) => monitoringDue(c, asOf)).sort(byKana),
    certificationsEnding: all((c) => certificationEnding(c, asOf)).sort((a, b) => a.daysLeft - b.daysLeft || byKana(a, b)),
    plansWaiting: all(plansWaiting).sort(byKana),
    reassessmentsDue: all((c) => reassessmentDue(c, asOf)).sort(byKana),
    findings: findings.sort((a, b) => b.bySeverity.standard - a.bySeverity.standard || b.count - a.count || byKana(a, b)),
  };
}

/** The dashboard of the actor's organization for today (Japan), read from the store. The read is logged. */
export async function readDashboard(deps: ServiceDeps, actor: Actor): Promise<Dashboard> {
  const asOf = tokyoDateOf(deps.now());
  const clients = await deps.store.listClients(actor.tenantId);
  // Each insurer's pack as in force (its latest published version, else the bundled pack).
  const packs = await policiesForInsurerNumbers(deps.store, clients.map((c) => c.insurerNumber), actor.organization.policyPackId);
  const packsById = new Map([...packs.values()].map((p) => [p.id, p]));
  const cases: DashboardCase[] = [];
  const unreadableClients: DashboardClientRef[] = [];
  for (const client of clients) {
    try {
      const caseFile = assembleCaseFile(await deps.store.listDocuments(actor.tenantId, client.id));
      cases.push({ caseFile, policyId: packs.get(client.insurerNumber)!.id });
    } catch {
      unreadableClients.push({ clientId: client.id, name: client.name, nameKana: client.nameKana });
    }
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'dashboard.read', at: deps.now().toISOString() });
  return { ...buildDashboard(cases, asOf, (id) => packsById.get(id) ?? getPolicyPack(id)), unreadableClients };
}
