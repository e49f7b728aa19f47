import type { AuditRule } from '../../rule.js';
import { notAtHomeRule } from './not-at-home.rule.js';

export const assessmentRules: readonly AuditRule[] = [notAtHomeRule];
