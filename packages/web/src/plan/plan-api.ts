import type { CarePlan, ResolvedPolicyPack } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import { createDocument, fetchDocument, updateDocument, type StoredDocumentView } from '../api/documents.js';
import { supersedePlan } from './lifecycle.js';

const packs = new Map<string, Promise<ResolvedPolicyPack>>();

/** The policy pack of the client's insurer (GET /api/clients/:id/policy), fetched once per client. */
export function fetchClientPolicy(clientId: string): Promise<ResolvedPolicyPack> {
  let pending = packs.get(clientId);
  if (pending === undefined) {
    pending = apiRequest<{ pack: ResolvedPolicyPack }>(`/api/clients/${encodeURIComponent(clientId)}/policy`).then((body) => body.pack);
    // A failure is not cached: the next look at the panel tries again.
    pending.catch(() => packs.delete(clientId));
    packs.set(clientId, pending);
  }
  return pending;
}

/** Stores a new plan (原案) and returns it with the id the server gave it. */
export function createPlan(clientId: string, body: CarePlan): Promise<StoredDocumentView<'care_plan'>> {
  return createDocument(clientId, 'care_plan', body);
}

/**
 * Marks the plan a revision replaced as 変更済 (supersededBy, supersededOn). Reads the latest
 * revision first so a concurrent edit is never overwritten blindly; a 409 still surfaces.
 */
export async function markPlanSuperseded(clientId: string, planId: string, byPlanId: string, on: string): Promise<void> {
  const stored = await fetchDocument<'care_plan'>(clientId, planId);
  if (stored.body.status === 'superseded') return;
  const result = supersedePlan(stored.body, byPlanId, on);
  if (!result.ok) throw new Error(result.message);
  await updateDocument(clientId, planId, stored.revision, result.plan);
}
