import type { AuditRule } from '../../rule.js';
import { certificationExpiringRule } from './certification-expiring.rule.js';
import { consentMissingRule } from './consent-missing.rule.js';
import { deliveryMissingRule } from './delivery-missing.rule.js';
import { meetingMissingRule } from './meeting-missing.rule.js';
import { monitoringOverdueRule } from './monitoring-overdue.rule.js';
import { preventionTypeMismatchRule } from './prevention-type-mismatch.rule.js';
import { servicePlansNotRequestedRule } from './service-plans-not-requested.rule.js';

export const processRules: readonly AuditRule[] = [
  meetingMissingRule,
  consentMissingRule,
  deliveryMissingRule,
  monitoringOverdueRule,
  certificationExpiringRule,
  servicePlansNotRequestedRule,
  preventionTypeMismatchRule,
];
