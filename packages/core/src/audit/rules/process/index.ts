import type { AuditRule } from '../../rule.js';

export const processRules: readonly AuditRule[] = [];
