import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import type { Evidence } from '../../finding.js';

/** A field of a 介護予防サービス・支援計画書 (path inside the plan body). */
export function preventionPlanEvidence(plan: PreventionPlan, path: (string | number)[], label: string, value?: string): Evidence {
  return { document: 'prevention_plan', documentId: plan.id, path, label, ...(value !== undefined ? { value } : {}) };
}

/** 1-based label of a 総合的課題 as printed on the 予防計画書: 「介護予防サービス・支援計画書 課題1」. */
export function preventionIssueLabel(issueIndex: number): string {
  return `介護予防サービス・支援計画書 課題${issueIndex + 1}`;
}
