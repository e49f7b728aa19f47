import type { CarePlan } from '../domain/care-plan.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Severity } from '../policy/policy-pack.schema.js';
import { knownRuleIds, type RuleId } from '../policy/rule-ids.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { ProviderCorporation } from '../office/provider-shares.js';
import { auditedPlan, currentPreventionPlan, planAssessment, planCertification } from './audit-context.js';
import { compilePolicy, type ActiveRule, type CompiledPolicy } from './compile-policy.js';
import type { AuditReport, AuditSummary, CaseAuditResult, Finding, NotEvaluated } from './finding.js';
import { dataPartLabels, dataParts, type CaseRuleContext, type CohortRuleContext, type DataPart, type Observation } from './rule.js';
import { releaseCaseFileMemos } from './run-memo.js';
import { withNormalizedTextCache } from './text/match-text.js';

export interface AuditOptions {
  /** The day the audit is made for (monitoring due, certification ending …). */
  asOf: IsoDate;
  /** Data the input carries; rules needing anything else are reported as not evaluated. Default: all. */
  available?: readonly DataPart[];
  /** Other clients' case files, for cross-plan rules (画一的なプラン). */
  peers?: readonly CaseFile[];
  /** The office's records of which 法人 runs each provider (特定事業所集中減算 counts by 法人); see {@link CohortRuleContext.providerCorporations}. */
  providerCorporations?: readonly ProviderCorporation[];
}

const severityOrder: Record<Severity, number> = { standard: 0, advice: 1, question: 2 };
const ruleOrder = new Map(knownRuleIds.map((id, i) => [id, i]));

function toFinding(active: ActiveRule, observation: Observation): Finding {
  return { ruleId: active.rule.id, severity: active.severity, message: observation.message, evidence: observation.evidence, citations: active.citations };
}

/** Findings in a stable order: by severity, then rule, then as the rule reported them. */
function sortFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Array.prototype.sort is stable: findings of one rule keep the order the rule reported them in.
  return [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)!);
}

function missingParts(active: ActiveRule, available: ReadonlySet<DataPart>): DataPart[] {
  return active.rule.requires.filter((part) => !available.has(part));
}

function notEvaluatedFor(active: ActiveRule, missing: DataPart[]): NotEvaluated {
  return { ruleId: active.rule.id, reason: `入力に${missing.map((p) => dataPartLabels[p]).join('・')}が含まれないため評価していません` };
}

/** One context per case file, reused by every case rule (each reads it before the next runs). */
function caseContext(caseFile: CaseFile, plan: { plan: CarePlan | undefined; index: number }, policy: CompiledPolicy, asOf: IsoDate, available: ReadonlySet<DataPart>, report: (reason: string) => void): CaseRuleContext<unknown> {
  return {
    has(part) {
      return available.has(part);
    },
    caseFile,
    asOf,
    lexicon: policy.lexicon,
    plan: plan.plan,
    planIndex: plan.index,
    certification: planCertification(caseFile, plan.plan, asOf),
    assessment: planAssessment(caseFile, plan.plan),
    preventionPlan: currentPreventionPlan(caseFile),
    params: undefined,
    notEvaluable: report,
  };
}

function emptyResult(caseFile: CaseFile, plan: CarePlan | undefined): CaseAuditResult {
  const { insurerNumber, insuredNumber, name } = caseFile.client;
  return {
    client: { insurerNumber, insuredNumber, name },
    ...(plan?.planDate !== undefined ? { planDate: plan.planDate } : {}),
    ...(plan !== undefined ? { planId: plan.id } : {}),
    findings: [],
    notEvaluated: [],
  };
}

/**
 * Audits case files against a pack: every case rule on each target, cross-plan rules across
 * targets and peers, office rules over the targets. Pure and deterministic.
 */
function run(targets: readonly CaseFile[], peers: readonly CaseFile[], pack: ResolvedPolicyPack, options: AuditOptions): { results: CaseAuditResult[]; office: Finding[] } {
  return withNormalizedTextCache(() => runRules(targets, peers, pack, options));
}

