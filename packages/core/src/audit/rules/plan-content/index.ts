import type { AuditRule } from '../../rule.js';
import { familyRoleMissingRule } from './family-role-missing.rule.js';
import { goalIsServiceRule } from './goal-is-service.rule.js';
import { goalVagueRule } from './goal-vague.rule.js';
import { livelihoodReasonMissingRule } from './livelihood-reason-missing.rule.js';
import { medicalServiceWithoutPhysicianRule } from './medical-service-without-physician.rule.js';
import { needNotOwnWordsRule } from './need-not-own-words.rule.js';
import { noInformalSupportRule } from './no-informal-support.rule.js';
import { rehabNotConsideredRule } from './rehab-not-considered.rule.js';
import { shortStayOverHalfRule } from './short-stay-over-half.rule.js';
import { welfareEquipmentReasonMissingRule } from './welfare-equipment-reason-missing.rule.js';

/** Rules about what the plan says: goals, needs, informal support, reasons the standards ask for. */
export const planContentRules: readonly AuditRule[] = [
  noInformalSupportRule,
  goalVagueRule,
  goalIsServiceRule,
  needNotOwnWordsRule,
  livelihoodReasonMissingRule,
  familyRoleMissingRule,
  rehabNotConsideredRule,
  welfareEquipmentReasonMissingRule,
  medicalServiceWithoutPhysicianRule,
  shortStayOverHalfRule,
];
