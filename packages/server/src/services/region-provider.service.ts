import { isGrantLive, providerCandidates, providerLinesOf, type DocumentKind, type ProviderCandidatesAnswer, type ProviderLine, type ProviderLineSource, type Resource, type StoredRecord } from '@kizuki/core';
import type { StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { requireDirectoryWriter } from './region.service.js';
import { listRecords } from './record.service.js';

/**
 * 計画に記載された介護保険サービス事業所（未登録）: the providers named by 事業所番号 in the plans a
 * directory keeper reads, less those the directory has (core `region/provider-candidates.ts`).
 *
 * - 地域包括支援センター: its own clients' 居宅サービス計画, 介護予防サービス・支援計画書 and 利用票
 *   (the plans of clients it delegated stay in its tenant; the office writes them through the
 *   delegation grant).
 * - 保険者: the plans and 利用票 offices shared for ケアプラン点検, read through each live grant
 *   (`listGrantedDocuments` checks the grant in SQL), logged on both sides as every grant read is.
 *
 * The answer counts; it names no client and no plan.
 */

const sources: readonly ProviderLineSource[] = ['care_plan', 'prevention_plan', 'service_usage'];
const isSource = (kind: DocumentKind): kind is ProviderLineSource => (sources as readonly string[]).includes(kind);

function linesOf(documents: readonly StoredDocument[]): ProviderLine[] {
  return documents.filter((d) => isSource(d.kind)).flatMap((d) => providerLinesOf(d.kind as ProviderLineSource, `${d.clientId}/${d.id}`, d.body));
}

export async function listProviderCandidates(deps: ServiceDeps, actor: Actor): Promise<ProviderCandidatesAnswer> {
  requireDirectoryWriter(actor);
  const at = deps.now().toISOString();
  const lines: ProviderLine[] = [];
  let grantsRead = 0;
  if (actor.organization.kind === 'community_center') {
    for (const kind of sources) lines.push(...linesOf(await deps.store.listTenantDocuments(actor.tenantId, kind)));
  } else {
    const grants = (await deps.store.listGrantsForGrantee(actor.tenantId, at)).filter((g) => g.purpose === 'care_plan_inspection' && isGrantLive(g, at));
    for (const grant of grants) {
      const documents = (await deps.store.listGrantedDocuments(actor.tenantId, grant.id, at)).filter((d) => isSource(d.kind));
      if (documents.length === 0) continue;
      grantsRead += 1;
      // Keys carry the owner too: two offices' document ids never merge.
      lines.push(...linesOf(documents).map((l) => ({ ...l, documentKey: `${grant.ownerOrganizationId}/${l.documentKey}` })));
      const clients = new Set(documents.map((d) => d.clientId));
      await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'region.provider-candidates.grant', detail: `grant:${grant.id} from:${grant.ownerOrganizationId}（${clients.size}人、事業所番号のみ）`, at });
      for (const clientId of clients) {
        await deps.store.logAccess({ tenantId: grant.ownerOrganizationId, userId: actor.user.id, clientId, action: 'grant.read', detail: `grant:${grant.id} by:${actor.tenantId} region.provider-candidates`, at });
      }
    }
  }
  const directory = (await listRecords(deps, actor, 'region_resource', 'all')) as StoredRecord<Resource>[];
  const answer = providerCandidates(
    lines,
    directory.map((r) => r.body.officeNumber),
  );
  await deps.store.logAccess({
    tenantId: actor.tenantId,
    userId: actor.user.id,
    clientId: null,
    action: 'region.provider-candidates',
    detail: `documents:${answer.documentsRead}${actor.organization.kind === 'community_center' ? '' : ` grants:${grantsRead}`} candidates:${answer.candidates.length}`,
    at,
  });
  return answer;
}
