import {
  addMonths,
  aggregatesFromCounts,
  assembleCaseFile,
  audit,
  auditedPlan,
  countRuleMonths,
  csvDataParts,
  countsFromAggregate,
  effectAggregateMonths,
  effectRuleIds,
  inspectionCaseRecordSchema,
  KizukiError,
  sameAggregate,
  tokyoDateOf,
  type AuditedPlan,
  type EffectAggregate,
  type EffectAggregatePreview,
  type EffectOffice,
  type EffectParticipation,
  type EffectReportData,
  type EffectSendResult,
  type Organization,
  type RuleMonthCount,
  type StoredRecord,
} from '@kizuki/core';
import { z } from 'zod';
import { getPolicyPack } from '../policy/load-packs.js';
import { policyForInsurerNumber } from './policy-versions.service.js';
import { defaultPolicyId } from './audit.service.js';
import type { Actor, ServiceDeps } from './context.js';
import { grantedCaseFiles } from './effect-granted-plans.js';
import { createRecord, listAreaOffices, readerOf, updateRecord } from './record.service.js';
import { parseInput } from './validate.js';

/**
 * 方針の効果検証（指標 エ）. An office opts in and sends its insurer anonymous monthly counts per theme
 * rule (effect_aggregate records); the insurer reads them next to the 気づき of the plans it can see
 * for 点検. Shares, intervals and the before/after reading are computed in core, in the browser.
 */

function requireOfficeAdmin(actor: Actor): void {
  if (actor.organization.kind === 'insurer' || actor.user.role !== 'office_admin') {
    throw new KizukiError('forbidden', '効果検証のための集計は事業所の管理者だけが扱えます。');
  }
}

async function insurerOfOffice(deps: ServiceDeps, office: Organization): Promise<Organization> {
  const insurer = (await deps.store.listOrganizations()).find((o) => o.kind === 'insurer' && o.insurerNumber === office.defaultInsurerNumber);
  if (!insurer) throw new KizukiError('not_found', '事業所の保険者（既定の保険者番号）が Kizuki に登録されていないため、集計を送れません。');
  return insurer;
}

async function ownRecords<T>(deps: ServiceDeps, actor: Actor, kind: 'effect_aggregate' | 'effect_participation', insurerId: string): Promise<StoredRecord<T>[]> {
  const records = await deps.store.listRecords(readerOf(actor), { kind, scope: 'own' });
  return records.filter((r) => (r.body as { insurerOrganizationId: string }).insurerOrganizationId === insurerId) as StoredRecord<T>[];
}

/** The window: the last `effectAggregateMonths` months, this month included. */
function windowMonths(today: string): { first: string; last: string } {
  const last = today.slice(0, 7);
  return { first: addMonths(`${last}-01`, -(effectAggregateMonths - 1)).slice(0, 7), last };
}

/**
 * What the office would send: every plan of its clients insured by that insurer whose 作成（変更）日
 * falls in the window, each audited alone as of its own date under the insurer's pack.
 */
