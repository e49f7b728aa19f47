import type { RecordKind, StoredRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';

/**
 * Checks of a record body beyond its schema that need the store or other records (the pack YAML
 * parses, a reply answers a case addressed to the office, …). Each throws a KizukiError.
 * `previous` is the current revision on a save, undefined on creation.
 */
export type RecordCheck = (deps: ServiceDeps, actor: Actor, body: unknown, previous: StoredRecord | undefined) => Promise<void>;

export const recordChecks: Partial<Record<RecordKind, RecordCheck>> = {};
