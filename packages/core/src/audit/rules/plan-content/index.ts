import type { AuditRule } from '../../rule.js';

export const planContentRules: readonly AuditRule[] = [];
