import type { Organization, Role, User } from '@kizuki/core';
import type { Store } from '../store/store.js';

/** Who is acting: every service call that touches tenant data takes one. */
export interface Actor {
  user: User;
  organization: Organization;
  /** the tenant whose data the actor may see: always the actor's own organization */
  tenantId: string;
}

/** What services need from the outside world. */
export interface ServiceDeps {
  store: Store;
  /** current time; replaced in tests */
  now: () => Date;
}

/** Roles that keep case files (care managers and the people who supervise them). */
export const caseFileRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff', 'insurer_staff', 'admin'];

/** Roles that manage accounts of their own organization (core, shared with the web). */
export { accountAdminRoles } from '@kizuki/core';