export async function previewOfficeAggregates(deps: ServiceDeps, actor: Actor): Promise<EffectAggregatePreview> {
  requireOfficeAdmin(actor);
  const insurer = await insurerOfOffice(deps, actor.organization);
  const packId = insurer.policyPackId ?? defaultPolicyId;
  // The insurer's latest published version when it has one (the pack its clients are audited with).
  const pack = insurer.insurerNumber ? await policyForInsurerNumber(deps.store, insurer.insurerNumber, packId) : getPolicyPack(packId);
  const { first, last } = windowMonths(tokyoDateOf(deps.now()));
  const officeNumber = actor.organization.officeNumber ?? '';
  const plans: AuditedPlan[] = [];
  const clients = await deps.store.listClients(actor.tenantId);
  let clientsCounted = 0;
  let others = 0;
  for (const summary of clients) {
    if (summary.insurerNumber !== insurer.insurerNumber) {
      others += 1;
      continue;
    }
    const caseFile = assembleCaseFile(await deps.store.listDocuments(actor.tenantId, summary.id));
    let counted = false;
    for (const plan of caseFile.carePlans) {
      const planDate = plan.planDate ?? plan.createdOn;
      if (plan.status === 'draft' || planDate === undefined || planDate.slice(0, 7) < first || planDate.slice(0, 7) > last) continue;
      // Each plan is read as it stood: alone in the case file, on its own date.
      const single = { ...caseFile, carePlans: [{ ...plan, status: 'active' as const }] };
      plans.push({ officeNumber, planDate, result: audit(single, pack, { asOf: planDate }) });
      counted = true;
    }
    if (counted) clientsCounted += 1;
  }
  const counts = countRuleMonths(plans, effectRuleIds);
  const planCountByMonth = new Map<string, number>();
  for (const plan of plans) planCountByMonth.set(plan.planDate.slice(0, 7), (planCountByMonth.get(plan.planDate.slice(0, 7)) ?? 0) + 1);
  const bodies = aggregatesFromCounts(counts, planCountByMonth, { insurerOrganizationId: insurer.id, packId });
  const sent = await ownRecords<EffectAggregate>(deps, actor, 'effect_aggregate', insurer.id);
  const participation = (await ownRecords<EffectParticipation>(deps, actor, 'effect_participation', insurer.id)).at(-1);
  const sentOf = (month: string) => sent.filter((r) => r.body.month === month && r.body.packId === packId).at(-1);
  const months = bodies.map((body) => {
    const record = sentOf(body.month);
    return {
      month: body.month,
      body,
      upToDate: record !== undefined && sameAggregate(record.body, body),
      ...(record ? { sent: { recordId: record.id, revision: record.revision, savedAt: record.savedAt, body: record.body } } : {}),
    };
  });
  const inWindow = new Set(bodies.map((b) => b.month));
  const earlier = sent.filter((r) => !inWindow.has(r.body.month)).map((r) => ({ recordId: r.id, revision: r.revision, savedAt: r.savedAt, body: r.body }));
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'effect.preview', detail: `${packId} ${first}〜${last}（${plans.length}計画）`, at: deps.now().toISOString() });
  return {
    insurer: { organizationId: insurer.id, name: insurer.name, insurerNumber: insurer.insurerNumber ?? '' },
    packId,
    ...(participation ? { participation: { recordId: participation.id, revision: participation.revision, body: participation.body } } : {}),
    months,
    earlier: earlier.sort((a, b) => a.body.month.localeCompare(b.body.month)),
    basis: { plans: plans.length, clients: clientsCounted, clientsOfOtherInsurers: others },
  };
}

const participationInputSchema = z.object({ optedIn: z.boolean({ error: '参加する（true）か、やめる（false）かを指定してください' }) });

/** Opts in or out; the decision is a record addressed to the insurer, so it knows who takes part. */
export async function setParticipation(deps: ServiceDeps, actor: Actor, input: unknown): Promise<StoredRecord<EffectParticipation>> {
  requireOfficeAdmin(actor);
  const { optedIn } = parseInput(participationInputSchema, input);
  const insurer = await insurerOfOffice(deps, actor.organization);
  const body: EffectParticipation = { insurerOrganizationId: insurer.id, optedIn, decidedBy: actor.user.displayName, decidedOn: tokyoDateOf(deps.now()) };
  const current = (await ownRecords<EffectParticipation>(deps, actor, 'effect_participation', insurer.id)).at(-1);
  const record = current ? await updateRecord(deps, actor, current.id, { baseRevision: current.revision, body }) : await createRecord(deps, actor, { kind: 'effect_participation', body });
  return record as StoredRecord<EffectParticipation>;
}

/** Sends (creates) or refreshes (new revision) each month of the window; refused unless opted in. */
export async function sendOfficeAggregates(deps: ServiceDeps, actor: Actor): Promise<EffectSendResult> {
  const preview = await previewOfficeAggregates(deps, actor);
  if (preview.participation?.body.optedIn !== true) {
    throw new KizukiError('conflict', '効果検証に参加していないため、集計は送りません。参加してから送ってください。');
  }
  const result: EffectSendResult = { created: 0, updated: 0, unchanged: 0 };
  for (const month of preview.months) {
    if (month.upToDate) result.unchanged += 1;
    else if (month.sent) {
      await updateRecord(deps, actor, month.sent.recordId, { baseRevision: month.sent.revision, body: month.body });
      result.updated += 1;
    } else {
      await createRecord(deps, actor, { kind: 'effect_aggregate', body: month.body });
      result.created += 1;
    }
  }
  return result;
}

