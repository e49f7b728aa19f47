import { informalCategoryLabels, type ServiceLine } from '../domain/care-plan-needs.schema.js';
import type { ExportContext, FhirExportOffice } from './export-context.js';
import { codeSystems, idSystems } from './fhir-systems.js';
import { concept, defined, japaneseNames, phones, text, textConcept } from './fhir-values.js';
import { familyMemberKey, findFamilyMember } from './map-patient.js';
import type { FhirCodeableConcept, FhirReference } from './r4-datatypes.js';
import type { BundleAssembler } from './bundle-assembler.js';
import type { FhirCareTeam, FhirCareTeamParticipant } from './r4-resources.js';

/** Roles in the care team, coded in {@link codeSystems.careTeamRole}. */
export const careTeamRoles = {
  careManager: concept(codeSystems.careTeamRole, 'care-manager', '介護支援専門員'),
  primaryDoctor: concept(codeSystems.careTeamRole, 'primary-doctor', '主治医'),
  opinionWriter: concept(codeSystems.careTeamRole, 'opinion-writer', '主治医意見書を作成した医師'),
  provider: concept(codeSystems.careTeamRole, 'service-provider', 'サービス事業所'),
  informal: concept(codeSystems.careTeamRole, 'informal-supporter', 'インフォーマルサポート'),
  family: concept(codeSystems.careTeamRole, 'family', '家族等'),
} as const;

/** A member of the care team and the role it plays. */
export interface TeamMember {
  member: FhirReference;
  role: FhirCodeableConcept;
}

/**
 * An Organization known by 事業所番号 (shared across clients: the same provider gets the same
 * id in every export) or, without one, by name within the client's export.
 */
export function organizationRef(ctx: Pick<ExportContext, 'bundle' | 'clientId'>, officeNumber: string | undefined, name: string | undefined, phone?: string): FhirReference | undefined {
  const number = /^\d{10}$/u.test(officeNumber ?? '') ? officeNumber : undefined;
  const orgName = text(name);
  if (!number && !orgName) return undefined;
  const key = number ? `Organization/ltci-office/${number}` : `Organization/${ctx.clientId}/name/${orgName ?? ''}`;
  return ctx.bundle.add(
    key,
    { resourceType: 'Organization', identifier: number ? [{ system: idSystems.ltciOfficeNumber, value: number }] : undefined, name: orgName, telecom: phones([phone, 'phone', 'work']) },
    orgName,
  );
}

/** The exporting office as an Organization. */
export function officeRef(bundle: BundleAssembler, clientId: string, office: FhirExportOffice | undefined): FhirReference | undefined {
  return office ? organizationRef({ bundle, clientId }, office.officeNumber, office.name, office.phone) : undefined;
}

/**
 * The 介護支援専門員 with Kizuki user id `userId` (name from the user list, else `fallbackName`):
 * a PractitionerRole at the exporting office when there is one, else the Practitioner.
 */
export function careManagerRef(ctx: ExportContext, userId: string | undefined, fallbackName?: string): FhirReference | undefined {
  const id = text(userId);
  const name = (id ? text(ctx.userNames[id]) : undefined) ?? text(fallbackName);
  if (!id && !name) return undefined;
  const practitionerKey = id ? `Practitioner/user/${id}` : `Practitioner/${ctx.clientId}/name/${name ?? ''}`;
  const practitioner = ctx.bundle.add(
    practitionerKey,
    { resourceType: 'Practitioner', identifier: id ? [{ system: idSystems.user, value: id }] : undefined, name: japaneseNames(name) },
    name,
  );
  if (!ctx.office) return practitioner;
  return ctx.bundle.add(
    `PractitionerRole/${practitionerKey}`,
    { resourceType: 'PractitionerRole', practitioner, organization: ctx.office, code: [careTeamRoles.careManager] },
    name,
  );
}

