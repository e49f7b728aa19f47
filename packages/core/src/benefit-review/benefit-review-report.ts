import { benefitCheckIds, type BenefitCheckId, type BenefitReview, type BenefitThresholds } from './benefit-review.js';

/** Where a reviewed plan can be opened: the office's own case file, or the documents a grant shares. */
export type BenefitReviewSource =
  | { kind: 'client'; clientId: string }
  /** documents of the client shared with the insurer through a live grant (kind → document id) */
  | { kind: 'shared'; grantId: string; documents: { kind: string; id: string }[] };

/** One client's plan under review. */
export interface BenefitReviewPlan {
  source: BenefitReviewSource;
  /** the client's name (the office's own, or as the grant names it) */
  label: string;
  officeName: string;
  planDate?: string;
  review: BenefitReview;
}

/** `GET /api/benefit-review`. */
export interface BenefitReviewReport {
  asOf: string;
  scope: 'office' | 'insurer';
  thresholds: BenefitThresholds;
  plans: BenefitReviewPlan[];
}

/** Per check: plans with a finding, and plans it could not be made on. */
export interface BenefitCheckTally {
  check: BenefitCheckId;
  plansWithFinding: number;
  findings: number;
  plansNotChecked: number;
}

/** The table at the top of the review screen. */
export function tallyBenefitReview(plans: readonly BenefitReviewPlan[]): BenefitCheckTally[] {
  return benefitCheckIds.map((check) => ({
    check,
    plansWithFinding: plans.filter((p) => p.review.findings.some((f) => f.check === check)).length,
    findings: plans.reduce((sum, p) => sum + p.review.findings.filter((f) => f.check === check).length, 0),
    plansNotChecked: plans.filter((p) => p.review.notChecked.some((n) => n.check === check)).length,
  }));
}
