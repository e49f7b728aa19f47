import type { AuditRule } from '../rule.js';
import { assessmentRules } from './assessment/index.js';
import { planStructureRules } from './plan-structure/index.js';
import { planContentRules } from './plan-content/index.js';
import { processRules } from './process/index.js';
import { crossPlanRules } from './cross-plan/index.js';

/** Every audit rule Kizuki implements (one per id in ruleTitles). */
export const auditRules: readonly AuditRule[] = [...assessmentRules, ...planStructureRules, ...planContentRules, ...processRules, ...crossPlanRules];
