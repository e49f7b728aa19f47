import type { Role } from '@kizuki/core';

/**
 * Roles that may move plans in and out as CSV: the server's caseFileRoles
 * (packages/server/src/services/context.ts), which guard /api/csv/* and csv-export.
 */
const csvRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff', 'insurer_staff', 'admin'];

/** Whether the signed-in user's role may use CSV取り込み and CSV出力. */
export function mayExchangeCsv(role: Role): boolean {
  return csvRoles.includes(role);
}
