import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Client } from '../domain/client.schema.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import { carePlanRows, type CsvSenderOffice } from './care-plan-rows.js';
import { preventionRows } from './prevention-rows.js';

const sender: CsvSenderOffice = { officeNumber: '0000000000', serviceType: '43' };
const client: Client = { id: 'x', insurerNumber: '000000', insuredNumber: '0000000000', name: 'x', nameKana: 'エックス', birthDate: '2000-01-01', familyMembers: [] };

/**
 * True when two 居宅サービス計画 say the same in the CSV (第1表・第2表・第3表 rows), whatever else
 * differs (ids, consent, links to meetings): an import uses it to leave a plan untouched when the
 * same files come again.
 */
export function sameCarePlanCsvContent(a: CarePlan, b: CarePlan): boolean {
  const rows = (plan: CarePlan) => {
    const { UP1KYO, UP2KYO, UP3KYO } = carePlanRows(client, plan, undefined, sender, []);
    return JSON.stringify([UP1KYO, UP2KYO, UP3KYO]);
  };
  return rows(a) === rows(b);
}

/** True when two 介護予防サービス・支援計画書 say the same in the CSV (UPYOBO and its 別表). */
export function samePreventionPlanCsvContent(a: PreventionPlan, b: PreventionPlan): boolean {
  const rows = (plan: PreventionPlan) => {
    const { UPYOBO, UPYOBO_SUB } = preventionRows(client, plan, undefined, undefined, []);
    return JSON.stringify([UPYOBO, UPYOBO_SUB]);
  };
  return rows(a) === rows(b);
}
