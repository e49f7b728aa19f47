import type { AuditRule } from '../../rule.js';

export const planStructureRules: readonly AuditRule[] = [];
