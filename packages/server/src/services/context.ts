import type { Organization, User } from '@kizuki/core';
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

/** Roles that keep case files (core, shared with the web's CSV screens). */
export { caseFileRoles } from '@kizuki/core';

/** Roles that manage accounts of their own organization (core, shared with the web). */
export { accountAdminRoles } from '@kizuki/core';
