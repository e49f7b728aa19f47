import { randomUUID } from 'node:crypto';
import {
  keepOriginalSpelling,
  sameCertification,
  sameCarePlanCsvContent,
  samePreventionPlanCsvContent,
  validateDocument,
  type CaseFile,
  type CsvImportAction,
  type CsvImportedClient,
  type CsvImportedPlan,
  type CsvUsageResult,
  type CarePlan,
  type Certification,
  type Client,
  type DocumentKind,
  type PreventionPlan,
  type ServiceUsage,
  type ServiceUsageLine,
} from '@kizuki/core';
import type { NewClient, NewDocument, Store, StoredDocument } from '../store/store.js';
import { sameJson } from './same-json.js';

/** One write an import will make, decided (and validated) before any is made. */
export type CsvWrite =
  | { op: 'createClient'; input: NewClient & { id: string } }
  | { op: 'createDocument'; input: NewDocument & { id: string } }
  | { op: 'updateDocument'; documentId: string; baseRevision: number; body: unknown };

/** Fields of a 居宅サービス計画 the CSV carries; the others (consent, meeting, status …) stay as they are. */
const carePlanCsvKeys = [
  'createdOn', 'planDate', 'firstPlanDate', 'planCategories', 'certificationStatus', 'careLevel', 'certifiedOn', 'certificationValidFrom',
  'certificationValidTo', 'authorName', 'intentions', 'committeeOpinion', 'overallPolicy', 'emergencyContactsNote', 'livingSupportReason', 'needs', 'weeklySchedule',
] as const;
const preventionPlanCsvKeys = [
  'planKind', 'delegated', 'serialNumber', 'planDate', 'firstPlanDate', 'planCategories', 'certificationStatus', 'careLevel', 'certifiedOn', 'certificationValidFrom',
  'certificationValidTo', 'centerStaffName', 'careManagerName', 'delegatedOffice', 'centerName', 'targetLife', 'domains', 'issues', 'healthNotes',
  'policyWhenSupportUnavailable', 'overallPolicy', 'checklistCounts', 'programNeeds', 'centerOpinion', 'consent',
] as const;

function overlay<T extends object>(base: T, from: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of keys) out[key] = (from as Record<string, unknown>)[key];
  return out as T;
}

