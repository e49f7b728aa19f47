import type { Organization } from '@kizuki/core';
import type { RecordReader } from '../store/store.js';
import type { Actor } from './context.js';

/**
 * Who reads organization records: the acting organization and its insurer area. Kept apart from
 * record.service.ts so that the record checks, which record.service.ts runs, can read records
 * without importing it back (an import cycle).
 */

/** The insurer area an organization belongs to: its own 保険者番号, or the default insurer of an office. */
export function areaOf(organization: Organization): string | undefined {
  return organization.kind === 'insurer' ? organization.insurerNumber : organization.defaultInsurerNumber;
}

export function readerOf(actor: Actor): RecordReader {
  const area = areaOf(actor.organization);
  return area === undefined ? { tenantId: actor.tenantId } : { tenantId: actor.tenantId, areaInsurerNumber: area };
}
