import type { AuditRule } from '../../rule.js';

export const crossPlanRules: readonly AuditRule[] = [];
