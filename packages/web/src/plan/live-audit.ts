import { audit, carePlanSchema, type Acknowledgement, type CarePlan, type CaseFile, type Finding, type ResolvedPolicyPack, type Severity } from '@kizuki/core';
import { pathKey, type FieldPath } from './body-path.js';

/** How each severity is shown: 基準 (a standard not met), 助言 (advice), 問いかけ (a question). */
export const severityLabels: Record<Severity, string> = { standard: '基準', advice: '助言', question: '問いかけ' };

/**
 * The case file as it would be with `plan` saved: the plan replaces its stored version (or is
 * added) and every other live plan counts as replaced, so the audit looks at this plan.
 */
export function caseFileWithPlan(caseFile: CaseFile, plan: CarePlan): CaseFile {
  const others = caseFile.carePlans
    .filter((p) => p.id !== plan.id)
    .map((p) => (p.status === 'superseded' ? p : { ...p, status: 'superseded' as const }));
  return { ...caseFile, carePlans: [...others, plan] };
}

/** The edited body as a plan, or undefined while some field cannot be read (a half-typed date). */
export function parsePlanDraft(body: unknown): CarePlan | undefined {
  const parsed = carePlanSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** The 気づき for the plan being edited, under the client's pack, on `asOf`. */
export function auditDraft(caseFile: CaseFile, plan: CarePlan, pack: ResolvedPolicyPack, asOf: string): Finding[] {
  return audit(caseFileWithPlan(caseFile, plan), pack, { asOf }).findings;
}

/** The field of this plan a 気づき is about (its first evidence in the plan), if any. */
export function planFieldPath(finding: Finding, planId: string): FieldPath | undefined {
  const evidence = finding.evidence.find((e) => e.document === 'care_plan' && (e.documentId === undefined || e.documentId === planId));
  return evidence?.path;
}

/** The key an acknowledgement matches a 気づき by: rule and the field it points at. */
export function findingKey(finding: Finding, planId: string): { ruleId: string; evidencePath: string } {
  const path = planFieldPath(finding, planId) ?? finding.evidence[0]?.path ?? [];
  return { ruleId: finding.ruleId, evidencePath: pathKey(path) };
}

export interface AcknowledgedFinding {
  finding: Finding;
  acknowledgement: Acknowledgement;
}

export interface SplitFindings {
  open: Finding[];
  acknowledged: AcknowledgedFinding[];
  /** Acknowledgements whose 気づき no longer appears (the text changed, or the rule no longer applies). */
  resolved: Acknowledgement[];
}

/** Separates 気づき the care manager already acknowledged (same rule, same field) from open ones. */
export function splitFindings(findings: readonly Finding[], acknowledgements: readonly Acknowledgement[], planId: string): SplitFindings {
  const used = new Set<Acknowledgement>();
  const open: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  for (const finding of findings) {
    const key = findingKey(finding, planId);
    const match = acknowledgements.find((a) => a.ruleId === key.ruleId && a.evidencePath === key.evidencePath);
    if (match) {
      used.add(match);
      acknowledged.push({ finding, acknowledgement: match });
    } else {
      open.push(finding);
    }
  }
  return { open, acknowledged, resolved: acknowledgements.filter((a) => !used.has(a)) };
}