/** The insurer's counts: (a) plans submitted for 点検, audited under its pack; (b) aggregates addressed to it. */
export async function effectReport(deps: ServiceDeps, actor: Actor): Promise<EffectReportData> {
  if (actor.organization.kind !== 'insurer' || actor.user.role !== 'insurer_staff') {
    throw new KizukiError('forbidden', '方針の効果は保険者の職員だけが見られます。');
  }
  const packId = actor.organization.policyPackId ?? defaultPolicyId;
  const pack = actor.organization.insurerNumber ? await policyForInsurerNumber(deps.store, actor.organization.insurerNumber, packId) : getPolicyPack(packId);
  const areaOffices = await listAreaOffices(deps, actor);
  const offices = new Map<string, EffectOffice>(areaOffices.map((o) => [o.officeNumber, { officeNumber: o.officeNumber, name: o.name, organizationId: o.organizationId }]));

  const granted = await grantedCaseFiles(deps, actor, 'effect.report');
  const submitted: AuditedPlan[] = [];
  let notAudited = granted.unreadable;
  for (const file of granted.files) {
    const plan = file.caseFile.carePlans.find((p) => p.planDate ?? p.createdOn);
    const planDate = plan?.planDate ?? plan?.createdOn;
    const officeNumber = file.owner?.officeNumber;
    if (!plan || !planDate || !officeNumber) {
      notAudited += 1;
      continue;
    }
    if (!offices.has(officeNumber)) offices.set(officeNumber, { officeNumber, name: file.owner?.name ?? officeNumber, organizationId: file.grant.ownerOrganizationId });
    const single = { ...file.caseFile, carePlans: [{ ...plan, status: 'active' as const }] };
    submitted.push({ officeNumber, planDate, result: audit(single, pack, { asOf: planDate, available: file.available }) });
  }

  const received = await deps.store.listRecords(readerOf(actor), { kind: 'effect_aggregate', scope: 'received' });
  const aggregateCounts: RuleMonthCount[] = [];
  const senders = new Set<string>();
  for (const record of received) {
    const body = record.body as EffectAggregate;
    if (body.packId !== packId) continue;
    const owner = await deps.store.getOrganization(record.ownerOrganizationId);
    const officeNumber = owner?.officeNumber;
    if (!officeNumber) continue;
    if (!offices.has(officeNumber)) offices.set(officeNumber, { officeNumber, name: owner.name, organizationId: owner.id });
    senders.add(officeNumber);
    aggregateCounts.push(...countsFromAggregate(officeNumber, body));
  }

  // CSV an office sent for 点検, read into the insurer's own 点検 case (never into an office's records).
  const cases = await deps.store.listRecords(readerOf(actor), { kind: 'inspection_case', scope: 'own' });
  let csvPlans = 0;
  let csvCases = 0;
  for (const record of cases) {
    const body = inspectionCaseRecordSchema.safeParse(record.body).data;
    if (body?.source?.kind !== 'csv') continue;
    const { plan } = body.csvCaseFile ? auditedPlan(body.csvCaseFile) : { plan: undefined };
    const planDate = plan?.planDate ?? plan?.createdOn;
    if (!body.csvCaseFile || !planDate) {
      csvCases += 1;
      continue;
    }
    if (!offices.has(body.officeNumber)) offices.set(body.officeNumber, { officeNumber: body.officeNumber, name: body.officeName || body.officeNumber });
    submitted.push({ officeNumber: body.officeNumber, planDate, result: audit(body.csvCaseFile, pack, { asOf: planDate, available: csvDataParts }) });
    csvPlans += 1;
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'effect.report', detail: `${packId}（点検 ${submitted.length}計画・集計 ${received.length}件）`, at: deps.now().toISOString() });
  return {
    packId,
    offices: [...offices.values()].sort((a, b) => a.officeNumber.localeCompare(b.officeNumber)),
    submitted: { counts: countRuleMonths(submitted, effectRuleIds), plans: submitted.length, grants: granted.grants, csvPlans, notAudited },
    csvCases,
    aggregates: { counts: aggregateCounts, records: received.length, offices: senders.size },
  };
}
