import { accountAdminRoles, type Role } from '@kizuki/core';

/** Who reads the organization's access log: the roles that manage its accounts (core `accountAdminRoles`). */
export function mayReadAccessLog(role: Role): boolean {
  return accountAdminRoles.includes(role);
}
