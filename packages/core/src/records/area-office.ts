import type { OrganizationKind } from '../domain/organization.schema.js';

/**
 * An office of an insurer's area as the insurer sees it (`GET /api/area/offices`): registered in
 * Kizuki (with its organization id) because its default insurer is this insurer.
 */
export interface AreaOffice {
  organizationId: string;
  kind: Exclude<OrganizationKind, 'insurer'>;
  name: string;
  officeNumber: string;
}
