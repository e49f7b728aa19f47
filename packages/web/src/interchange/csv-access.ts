import { caseFileRoles, type Role } from '@kizuki/core';

/** Whether the signed-in user's role may use CSV取り込み and CSV出力 (the roles that guard /api/csv/* and csv-export). */
export function mayExchangeCsv(role: Role): boolean {
  return caseFileRoles.includes(role);
}
