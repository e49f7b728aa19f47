import { findPersonalData, KizukiError, personalDataLabels, resourceKey, type PersonIdentifiers, type Resource, type UnmetNeed } from '@kizuki/core';
import type { RecordCheck } from '../record-checks.js';
import { readerOf } from '../record-reader.js';

/**
 * 不足している社会資源 leave the office toward the whole area, so the body must not name anyone:
 * the texts are searched for the names, kana, 被保険者番号, addresses, birth dates and phone numbers
 * of the office's own clients, and a match refuses the save (the answer says which kind of data,
 * never the value).
 */
export const checkUnmetNeed: RecordCheck = async (deps, actor, body) => {
  const need = body as UnmetNeed;
  const texts = [need.need, need.note ?? '', need.district ?? '', need.area, ...need.tags];
  const clients = await deps.store.listClients(actor.tenantId);
  const people: PersonIdentifiers[] = [];
  for (const client of clients) {
    const [doc] = await deps.store.listDocuments(actor.tenantId, client.id, 'client');
    const b = (doc?.body ?? {}) as { address?: { line1?: string }; birthDate?: string; phone?: string };
    people.push({ name: client.name, nameKana: client.nameKana, insuredNumber: client.insuredNumber, address: b.address?.line1, birthDate: b.birthDate, phone: b.phone });
  }
  const found = findPersonalData(texts, people);
  if (found.length > 0) {
    const what = found.map((k) => personalDataLabels[k]).join('・');
    throw new KizukiError('validation_failed', `不足している社会資源の記録に利用者の${what}が含まれています。個人が特定されない書き方にしてください（年齢層・要介護度・圏域で表します）。`, {
      issues: [{ path: 'body.need', message: `${what}を含めないでください` }],
    });
  }
};

/** A new 社会資源 must not repeat an entry of the area's directory (same name and 地区). */
export const checkResource: RecordCheck = async (deps, actor, body, previous) => {
  const resource = body as Resource;
  const key = resourceKey(resource);
  const existing = await deps.store.listRecords(readerOf(actor), { kind: 'region_resource', scope: 'all' });
  const twin = existing.find((r) => r.id !== previous?.id && resourceKey(r.body as Resource) === key);
  if (twin) {
    throw new KizukiError('conflict', `「${resource.name}」（${resource.district ?? resource.area}）は社会資源の一覧にすでにあります。既存の項目を更新してください。`, { id: twin.id });
  }
};
