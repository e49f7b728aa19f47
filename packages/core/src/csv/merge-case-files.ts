import { sameCertification } from '../domain/certification.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';

const clientOf = (c: CaseFile) => `${c.client.insurerNumber}_${c.client.insuredNumber}`;

/** Later entries replace earlier ones with the same key; order of first appearance is kept. */
function mergeBy<T>(earlier: readonly T[], later: readonly T[], key: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of [...earlier, ...later]) merged.set(key(item), item);
  return [...merged.values()];
}

/**
 * Puts the case files read from several send units together per client (保険者番号 + 被保険者番号),
 * as a folder of CSV often holds a client's plan (①), later revisions of it and a month's
 * サービス利用票 (②) in separate units. Units are taken in order (the standard's 取込順序, by
 * timestamp): a later unit's client details win, and a later plan with the same 作成（変更）日, or
 * a later 利用票 of the same month, replaces the earlier one.
 */
export function mergeCaseFilesByClient(caseFiles: readonly CaseFile[]): CaseFile[] {
  const byClient = new Map<string, CaseFile>();
  for (const next of caseFiles) {
    const key = clientOf(next);
    const prev = byClient.get(key);
    if (!prev) {
      byClient.set(key, next);
      continue;
    }
    // The same certification read twice keeps its first id; the later unit's documents point to it.
    const sameAs = new Map<string, string>();
    for (const cert of next.certifications) {
      const earlier = prev.certifications.find((p) => sameCertification(p, cert));
      if (earlier) sameAs.set(cert.id, earlier.id);
    }
    const relink = <T extends { certificationId?: string | undefined }>(doc: T): T => (doc.certificationId && sameAs.has(doc.certificationId) ? { ...doc, certificationId: sameAs.get(doc.certificationId) } : doc);
    byClient.set(key, {
      ...prev,
      client: next.client,
      certifications: [...prev.certifications, ...next.certifications.filter((c) => !sameAs.has(c.id))],
      carePlans: mergeBy(prev.carePlans, next.carePlans.map(relink), (p) => p.planDate ?? p.id),
      preventionPlans: mergeBy(prev.preventionPlans, next.preventionPlans.map(relink), (p) => p.planDate ?? p.id),
      serviceUsages: mergeBy(prev.serviceUsages, next.serviceUsages.map(relink), (u) => u.month),
    });
  }
  return [...byClient.values()];
}
