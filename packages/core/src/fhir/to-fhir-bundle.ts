import type { CarePlan } from '../domain/care-plan.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import { validateCaseFile } from '../domain/validate-document.js';
import { KizukiError } from '../errors/kizuki-error.js';
import { BundleAssembler } from './bundle-assembler.js';
import type { ExportContext, FhirExportOptions } from './export-context.js';
import { defined, prune, text } from './fhir-values.js';
import { addCarePlan } from './map-care-plan.js';
import { addCareTeam, careManagerRef, careTeamRoles, familySupporters, officeRef, primaryDoctorRef, type TeamMember } from './map-care-team.js';
import { addCertification } from './map-certification.js';
import { addDiagnoses } from './map-diagnoses.js';
import { addMonitoring } from './map-monitoring.js';
import { addFamilyMembers, addPatient } from './map-patient.js';
import { addPreventionPlan } from './map-prevention-plan.js';
import { isR4Instant } from './r4-primitives.js';
import type { FhirBundle } from './r4-resources.js';

function checkOptions(options: FhirExportOptions): void {
  if (options.timestamp !== undefined && !isR4Instant(options.timestamp)) {
    throw new KizukiError('bad_request', `タイムスタンプ「${options.timestamp}」は時差付きのISO 8601日時（例: 2025-07-10T01:00:00Z）で指定してください。`, {
      option: 'timestamp',
    });
  }
  if (options.bundleType !== undefined && options.bundleType !== 'collection' && options.bundleType !== 'transaction') {
    throw new KizukiError('bad_request', `Bundleの種類「${String(options.bundleType)}」は collection か transaction で指定してください。`, { option: 'bundleType' });
  }
  if (options.organization !== undefined && !text(options.organization.name)) {
    throw new KizukiError('bad_request', '出力元の事業所名がありません。', { option: 'organization.name' });
  }
}

/** The plan in force: the last one not yet superseded (plans are stored oldest first). */
function currentPlan<T extends CarePlan | PreventionPlan>(plans: readonly T[]): T | undefined {
  return [...plans].reverse().find((plan) => plan.status !== 'superseded');
}

/** The care manager's name as printed on the latest plan they wrote, when the user list lacks it. */
function careManagerName(caseFile: CaseFile): string | undefined {
  const id = caseFile.client.careManagerUserId;
  return [...caseFile.carePlans].reverse().find((p) => p.authorUserId === id && text(p.authorName))?.authorName;
}

/**
 * Exports a case file as a FHIR R4 Bundle (see docs/fhir.md for the mapping): Patient with
 * 保険者番号・被保険者番号 identifiers, family as RelatedPerson, 要介護認定 and モニタリング as
 * Observation/Encounter, 既往歴 and 課題 as Condition, each 居宅サービス計画 and 介護予防計画 as
 * CarePlan with Goals and activities, and the CareTeam of the plans in force.
 *
 * Pure and deterministic: resource ids are UUID v5 of Kizuki ids, so the same case file and
 * options always give the same JSON; no clock is read (Bundle.timestamp only when given).
 * Throws KizukiError `validation_failed` for an invalid case file and `bad_request` for bad options.
 */
export function toFhirBundle(caseFile: CaseFile, options: FhirExportOptions = {}): FhirBundle {
  checkOptions(options);
  const file = validateCaseFile(caseFile);
  const client = file.client;
  const bundle = new BundleAssembler();
  const { resource: patient, ref: patientRef } = addPatient(bundle, client);
  const ctx: ExportContext = {
    caseFile: file,
    bundle,
    clientId: client.id,
    patient: patientRef,
    office: officeRef(bundle, client.id, options.organization),
    userNames: options.userNames ?? {},
  };
  addFamilyMembers(ctx);
  const doctor = primaryDoctorRef(ctx);
  patient.generalPractitioner = defined([doctor]);
  patient.managingOrganization = ctx.office;
  const careManager = careManagerRef(ctx, client.careManagerUserId, careManagerName(file));
  for (const cert of file.certifications) addCertification(ctx, cert);
  addDiagnoses(ctx);

  // Plans refer to the CareTeam, which is assembled from the plans in force.
  const careTeamKey = `CareTeam/${client.id}`;
  const careTeam = { reference: BundleAssembler.fullUrlOf(careTeamKey) };
  const members: TeamMember[] = defined([
    careManager ? { member: careManager, role: careTeamRoles.careManager } : undefined,
    doctor ? { member: doctor, role: careTeamRoles.primaryDoctor } : undefined,
  ]);
  const current = currentPlan(file.carePlans);
  for (const plan of file.carePlans) {
    const planMembers = addCarePlan(ctx, plan, plan === current ? careTeam : undefined);
    if (plan === current) members.push(...planMembers);
  }
  const currentPrevention = currentPlan(file.preventionPlans);
  for (const plan of file.preventionPlans) {
    const planMembers = addPreventionPlan(ctx, plan, plan === currentPrevention ? careTeam : undefined);
    if (plan === currentPrevention) members.push(...planMembers);
  }
  members.push(...familySupporters(ctx));
  addCareTeam(ctx, members);
  for (const monitoring of file.monitorings) addMonitoring(ctx, monitoring);

  const type = options.bundleType ?? 'collection';
  return prune<FhirBundle>({
    resourceType: 'Bundle',
    language: 'ja',
    type,
    timestamp: options.timestamp,
    entry: bundle.entries().map((entry) => ({
      ...entry,
      ...(type === 'transaction' ? { request: { method: 'PUT' as const, url: `${entry.resource.resourceType}/${entry.resource.id ?? ''}` } } : {}),
    })),
  });
}
