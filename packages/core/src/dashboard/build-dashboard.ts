import { auditMany } from '../audit/audit.js';
import type { CaseAuditResult } from '../audit/finding.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { Severity } from '../policy/policy-pack.schema.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { Dashboard, DashboardClientRef, FindingsItem } from './dashboard-api.js';
import { certificationEndingItems, dashboardClientRef, dueRhythmOf, monitoringDueItems, planWaitingItems, reassessmentDueItems } from './due-items.js';

/** A case file with the id of the policy pack that applies to it (its insurer's). */
export interface DashboardCase {
  caseFile: CaseFile;
  policyId: string;
}

function findingsItem(caseFile: CaseFile, policyId: string, result: CaseAuditResult): FindingsItem | undefined {
  if (result.findings.length === 0) return undefined;
  const bySeverity: Record<Severity, number> = { standard: 0, advice: 0, question: 0 };
  for (const finding of result.findings) bySeverity[finding.severity] += 1;
  return {
    ...dashboardClientRef(caseFile),
    policyId,
    count: result.findings.length,
    bySeverity,
    top: result.findings.slice(0, 3).map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
}

/**
 * What is due across an office's case files on `asOf`, each client under its own pack: the due
 * items follow the params of the audit rules that check the same things, so a pack with another
 * rhythm moves the dashboard and the 気づき together. Clients are audited in groups by pack, each
 * group against the others as peers.
 */
export function buildDashboard(cases: readonly DashboardCase[], asOf: IsoDate, packOf: (policyId: string) => ResolvedPolicyPack): Omit<Dashboard, 'unreadableClients'> {
  const byPack = new Map<string, DashboardCase[]>();
  for (const item of cases) byPack.set(item.policyId, [...(byPack.get(item.policyId) ?? []), item]);
  const findings: FindingsItem[] = [];
  const rhythms = new Map<string, ReturnType<typeof dueRhythmOf>>();
  for (const [policyId, group] of byPack) {
    const pack = packOf(policyId);
    rhythms.set(policyId, dueRhythmOf(pack));
    const files = group.map((g) => g.caseFile);
    const peers = cases.filter((c) => c.policyId !== policyId).map((c) => c.caseFile);
    const report = auditMany(files, pack, { asOf, peers });
    report.results.forEach((result, i) => {
      const item = findingsItem(files[i]!, policyId, result);
      if (item) findings.push(item);
    });
  }
  const byKana = <T extends DashboardClientRef>(a: T, b: T) => a.nameKana.localeCompare(b.nameKana, 'ja');
  const all = <T extends DashboardClientRef>(pick: (c: CaseFile, rhythm: ReturnType<typeof dueRhythmOf>) => T[]) => cases.flatMap((c) => pick(c.caseFile, rhythms.get(c.policyId)!));
  return {
    asOf,
    monitoringDue: all((c, r) => monitoringDueItems(c, asOf, r)).sort(byKana),
    certificationsEnding: all((c, r) => certificationEndingItems(c, asOf, r)).sort((a, b) => a.daysLeft - b.daysLeft || byKana(a, b)),
    plansWaiting: all((c, r) => planWaitingItems(c, asOf, r)).sort(byKana),
    reassessmentsDue: all((c) => reassessmentDueItems(c, asOf)).sort(byKana),
    findings: findings.sort((a, b) => b.bySeverity.standard - a.bySeverity.standard || b.count - a.count || byKana(a, b)),
  };
}
