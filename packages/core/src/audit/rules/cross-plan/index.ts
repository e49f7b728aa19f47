import type { AuditRule } from '../../rule.js';
import { providerConcentrationRule } from './provider-concentration.rule.js';
import { uniformAcrossClientsRule } from './uniform-across-clients.rule.js';

export const crossPlanRules: readonly AuditRule[] = [uniformAcrossClientsRule, providerConcentrationRule];
