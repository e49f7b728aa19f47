import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Client } from '../domain/client.schema.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import { carePlanRows, type CsvSenderOffice } from './care-plan-rows.js';
import type { CsvValues } from './csv-file-writer.js';
import { toMs932Text } from './ms932-convert.js';
import { preventionRows } from './prevention-rows.js';

const sender: CsvSenderOffice = { officeNumber: '0000000000', serviceType: '43' };
const client: Client = { id: 'x', insurerNumber: '000000', insuredNumber: '0000000000', name: 'x', nameKana: 'エックス', birthDate: '2000-01-01', familyMembers: [] };

/** Rows as the file holds them: every value as written in MS932 (〜 and ～ are the same there). */
function asWritten(files: ReadonlyArray<readonly CsvValues[]>): string {
  return JSON.stringify(files.map((rows) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === undefined ? v : toMs932Text(v).text])))));
}

/**
 * True when two 居宅サービス計画 say the same in the CSV (第1表・第2表・第3表 rows as written in
 * MS932, so a plan read back from its own export is the same plan), whatever else
 * differs (ids, consent, links to meetings): an import uses it to leave a plan untouched when the
 * same files come again.
 */
export function sameCarePlanCsvContent(a: CarePlan, b: CarePlan): boolean {
  const rows = (plan: CarePlan) => {
    const { UP1KYO, UP2KYO, UP3KYO } = carePlanRows(client, plan, undefined, sender, []);
    return asWritten([UP1KYO, UP2KYO, UP3KYO]);
  };
  return rows(a) === rows(b);
}

/** True when two 介護予防サービス・支援計画書 say the same in the CSV (UPYOBO and its 別表). */
export function samePreventionPlanCsvContent(a: PreventionPlan, b: PreventionPlan): boolean {
  const rows = (plan: PreventionPlan) => {
    const { UPYOBO, UPYOBO_SUB } = preventionRows(client, plan, undefined, undefined, []);
    return asWritten([UPYOBO, UPYOBO_SUB]);
  };
  return rows(a) === rows(b);
}

/**
 * `imported` with every text that equals `current`'s text as written in MS932 put back to the
 * current spelling: a CSV cannot hold 𠮷 or 〜, so reading back a client or plan exported from
 * Kizuki must not replace 𠮷田 with 吉田. Objects and arrays are walked in step (arrays by index).
 */
export function keepOriginalSpelling<T>(current: unknown, imported: T): T {
  if (typeof imported === 'string') return (typeof current === 'string' && current !== imported && toMs932Text(current).text === imported ? current : imported) as T;
  if (Array.isArray(imported)) {
    const before: readonly unknown[] = Array.isArray(current) ? current : [];
    return (imported as readonly unknown[]).map((item, i) => keepOriginalSpelling(before[i], item)) as T;
  }
  if (imported !== null && typeof imported === 'object') {
    const base = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(imported).map(([k, v]) => [k, keepOriginalSpelling(base[k], v)])) as T;
  }
  return imported;
}
