/**
 * Organization records of the region features (see record-kinds.ts for what a rule says). Each entry
 * is written `kind: { ... } satisfies RecordKindRule<Body>`, like those of record-kinds.ts.
 */
export const regionRecordKinds = {} as const;
