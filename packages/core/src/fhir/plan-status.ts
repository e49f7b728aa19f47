import type { PlanStatus } from '../domain/plan-lifecycle.schema.js';
import type { CarePlanActivityStatus, FhirCarePlan, FhirGoal } from './r4-resources.js';

/**
 * How a Kizuki plan status (原案 → 担当者会議済 → 同意済 → 交付済 → 実施中 → 変更済) reads in
 * FHIR. Until consent the plan is a draft proposal; from delivery it is in force; a superseded
 * plan is `revoked`, which R4 defines as ended early "though it may have been replaced by a new plan".
 */
export const planStatusMapping: Record<
  PlanStatus,
  { carePlan: FhirCarePlan['status']; intent: FhirCarePlan['intent']; goal: FhirGoal['lifecycleStatus']; activity: CarePlanActivityStatus }
> = {
  draft: { carePlan: 'draft', intent: 'proposal', goal: 'proposed', activity: 'not-started' },
  meeting_held: { carePlan: 'draft', intent: 'plan', goal: 'accepted', activity: 'not-started' },
  consented: { carePlan: 'draft', intent: 'plan', goal: 'accepted', activity: 'not-started' },
  delivered: { carePlan: 'active', intent: 'plan', goal: 'active', activity: 'scheduled' },
  active: { carePlan: 'active', intent: 'plan', goal: 'active', activity: 'in-progress' },
  // R4 Goal `completed` is "no longer being sought"; whether it was met is in achievementStatus.
  superseded: { carePlan: 'revoked', intent: 'plan', goal: 'completed', activity: 'stopped' },
};
