/**
 * The R4 invariants (constraints with keys such as `cpl-3`) of the elements in r4-definitions,
 * each checked on one JSON object. Bundle-wide rules (bdl-*, reference resolution) are in the
 * validator because they need every entry.
 */
import { extensionUrls } from '../fhir-systems.js';

type Json = Record<string, unknown>;
export type InvariantCheck = (value: Json, report: (message: string) => void, resolveType: (reference: unknown) => string | undefined) => void;

const has = (value: unknown) => value !== undefined;

function codings(concept: unknown): Array<{ system?: unknown; code?: unknown }> {
  const list = (concept as { coding?: unknown } | undefined)?.coding;
  return Array.isArray(list) ? (list as Array<{ system?: unknown; code?: unknown }>) : [];
}

/** Required binding on a CodeableConcept: some coding from `system` with one of `codes`. */
function requiredConcept(concept: unknown, system: string, codes: readonly string[], name: string, report: (m: string) => void): string | undefined {
  if (concept === undefined) return undefined;
  const match = codings(concept).find((c) => c.system === system);
  if (!match || typeof match.code !== 'string' || !codes.includes(match.code)) {
    report(`${name}: required binding — needs a coding from ${system} (${codes.join(' | ')})`);
    return undefined;
  }
  return match.code;
}

const conditionClinical = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const conditionVerification = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const valueKeys = (value: Json) => Object.keys(value).filter((k) => k.startsWith('value'));

/** Invariants by type name. */
export const invariants: Record<string, InvariantCheck> = {
  Reference: (v, report) => {
    // ref-1: a local reference needs a contained resource; the export never uses `contained`.
    if (typeof v.reference === 'string' && v.reference.startsWith('#')) report('ref-1: local (#) reference without contained resources');
  },
  Period: (v, report) => {
    // per-1: if present, start SHALL have a lower value than end.
    if (typeof v.start === 'string' && typeof v.end === 'string' && v.start.slice(0, v.end.length) > v.end.slice(0, v.start.length)) report('per-1: start is after end');
  },
  Extension: (v, report) => {
    // ext-1: must have either extensions or value[x], not both.
    const values = valueKeys(v).length;
    if (has(v.extension) === values > 0 || values > 1) report('ext-1: an extension has either one value[x] or nested extensions');
  },
  ContactPoint: (v, report) => {
    if (has(v.value) && !has(v.system)) report('cpt-2: a system is required if a value is provided');
  },
  'Timing.repeat': (v, report) => {
    if (has(v.duration) && !has(v.durationUnit)) report('tim-1: if there is a duration, there needs to be duration units');
    if (typeof v.duration === 'number' && v.duration < 0) report('tim-4: duration SHALL be a non-negative value');
  },
  'CarePlan.activity': (v, report) => {
    if (has(v.detail) && has(v.reference)) report('cpl-3: provide a reference or detail, not both');
  },
  'Goal.target': (v, report) => {
    if (Object.keys(v).some((k) => k.startsWith('detail')) && !has(v.measure)) report('gol-1: Goal.target.measure is required if Goal.target.detail is populated');
  },
  Condition: (v, report) => {
    const clinical = requiredConcept(v.clinicalStatus, conditionClinical, ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'], 'clinicalStatus', report);
    const verification = requiredConcept(v.verificationStatus, conditionVerification, ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'], 'verificationStatus', report);
    const problemListItem = Array.isArray(v.category) && v.category.some((c) => codings(c).some((x) => x.code === 'problem-list-item'));
    if (!has(v.clinicalStatus) && verification !== 'entered-in-error' && problemListItem) report('con-3: clinicalStatus SHALL be present for a problem-list-item');
    const abated = Object.keys(v).some((k) => k.startsWith('abatement'));
    if (abated && clinical !== undefined && !['inactive', 'resolved', 'remission'].includes(clinical)) report('con-4: an abated condition must be inactive, resolved or in remission');
    if (verification === 'entered-in-error' && has(v.clinicalStatus)) report('con-5: no clinicalStatus when verificationStatus is entered-in-error');
  },
  'Condition.evidence': (v, report) => {
    if (!has(v.code) && !has(v.detail)) report('con-2: evidence SHALL have code or details');
  },
  Organization: (v, report) => {
    if (!has(v.identifier) && !has(v.name)) report('org-1: the organization SHALL at least have a name or an identifier');
    if (Array.isArray(v.telecom) && v.telecom.some((t) => (t as Json).use === 'home')) report('org-3: the telecom of an organization can never be of use home');
  },
  'CareTeam.participant': (v, report, resolveType) => {
    if (has(v.onBehalfOf) && resolveType(v.member) !== 'Practitioner') report('ctm-1: onBehalfOf can only be populated when member is a Practitioner');
  },
  Observation: (v, report) => {
    const values = valueKeys(v);
    if (values.length > 0 && has(v.dataAbsentReason)) report('obs-6: dataAbsentReason SHALL only be present if value[x] is not present');
    const own = new Set(codings(v.code).map((c) => `${String(c.system)}|${String(c.code)}`));
    const clash = Array.isArray(v.component) && v.component.some((c) => codings((c as Json).code).some((x) => own.has(`${String(x.system)}|${String(x.code)}`)));
    if (values.length > 0 && clash) report('obs-7: a component with the same code as the observation means the value SHALL NOT be present');
  },
  'Observation.component': (v, report) => {
    if (valueKeys(v).length > 0 && has(v.dataAbsentReason)) report('obs-6: dataAbsentReason SHALL only be present if value[x] is not present');
  },
};

const representations = ['ABC', 'IDE', 'SYL'];

/** Rules of the extensions the export uses, by URL (definitions from their StructureDefinitions). */
export const extensionRules: Record<string, (v: Json, report: (message: string) => void, resolveType: (reference: unknown) => string | undefined) => void> = {
  'http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation': (v, report) => {
    if (typeof v.valueCode !== 'string' || !representations.includes(v.valueCode)) report('iso21090-EN-representation: valueCode ABC | IDE | SYL');
  },
  'http://hl7.org/fhir/StructureDefinition/goal-relationship': (v, report, resolveType) => {
    const parts = Array.isArray(v.extension) ? (v.extension as Json[]) : [];
    const type = parts.filter((p) => p.url === 'type');
    const target = parts.filter((p) => p.url === 'target');
    if (type.length !== 1 || !has(type[0]?.valueCodeableConcept)) report('goal-relationship: exactly one type (valueCodeableConcept)');
    if (target.length !== 1 || resolveType(target[0]?.valueReference) !== 'Goal') report('goal-relationship: exactly one target referring to a Goal');
    if (parts.some((p) => p.url !== 'type' && p.url !== 'target')) report('goal-relationship: only type and target');
  },
  [extensionUrls.benefitCovered]: (v, report) => {
    if (typeof v.valueBoolean !== 'boolean') report('ltci-benefit-covered: valueBoolean');
  },
};
