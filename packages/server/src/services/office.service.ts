import {
  assembleCaseFile,
  bcpReviewDue,
  bcpTypes,
  concentrationReport,
  emergencyList,
  evaluateAddition,
  judgedPeriodForMonth,
  judgementPeriodStarting,
  KizukiError,
  missingBcpSections,
  municipalNotifications,
  newHireDue,
  officeCaseload,
  plannedTrainingsDue,
  previousJudgementPeriod,
  qualificationsDue,
  tokyoDateOf,
  trainingDue,
  type BcpDocument,
  type CaseFile,
  type ConcentrationReasonRecord,
  type OfficeActivity,
  type OfficeConcentration,
  type OfficeDue,
  type OfficeEmergencyList,
  type OfficeQualityTemplate,
  type OfficeMonth,
  type OfficeNotifications,
  type OfficeProfile,
  type PartnerAgreement,
  type ProviderCorporationRecord,
  type RecordKind,
  type StaffMember,
  type TrainingRecord,
} from '@kizuki/core';
import { getPolicyPack } from '../policy/load-packs.js';
import { policyForInsurerNumber } from './policy-versions.service.js';
import { defaultPolicyId } from './audit.service.js';
import type { Actor, ServiceDeps } from './context.js';
import { areaOf } from './record.service.js';

/**
 * 事業所の運営: computations over the office's case files and its own records (staff register,
 * 事業所の体制, activities, 正当な理由, training, BCP). Records are read with the store's
 * own-tenant query; every read is logged.
 */

const officeReaderRoles = ['office_admin', 'care_manager'] as const;

function requireOfficeReader(actor: Actor): void {
  if (actor.organization.kind !== 'care_management_office' || !(officeReaderRoles as readonly string[]).includes(actor.user.role)) {
    throw new KizukiError('forbidden', '事業所の運営の画面は、居宅介護支援事業所の管理者と介護支援専門員が使えます。');
  }
}

async function own<T>(deps: ServiceDeps, actor: Actor, kind: RecordKind): Promise<{ id: string; body: T; createdOn: string }[]> {
  const records = await deps.store.listRecords({ tenantId: actor.tenantId }, { kind, scope: 'own' });
  return records.map((r) => ({ id: r.id, body: r.body as T, createdOn: tokyoDateOf(new Date(r.createdAt)) }));
}

/** The office's profile; until one is recorded, (Ⅰ) and a 40-hour week. */
const defaultProfile: OfficeProfile = { billingType: 'I', fullTimeWeeklyHours: 40 };

async function profileOf(deps: ServiceDeps, actor: Actor): Promise<OfficeProfile | undefined> {
  return (await own<OfficeProfile>(deps, actor, 'office_profile'))[0]?.body;
}

/**
 * The 法人 of providers as the office recorded them (`provider_corporation`): 特定事業所集中減算
 * counts the 事業所 of one 法人 together, in the 判定書 and in the office's audit alike.
 */
export async function providerCorporationsOf(deps: ServiceDeps, actor: Actor): Promise<ProviderCorporationRecord[]> {
  return (await own<ProviderCorporationRecord>(deps, actor, 'provider_corporation')).map((r) => r.body);
}

async function caseFilesOf(deps: ServiceDeps, actor: Actor): Promise<CaseFile[]> {
  const files: CaseFile[] = [];
  for (const client of await deps.store.listClients(actor.tenantId)) {
    try {
      files.push(assembleCaseFile(await deps.store.listDocuments(actor.tenantId, client.id)));
    } catch {
      // A case file that cannot be read is left out (the dashboard lists it as unreadable).
    }
  }
  return files;
}

async function log(deps: ServiceDeps, actor: Actor, action: string, detail: string): Promise<void> {
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action, detail, at: deps.now().toISOString() });
}

function parseMonth(text: string | undefined, today: string): string {
  if (text === undefined || text === '') return today.slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/u.test(text)) throw new KizukiError('bad_request', `月「${text}」は YYYY-MM の形で指定してください。`, { month: text });
  return text;
}

function parsePeriodStart(text: string | undefined, today: string): string {
  if (text === undefined || text === '') return previousJudgementPeriod(today).start;
  if (!/^\d{4}-(03|09)-01$/u.test(text)) throw new KizukiError('bad_request', `判定期間「${text}」は開始日（YYYY-03-01 または YYYY-09-01）で指定してください。`, { period: text });
  return text;
}

/** Caseload and 特定事業所加算 of a month (this month when `month` is not given). */
export async function readOfficeMonth(deps: ServiceDeps, actor: Actor, monthText: string | undefined): Promise<OfficeMonth> {
  requireOfficeReader(actor);
  const month = parseMonth(monthText, tokyoDateOf(deps.now()));
  const [staff, recordedProfile, activities, reasons, partners, corporations, trainings, caseFiles] = await Promise.all([
    own<StaffMember>(deps, actor, 'staff_member'),
    profileOf(deps, actor),
    own<OfficeActivity>(deps, actor, 'office_activity'),
    own<ConcentrationReasonRecord>(deps, actor, 'concentration_reason'),
    own<PartnerAgreement>(deps, actor, 'partner_agreement'),
    providerCorporationsOf(deps, actor),
    own<TrainingRecord>(deps, actor, 'training_record'),
    caseFilesOf(deps, actor),
  ]);
  const profile = recordedProfile ?? defaultProfile;
  const caseload = officeCaseload(staff, caseFiles, profile, month);
  const concentration = concentrationReport(caseFiles, judgedPeriodForMonth(month), reasons, corporations);
  const addition = evaluateAddition({ month, asOf: tokyoDateOf(deps.now()), staff, profile: recordedProfile, activities: activities.map((a) => a.body), caseload, concentration, caseFiles, partners: partners.map((p) => p.body), trainings });
  await log(deps, actor, 'office.month.read', month);
  return { month, profileRecorded: recordedProfile !== undefined, caseload, addition };
}