function withoutUndefined(object: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

async function documentsOf<K extends DocumentKind>(store: Store, tenantId: string, clientId: string, kind: K) {
  const docs = await store.listDocuments(tenantId, clientId, kind);
  return docs.map((doc) => ({ doc, body: validateDocument(kind, doc.body) }));
}

function planClient(existing: { doc: StoredDocument; body: Client } | undefined, imported: Client, writes: CsvWrite[]): { id: string; action: CsvImportAction } {
  if (!existing) {
    const id = randomUUID();
    const body = validateDocument('client', { ...imported, id });
    writes.push({ op: 'createClient', input: { id, insurerNumber: body.insurerNumber, insuredNumber: body.insuredNumber, name: body.name, nameKana: body.nameKana, body } });
    return { id, action: 'created' };
  }
  const { doc, body: current } = existing;
  // What the CSV says wins; what it does not carry (family, doctor, notes) is kept.
  const { id: _id, familyMembers, ...carried } = keepOriginalSpelling(current, imported);
  const merged = validateDocument('client', {
    ...current,
    ...withoutUndefined(carried),
    familyMembers: current.familyMembers.length > 0 ? current.familyMembers : familyMembers,
    id: doc.id,
  });
  if (sameJson(merged, current)) return { id: doc.id, action: 'unchanged' };
  writes.push({ op: 'updateDocument', documentId: doc.id, baseRevision: doc.revision, body: merged });
  return { id: doc.id, action: 'updated' };
}

/**
 * Decides the writes that store one imported case file: the client (created, or updated where the
 * CSV differs), each certification not yet recorded, and each plan created, revised (a revision
 * appended to the plan with the same 作成（変更）日) or left as it is when the CSV says the same.
 * Reads only; every body is validated here, before anything is written.
 */
export async function planCaseFileWrites(store: Store, tenantId: string, imported: CaseFile, writes: CsvWrite[]): Promise<{ client: CsvImportedClient; plans: CsvImportedPlan[] }> {
  const { client } = imported;
  const summary = await store.findClientByNumbers(tenantId, client.insurerNumber, client.insuredNumber);
  const clientDoc = summary ? (await documentsOf(store, tenantId, summary.id, 'client'))[0] : undefined;
  const { id: clientId, action } = planClient(clientDoc, client, writes);
  const existingCerts = summary ? await documentsOf(store, tenantId, clientId, 'certification') : [];
  const certIds = new Map<string, string>();
  for (const cert of imported.certifications) {
    const same = existingCerts.find(({ body }) => sameCertification(body, cert));
    if (same) {
      certIds.set(cert.id, same.doc.id);
      continue;
    }
    const id = randomUUID();
    certIds.set(cert.id, id);
    writes.push({ op: 'createDocument', input: { id, clientId, kind: 'certification', body: validateDocument('certification', { ...cert, id } satisfies Certification) } });
  }
  const plans: CsvImportedPlan[] = [];
  const carePlans = summary ? await documentsOf(store, tenantId, clientId, 'care_plan') : [];
  for (const plan of imported.carePlans) {
    const certificationId = plan.certificationId ? certIds.get(plan.certificationId) : undefined;
    const same = carePlans.find(({ body }) => body.planDate === plan.planDate);
    plans.push(planPlan('care_plan', clientId, plan, certificationId, same, carePlanCsvKeys, sameCarePlanCsvContent, writes));
  }
  const preventionPlans = summary ? await documentsOf(store, tenantId, clientId, 'prevention_plan') : [];
  for (const plan of imported.preventionPlans) {
    const certificationId = plan.certificationId ? certIds.get(plan.certificationId) : undefined;
    const same = preventionPlans.find(({ body }) => body.planDate === plan.planDate);
    plans.push(planPlan('prevention_plan', clientId, plan, certificationId, same, preventionPlanCsvKeys, samePreventionPlanCsvContent, writes));
  }
  const usages = summary ? await documentsOf(store, tenantId, clientId, 'service_usage') : [];
  for (const usage of imported.serviceUsages) {
    const certificationId = usage.certificationId ? certIds.get(usage.certificationId) : undefined;
    const same = usages.find(({ body }) => body.month === usage.month);
    plans.push(planUsage(clientId, usage, certificationId, same, writes));
  }
  return { client: { clientId, insurerNumber: client.insurerNumber, insuredNumber: client.insuredNumber, name: client.name, action }, plans };
}

/** A 第6表 line's identity: the same service of the same provider at the same time. */
const usageLineKey = (line: ServiceUsageLine) => [line.providerOfficeNumber, line.satelliteNo, line.serviceCode, line.startTime, line.endTime, line.detailCode].map((v) => v ?? '').join('|');

/**
 * A サービス利用票 from CSV: created, or revised where the 第6表/第7表 say something new. Lines the
 * month already has (same provider, service and time) keep their id, サービス内容 and 実績 days,
 * which 第6表 予定 does not carry; what the CSV carries (予定 days, units, prices) is taken from it.
 */
function planUsage(clientId: string, usage: ServiceUsage, certificationId: string | undefined, existing: { doc: StoredDocument; body: ServiceUsage } | undefined, writes: CsvWrite[]): CsvImportedPlan {
  const result = (documentId: string, action: CsvImportAction): CsvImportedPlan => ({ clientId, documentId, kind: 'service_usage', planDate: usage.month, action });
  if (!existing) {
    const id = randomUUID();
    writes.push({ op: 'createDocument', input: { id, clientId, kind: 'service_usage', body: validateDocument('service_usage', { ...usage, id, certificationId }) } });
    return result(id, 'created');
  }
  const { doc, body } = existing;
  const unmatched = [...body.lines];
  const lines = usage.lines.map((line) => {
    const at = unmatched.findIndex((old) => usageLineKey(old) === usageLineKey(line));
    const old = at >= 0 ? unmatched.splice(at, 1)[0] : undefined;
    return old ? { ...keepOriginalSpelling(old, line), id: old.id, serviceName: line.serviceName ?? old.serviceName, actualDays: old.actualDays } : line;
  });
  const revised = validateDocument('service_usage', {
    ...body,
    createdOn: usage.createdOn ?? body.createdOn,
    shortStayDaysBefore: usage.shortStayDaysBefore,
    benefitRatePercent: usage.benefitRatePercent,
    lines,
    certificationId: certificationId ?? body.certificationId,
  });
  if (sameJson(revised, body)) return result(doc.id, 'unchanged');
  writes.push({ op: 'updateDocument', documentId: doc.id, baseRevision: doc.revision, body: revised });
  return result(doc.id, 'updated');
}

function planPlan<P extends CarePlan | PreventionPlan>(
  kind: 'care_plan' | 'prevention_plan',
  clientId: string,
  plan: P,
  certificationId: string | undefined,
  existing: { doc: StoredDocument; body: P } | undefined,
  keys: readonly string[],
  sameContent: (a: P, b: P) => boolean,
  writes: CsvWrite[],
): CsvImportedPlan {
  if (!existing) {
    const id = randomUUID();
    writes.push({ op: 'createDocument', input: { id, clientId, kind, body: validateDocument(kind, { ...plan, id, certificationId }) } });
    return { clientId, documentId: id, kind, planDate: plan.planDate, action: 'created' };
  }
  const { doc, body } = existing;
  if (sameContent(body, plan)) return { clientId, documentId: doc.id, kind, planDate: plan.planDate, action: 'unchanged' };
  const revised = validateDocument(kind, { ...overlay(body, keepOriginalSpelling(body, plan), keys), id: doc.id, certificationId: certificationId ?? body.certificationId });
  writes.push({ op: 'updateDocument', documentId: doc.id, baseRevision: doc.revision, body: revised });
  return { clientId, documentId: doc.id, kind, planDate: plan.planDate, action: 'updated' };
}

/** Makes the decided writes, in order. */
export async function applyWrites(store: Store, tenantId: string, author: string, writes: readonly CsvWrite[]): Promise<void> {
  for (const write of writes) {
    switch (write.op) {
      case 'createClient':
        await store.createClient(tenantId, write.input, author);
        break;
      case 'createDocument':
        await store.createDocument(tenantId, write.input, author);
        break;
      case 'updateDocument':
        await store.updateDocument(tenantId, write.documentId, write.baseRevision, write.body, author);
        break;
    }
  }
}

/**
 * Records a provider's 実績 (UPJSK) on the client's サービス利用票 of that month: on each line of
 * that provider with the same service and time, 実績 days become those reported (a line of that
 * provider not reported gets none: the provider reports its whole month); a service reported but
 * not planned is added as a line with 実績 only. A month without a 利用票 gets one. The client must
 * already be in Kizuki: 実績 carries no name or birth date. Returns undefined for an unknown client.
 */
export async function planUsageResultWrites(store: Store, tenantId: string, result: CsvUsageResult, writes: CsvWrite[]): Promise<CsvImportedPlan | undefined> {
  const summary = await store.findClientByNumbers(tenantId, result.insurerNumber, result.insuredNumber);
  if (!summary) return undefined;
  const clientId = summary.id;
  const existing = (await documentsOf(store, tenantId, clientId, 'service_usage')).find(({ body }) => body.month === result.month);
  const outcome = (documentId: string, action: CsvImportAction): CsvImportedPlan => ({ clientId, documentId, kind: 'service_usage', planDate: result.month, action });
  if (!existing) {
    const id = randomUUID();
    writes.push({ op: 'createDocument', input: { id, clientId, kind: 'service_usage', body: validateDocument('service_usage', { id, month: result.month, lines: result.lines }) } });
    return outcome(id, 'created');
  }
  const { doc, body } = existing;
  const reported = [...result.lines];
  const lines = body.lines.map((line) => {
    if (line.providerOfficeNumber !== result.providerOfficeNumber) return line;
    const at = reported.findIndex((r) => usageLineKey(r) === usageLineKey(line));
    const match = at >= 0 ? reported.splice(at, 1)[0] : undefined;
    return { ...line, actualDays: match?.actualDays ?? [] };
  });
  const revised = validateDocument('service_usage', { ...body, lines: [...lines, ...reported] });
  if (sameJson(revised, body)) return outcome(doc.id, 'unchanged');
  writes.push({ op: 'updateDocument', documentId: doc.id, baseRevision: doc.revision, body: revised });
  return outcome(doc.id, 'updated');
}
