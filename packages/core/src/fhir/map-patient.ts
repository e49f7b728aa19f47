import type { Client, FamilyMember } from '../domain/client.schema.js';
import type { BundleAssembler } from './bundle-assembler.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, hl7Systems, idSystems, ltciInsuredNumberSystem } from './fhir-systems.js';
import { concept, defined, japaneseNames, phones, text, textConcept } from './fhir-values.js';
import type { FhirAddress, FhirCodeableConcept, FhirIdentifier } from './r4-datatypes.js';
import type { FhirPatient, FhirRelatedPerson } from './r4-resources.js';

/** Key of the Patient of a client. */
export const patientKey = (clientId: string) => `Patient/${clientId}`;

/** Key of the RelatedPerson of a family member (家族等). */
export const familyMemberKey = (clientId: string, memberId: string) => `RelatedPerson/${clientId}/${memberId}`;

/**
 * The identifiers of a 被保険者: 保険者番号:被保険者番号 in one system (JP Core's 被保険者個人識別子
 * pattern), the 被保険者番号 in a system scoped to its insurer (JP Core's patient-id pattern), and
 * the Kizuki client id. The insurer is named on the first two as assigner by its identifier.
 */
export function patientIdentifiers(client: Pick<Client, 'id' | 'insurerNumber' | 'insuredNumber'>): FhirIdentifier[] {
  const assigner = { identifier: { system: idSystems.ltciInsurerNumber, value: client.insurerNumber }, display: `保険者番号 ${client.insurerNumber}` };
  const memberType = concept(hl7Systems.identifierType, 'MB', 'Member Number', '介護保険被保険者');
  return [
    { use: 'official', type: memberType, system: idSystems.ltciMember, value: `${client.insurerNumber}:${client.insuredNumber}`, assigner },
    { use: 'official', type: memberType, system: ltciInsuredNumberSystem(client.insurerNumber), value: client.insuredNumber, assigner },
    { use: 'secondary', system: idSystems.document('client'), value: client.id },
  ];
}

function address(client: Client): FhirAddress | undefined {
  const a = client.address;
  const lines = defined([text(a?.line1), text(a?.line2)]);
  if (!a || (lines.length === 0 && !a.postalCode)) return undefined;
  // JP Core: text is the whole address without the postal code.
  return { use: 'home', type: 'both', text: lines.join(' ') || undefined, line: lines, postalCode: a.postalCode, country: 'JP' };
}

/** Adds the Patient (利用者基本情報). generalPractitioner and managingOrganization are set by the caller. */
export function addPatient(bundle: BundleAssembler, client: Client) {
  const patient: FhirPatient = {
    resourceType: 'Patient',
    identifier: patientIdentifiers(client),
    active: client.status !== 'ended',
    name: japaneseNames(client.name, client.nameKana),
    telecom: phones([client.phone, 'phone', 'home'], [client.mobilePhone, 'phone', 'mobile']),
    gender: client.sex,
    birthDate: client.birthDate,
    address: defined([address(client)]),
  };
  return { resource: patient, ref: bundle.add(patientKey(client.id), patient, client.name) };
}

function relationships(member: FamilyMember): FhirCodeableConcept[] {
  return defined([
    textConcept(member.relationship),
    member.isEmergencyContact ? concept(hl7Systems.contactRole, 'C', 'Emergency Contact', member.emergencyPriority ? `緊急連絡先（第${member.emergencyPriority}順位）` : '緊急連絡先') : undefined,
    member.isKeyPerson ? concept(codeSystems.familyRole, 'key-person', 'キーパーソン') : undefined,
    member.isMainCaregiver ? concept(codeSystems.familyRole, 'main-caregiver', '主介護者') : undefined,
  ]);
}

/** Adds a RelatedPerson for every 家族等 of the client. */
export function addFamilyMembers(ctx: ExportContext): void {
  for (const member of ctx.caseFile.client.familyMembers) {
    const person: FhirRelatedPerson = {
      resourceType: 'RelatedPerson',
      active: true,
      patient: ctx.patient,
      relationship: relationships(member),
      name: japaneseNames(member.name, member.nameKana),
      telecom: phones([member.phone, 'phone']),
      address: defined([text(member.address) ? { text: text(member.address) } : undefined]),
    };
    ctx.bundle.add(familyMemberKey(ctx.clientId, member.id), person, member.name);
  }
}

/** The family member a supporter written on the plan (長女, 青葉 由美) refers to, if any. */
export function findFamilyMember(members: readonly FamilyMember[], supporter: string | undefined): FamilyMember | undefined {
  const name = text(supporter);
  if (!name) return undefined;
  const compact = (s: string | undefined) => s?.replace(/[\s\u3000]+/gu, '');
  return members.find((m) => compact(m.name) === compact(name)) ?? members.find((m) => m.relationship === name);
}