function runRules(targets: readonly CaseFile[], peers: readonly CaseFile[], pack: ResolvedPolicyPack, options: AuditOptions): { results: CaseAuditResult[]; office: Finding[] } {
  const policy = compilePolicy(pack);
  const available = new Set(options.available ?? dataParts);
  const rules = policy.rules.map((active) => ({ active, missing: missingParts(active, available) }));
  const results: CaseAuditResult[] = [];
  const plans: (CarePlan | undefined)[] = [];
  let current: RuleId | undefined;
  // Each case file goes through every case rule before the next one is read: the facts the rules
  // derive from it are released together (releaseCaseFileMemos), while they are still young.
  for (const caseFile of targets) {
    const audited = auditedPlan(caseFile);
    const result = emptyResult(caseFile, audited.plan);
    results.push(result);
    plans.push(audited.plan);
    const ctx = caseContext(caseFile, audited, policy, options.asOf, available, (reason) => result.notEvaluated.push({ ruleId: current!, reason }));
    for (const { active, missing } of rules) {
      if (missing.length > 0) result.notEvaluated.push(notEvaluatedFor(active, missing));
      else if (active.rule.scope === 'case') {
        current = active.rule.id;
        ctx.params = active.params;
        for (const observation of active.rule.evaluate(ctx)) result.findings.push(toFinding(active, observation));
      }
    }
    releaseCaseFileMemos();
  }
  const all = [...targets, ...peers];
  const office: Finding[] = [];
  let cohort: Omit<CohortRuleContext<unknown>, 'params'> | undefined;
  const cohortContext = (): Omit<CohortRuleContext<unknown>, 'params'> =>
    (cohort ??= {
      caseFiles: all,
      targets: targets.map((_, i) => i),
      asOf: options.asOf,
      lexicon: policy.lexicon,
      plans: [...plans, ...peers.map((p) => auditedPlan(p).plan)],
      providerCorporations: options.providerCorporations,
    });

  for (const { active, missing } of rules) {
    const { rule } = active;
    if (missing.length > 0 || rule.scope === 'case') continue;
    if (rule.scope === 'cohort') {
      for (const observation of rule.evaluate({ ...cohortContext(), params: active.params })) {
        results[observation.caseIndex]?.findings.push(toFinding(active, observation));
      }
    } else if (targets.length > 0) {
      for (const observation of rule.evaluate({ ...cohortContext(), params: active.params })) office.push(toFinding(active, observation));
    }
  }
  for (const result of results) result.findings = sortFindings(result.findings);
  return { results, office: sortFindings(office) };
}

/**
 * The 気づき for one case file under a policy pack. Cross-plan rules compare with
 * `options.peers` when given; office rules are left to {@link auditMany}.
 */
export function audit(caseFile: CaseFile, pack: ResolvedPolicyPack, options: AuditOptions): CaseAuditResult {
  return run([caseFile], options.peers ?? [], pack, options).results[0]!;
}

function summarize(results: readonly CaseAuditResult[], office: readonly Finding[]): AuditSummary {
  const bySeverity: Record<Severity, number> = { standard: 0, advice: 0, question: 0 };
  const byRule: AuditSummary['byRule'] = {};
  const findings = [...results.flatMap((r) => r.findings), ...office];
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  }
  return { caseFiles: results.length, findings: findings.length, bySeverity, byRule };
}

/** Audits many case files together (an office's caseload, an insurer's ケアプラン点検). */
export function auditMany(caseFiles: readonly CaseFile[], pack: ResolvedPolicyPack, options: AuditOptions): AuditReport {
  const { results, office } = run(caseFiles, options.peers ?? [], pack, options);
  return {
    policy: { id: pack.id, version: pack.version, chain: pack.chain },
    asOf: options.asOf,
    results,
    office,
    summary: summarize(results, office),
  };
}