/** 特定事業所集中減算 of a 判定期間 (the last completed one when not given). */
export async function readOfficeConcentration(deps: ServiceDeps, actor: Actor, periodText: string | undefined): Promise<OfficeConcentration> {
  requireOfficeReader(actor);
  const period = judgementPeriodStarting(parsePeriodStart(periodText, tokyoDateOf(deps.now())));
  const [reasons, corporations, caseFiles] = await Promise.all([own<ConcentrationReasonRecord>(deps, actor, 'concentration_reason'), providerCorporationsOf(deps, actor), caseFilesOf(deps, actor)]);
  const report = concentrationReport(caseFiles, period, reasons, corporations);
  await log(deps, actor, 'office.concentration.read', period.start);
  const { name, officeNumber } = actor.organization;
  return { office: { name, ...(officeNumber ? { officeNumber } : {}) }, report };
}

/** 市町村への届出 of a month (this month when not given): from the month's 利用票 of the office's own case files. */
export async function readOfficeNotifications(deps: ServiceDeps, actor: Actor, monthText: string | undefined): Promise<OfficeNotifications> {
  requireOfficeReader(actor);
  const today = tokyoDateOf(deps.now());
  const month = monthText === undefined || monthText === '' ? today.slice(0, 7) : monthText;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/u.test(month)) {
    throw new KizukiError('validation_failed', `対象月「${month}」は YYYY-MM（例: 2026-07）の形で指定してください。`, { month });
  }
  const report = municipalNotifications(await caseFilesOf(deps, actor), month);
  await log(deps, actor, 'office.notifications.read', month);
  const { name, officeNumber } = actor.organization;
  return { office: { name, ...(officeNumber ? { officeNumber } : {}) }, report };
}

/** What is due: yearly trainings, qualifications, the 判定書, BCP sections. */
export async function readOfficeDue(deps: ServiceDeps, actor: Actor): Promise<OfficeDue> {
  requireOfficeReader(actor);
  const asOf = tokyoDateOf(deps.now());
  const [staff, trainings, activities, bcps, reasons, corporations, caseFiles] = await Promise.all([
    own<StaffMember>(deps, actor, 'staff_member'),
    own<TrainingRecord>(deps, actor, 'training_record'),
    own<OfficeActivity>(deps, actor, 'office_activity'),
    own<BcpDocument>(deps, actor, 'bcp_document'),
    own<ConcentrationReasonRecord>(deps, actor, 'concentration_reason'),
    providerCorporationsOf(deps, actor),
    caseFilesOf(deps, actor),
  ]);
  const report = concentrationReport(caseFiles, previousJudgementPeriod(asOf), reasons, corporations);
  const bcp = bcpTypes.flatMap((type) => {
    const doc = bcps.find((b) => b.body.type === type);
    if (!doc) return [{ type, missingSections: [] as string[] }];
    const missingSections = missingBcpSections(doc.body);
    return missingSections.length > 0 ? [{ type, recordId: doc.id, missingSections }] : [];
  });
  await log(deps, actor, 'office.due.read', asOf);
  return {
    asOf,
    trainings: trainingDue(
      trainings.map((t) => t.body),
      asOf,
    ),
    qualifications: qualificationsDue(staff, asOf),
    newHires: newHireDue(
      staff,
      trainings.map((t) => t.body),
      asOf,
    ),
    bcpReviews: bcpReviewDue(bcps, asOf),
    plannedTrainings: plannedTrainingsDue(
      staff,
      activities.map((a) => a.body),
      trainings,
      asOf,
    ),
    concentration: { periodStart: report.period.start, periodEnd: report.period.end, deadline: report.deadline, mustSubmit: report.mustSubmit, reduced: report.reduced },
    bcp,
  };
}

/** 安否確認の一覧: every client's emergency information from the case files. Each client read is logged. */
export async function readEmergencyList(deps: ServiceDeps, actor: Actor): Promise<OfficeEmergencyList> {
  requireOfficeReader(actor);
  const asOf = tokyoDateOf(deps.now());
  const entries = emergencyList(await caseFilesOf(deps, actor), asOf);
  const at = deps.now().toISOString();
  for (const entry of entries) await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: entry.clientId, action: 'office.emergency-list.read', at });
  return { asOf, office: { name: actor.organization.name }, entries };
}

/** The checklist items of the pack of the office's insurer (its area), as the 質の自己評価 template. */
export async function readQualityTemplate(deps: ServiceDeps, actor: Actor): Promise<OfficeQualityTemplate> {
  requireOfficeReader(actor);
  const area = areaOf(actor.organization);
  const insurer = (await deps.store.listOrganizations()).find((o) => o.kind === 'insurer' && o.insurerNumber === area);
  const packId = insurer?.policyPackId ?? actor.organization.policyPackId ?? defaultPolicyId;
  // The insurer's latest published version when it has one.
  const pack = area !== undefined && insurer ? await policyForInsurerNumber(deps.store, area, packId) : getPolicyPack(packId);
  return { packId, items: pack.checklists.flatMap((list) => list.items.map((item) => ({ itemId: item.id, checklist: list.title, text: item.text }))) };
}
