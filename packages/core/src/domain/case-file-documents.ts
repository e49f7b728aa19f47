import type { DocumentKind } from './document-kind.js';
import { caseFileKeyByKind, caseFileSchema, type CaseFile } from './document-bodies.js';

/** A document of a case file: its kind and its body. */
export interface KindedBody {
  kind: DocumentKind;
  body: unknown;
}

/**
 * Kinds in the order a case file's documents are stored: the client first, plans before the
 * meetings and monitorings that refer to them.
 */
export const caseFileKindOrder: readonly DocumentKind[] = [
  'client',
  'certification',
  'assessment',
  'care_plan',
  'care_team_meeting',
  'support_log_entry',
  'monitoring',
  'basic_checklist',
  'prevention_plan',
  'service_usage',
];

/** Puts a client's current documents together as a case file, validated. Throws when there is no client document. */
export function assembleCaseFile(documents: readonly KindedBody[]): CaseFile {
  const draft: Record<string, unknown> = {};
  for (const kind of caseFileKindOrder) {
    const bodies = documents.filter((d) => d.kind === kind).map((d) => d.body);
    draft[caseFileKeyByKind[kind]] = kind === 'client' ? bodies[0] : bodies;
  }
  return caseFileSchema.parse(draft);
}

/** The documents of a case file, in storing order (the client first). */
export function caseFileDocuments(caseFile: CaseFile): KindedBody[] {
  return caseFileKindOrder.flatMap((kind): KindedBody[] => {
    const part = caseFile[caseFileKeyByKind[kind]];
    return (Array.isArray(part) ? part : [part]).map((body) => ({ kind, body }));
  });
}
