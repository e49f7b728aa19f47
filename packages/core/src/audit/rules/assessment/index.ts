import type { AuditRule } from '../../rule.js';
import { dependencyDetailMissingRule } from './dependency-detail-missing.rule.js';
import { itemsIncompleteRule } from './items-incomplete.rule.js';
import { lifeHistoryMissingRule } from './life-history-missing.rule.js';
import { medicalInfoMissingRule } from './medical-info-missing.rule.js';
import { notAtHomeRule } from './not-at-home.rule.js';

export const assessmentRules: readonly AuditRule[] = [itemsIncompleteRule, notAtHomeRule, dependencyDetailMissingRule, medicalInfoMissingRule, lifeHistoryMissingRule];