/** The 主治医: a PractitionerRole (doctor at the institution), or the institution alone. */
export function primaryDoctorRef(ctx: ExportContext): FhirReference | undefined {
  const doctor = ctx.caseFile.client.primaryDoctor;
  if (!doctor) return undefined;
  const institution = organizationRef(ctx, undefined, doctor.institution, doctor.phone);
  const name = text(doctor.doctorName);
  if (!name) return institution;
  const practitioner = ctx.bundle.add(`Practitioner/${ctx.clientId}/primary-doctor`, { resourceType: 'Practitioner', name: japaneseNames(name) }, name);
  return ctx.bundle.add(
    `PractitionerRole/${ctx.clientId}/primary-doctor`,
    {
      resourceType: 'PractitionerRole',
      practitioner,
      organization: institution,
      code: defined([careTeamRoles.primaryDoctor, doctor.wroteOpinion ? careTeamRoles.opinionWriter : undefined]),
      specialty: defined([textConcept(doctor.department)]),
      telecom: phones([doctor.phone, 'phone', 'work'], [doctor.fax, 'fax', 'work']),
    },
    name,
  );
}

/**
 * Who carries out an informal line: the client (本人), a family member named on it (長女), an
 * organization (通いの場, 民間サービス), or another supporter as a RelatedPerson.
 */
export function informalPerformerRef(ctx: ExportContext, line: Pick<ServiceLine, 'informalCategory' | 'providerName'>): FhirReference | undefined {
  if (line.informalCategory === 'self') return ctx.patient;
  const name = text(line.providerName);
  if (!name) return undefined;
  if (line.informalCategory === 'community' || line.informalCategory === 'private') return organizationRef(ctx, undefined, name);
  const member = findFamilyMember(ctx.caseFile.client.familyMembers, name);
  if (member) return ctx.bundle.ref(familyMemberKey(ctx.clientId, member.id), member.name);
  const category = line.informalCategory ? informalCategoryLabels[line.informalCategory] : undefined;
  return ctx.bundle.add(
    `RelatedPerson/${ctx.clientId}/supporter/${name}`,
    { resourceType: 'RelatedPerson', active: true, patient: ctx.patient, relationship: defined([textConcept(category)]), name: [{ text: name }] },
    name,
  );
}

/** Family members who support the client (キーパーソン, 主介護者, or able to help). */
export function familySupporters(ctx: ExportContext): TeamMember[] {
  return ctx.caseFile.client.familyMembers
    .filter((m) => m.isKeyPerson === true || m.isMainCaregiver === true || m.canHelp === true)
    .flatMap((m) => {
      const member = ctx.bundle.ref(familyMemberKey(ctx.clientId, m.id), m.name);
      return member ? [{ member, role: { ...careTeamRoles.family, text: text(m.relationship) ?? '家族等' } }] : [];
    });
}

/** Adds the CareTeam; members named twice get one participant with all their roles. */
export function addCareTeam(ctx: ExportContext, members: readonly TeamMember[]): FhirReference {
  const participants = new Map<string, FhirCareTeamParticipant>();
  for (const { member, role } of members) {
    const key = member.reference ?? '';
    const existing = participants.get(key);
    if (!existing) participants.set(key, { role: [role], member });
    else if (!existing.role?.some((r) => JSON.stringify(r) === JSON.stringify(role))) existing.role?.push(role);
  }
  const client = ctx.caseFile.client;
  const team: FhirCareTeam = {
    resourceType: 'CareTeam',
    status: client.status === 'ended' ? 'inactive' : 'active',
    name: `${client.name}様のケアチーム`,
    subject: ctx.patient,
    period: client.startedOn || client.endedOn ? { start: client.startedOn, end: client.endedOn } : undefined,
    participant: [...participants.values()],
    managingOrganization: defined([ctx.office]),
  };
  return ctx.bundle.add(`CareTeam/${ctx.clientId}`, team, team.name);
}
