import type { AuditRule } from '../../rule.js';
import { goalWithoutShortTermRule } from './goal-without-short-term.rule.js';
import { needWithoutGoalRule } from './need-without-goal.rule.js';
import { overviewMissingRule } from './overview-missing.rule.js';
import { periodOutsideCertificationRule } from './period-outside-certification.rule.js';
import { shortTermExceedsLongTermRule } from './short-term-exceeds-long-term.rule.js';
import { shortTermWithoutServiceRule } from './short-term-without-service.rule.js';

export const planStructureRules: readonly AuditRule[] = [
  overviewMissingRule,
  needWithoutGoalRule,
  goalWithoutShortTermRule,
  shortTermWithoutServiceRule,
  shortTermExceedsLongTermRule,
  periodOutsideCertificationRule,
];
