/**
 * Element tables of FHIR R4 (4.0.1) for the structural validator used in tests: for each data
 * type, backbone element and resource the export writes, its elements with type, cardinality,
 * required value-set bindings and reference targets, transcribed from the R4 resource pages.
 * Elements R4 defines but the export never writes are left out on purpose: the validator reports
 * them as unchecked, so nothing reaches the Bundle without a rule here.
 */
export type Cardinality = '0..1' | '1..1' | '0..*' | '1..*';

export type PrimitiveType = 'boolean' | 'decimal' | 'positiveInt' | 'string' | 'code' | 'uri' | 'date' | 'dateTime' | 'instant' | 'time' | 'id' | 'markdown';

export interface ElementDefinition {
  type: string;
  card: Cardinality;
  /** Codes of a `required` binding. */
  binding?: readonly string[];
  /** Resource types a Reference may point to; absent = Any. */
  targets?: readonly string[];
  /** Name of the choice element (`value[x]`) this type-specific name belongs to. */
  choice?: string;
}

export type TypeDefinition = Record<string, ElementDefinition>;

export const primitiveTypes: ReadonlySet<string> = new Set<PrimitiveType>(['boolean', 'decimal', 'positiveInt', 'string', 'code', 'uri', 'date', 'dateTime', 'instant', 'time', 'id', 'markdown']);

const el = (card: Cardinality, type: string, extra: Partial<ElementDefinition> = {}): ElementDefinition => ({ type, card, ...extra });
const code = (card: Cardinality, binding: readonly string[]) => el(card, 'code', { binding });
const ref = (card: Cardinality, targets?: readonly string[]) => el(card, 'Reference', targets ? { targets } : {});
const cc = (card: Cardinality) => el(card, 'CodeableConcept');

/** Resource.id / language and DomainResource.extension, shared by every resource. */
const resourceBase: TypeDefinition = {
  resourceType: el('1..1', 'string'),
  id: el('0..1', 'id'),
  language: el('0..1', 'code'),
  extension: el('0..*', 'Extension'),
};

const requestActivityKinds = ['Appointment', 'CommunicationRequest', 'DeviceRequest', 'MedicationRequest', 'NutritionOrder', 'Task', 'ServiceRequest', 'VisionPrescription'];

export const definitions: Record<string, TypeDefinition> = {
  Coding: { system: el('0..1', 'uri'), version: el('0..1', 'string'), code: el('0..1', 'code'), display: el('0..1', 'string'), userSelected: el('0..1', 'boolean') },
  CodeableConcept: { coding: el('0..*', 'Coding'), text: el('0..1', 'string') },
  Identifier: {
    use: code('0..1', ['usual', 'official', 'temp', 'secondary', 'old']),
    type: cc('0..1'),
    system: el('0..1', 'uri'),
    value: el('0..1', 'string'),
    period: el('0..1', 'Period'),
    assigner: ref('0..1', ['Organization']),
  },
  Reference: { reference: el('0..1', 'string'), type: el('0..1', 'uri'), identifier: el('0..1', 'Identifier'), display: el('0..1', 'string') },
  Period: { start: el('0..1', 'dateTime'), end: el('0..1', 'dateTime') },
  HumanName: {
    use: code('0..1', ['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden']),
    text: el('0..1', 'string'),
    family: el('0..1', 'string'),
    given: el('0..*', 'string'),
    prefix: el('0..*', 'string'),
    suffix: el('0..*', 'string'),
    period: el('0..1', 'Period'),
  },
  ContactPoint: {
    system: code('0..1', ['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other']),
    value: el('0..1', 'string'),
    use: code('0..1', ['home', 'work', 'temp', 'old', 'mobile']),
    rank: el('0..1', 'positiveInt'),
    period: el('0..1', 'Period'),
  },
  Address: {
    use: code('0..1', ['home', 'work', 'temp', 'old', 'billing']),
    type: code('0..1', ['postal', 'physical', 'both']),
    text: el('0..1', 'string'),
    line: el('0..*', 'string'),
    city: el('0..1', 'string'),
    district: el('0..1', 'string'),
    state: el('0..1', 'string'),
    postalCode: el('0..1', 'string'),
    country: el('0..1', 'string'),
    period: el('0..1', 'Period'),
  },
  Annotation: { authorString: el('0..1', 'string', { choice: 'author[x]' }), time: el('0..1', 'dateTime'), text: el('1..1', 'markdown') },
  Timing: { event: el('0..*', 'dateTime'), repeat: el('0..1', 'Timing.repeat'), code: cc('0..1') },
  'Timing.repeat': {
    boundsPeriod: el('0..1', 'Period', { choice: 'bounds[x]' }),
    duration: el('0..1', 'decimal'),
    durationUnit: code('0..1', ['s', 'min', 'h', 'd', 'wk', 'mo', 'a']),
    dayOfWeek: code('0..*', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
    timeOfDay: el('0..*', 'time'),
  },
  Extension: {
    url: el('1..1', 'uri'),
    valueBoolean: el('0..1', 'boolean', { choice: 'value[x]' }),
    valueCode: el('0..1', 'code', { choice: 'value[x]' }),
    valueString: el('0..1', 'string', { choice: 'value[x]' }),
    valueCodeableConcept: el('0..1', 'CodeableConcept', { choice: 'value[x]' }),
    valueReference: el('0..1', 'Reference', { choice: 'value[x]' }),
  },

  Bundle: {
    ...resourceBase,
    type: code('1..1', ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection']),
    timestamp: el('0..1', 'instant'),
    entry: el('0..*', 'Bundle.entry'),
  },
  'Bundle.entry': { fullUrl: el('0..1', 'uri'), resource: el('0..1', 'Resource'), request: el('0..1', 'Bundle.entry.request') },
  'Bundle.entry.request': { method: code('1..1', ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']), url: el('1..1', 'uri') },

  Patient: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    active: el('0..1', 'boolean'),
    name: el('0..*', 'HumanName'),
    telecom: el('0..*', 'ContactPoint'),
    gender: code('0..1', ['male', 'female', 'other', 'unknown']),
    birthDate: el('0..1', 'date'),
    address: el('0..*', 'Address'),
    generalPractitioner: ref('0..*', ['Organization', 'Practitioner', 'PractitionerRole']),
    managingOrganization: ref('0..1', ['Organization']),
  },
  RelatedPerson: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    active: el('0..1', 'boolean'),
    patient: ref('1..1', ['Patient']),
    relationship: cc('0..*'),
    name: el('0..*', 'HumanName'),
    telecom: el('0..*', 'ContactPoint'),
    address: el('0..*', 'Address'),
  },
  Practitioner: { ...resourceBase, identifier: el('0..*', 'Identifier'), active: el('0..1', 'boolean'), name: el('0..*', 'HumanName'), telecom: el('0..*', 'ContactPoint') },
  PractitionerRole: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    active: el('0..1', 'boolean'),
    practitioner: ref('0..1', ['Practitioner']),
    organization: ref('0..1', ['Organization']),
    code: cc('0..*'),
    specialty: cc('0..*'),
    telecom: el('0..*', 'ContactPoint'),
  },
  Organization: { ...resourceBase, identifier: el('0..*', 'Identifier'), active: el('0..1', 'boolean'), name: el('0..1', 'string'), telecom: el('0..*', 'ContactPoint') },
  CareTeam: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    status: code('0..1', ['proposed', 'active', 'suspended', 'inactive', 'entered-in-error']),
    name: el('0..1', 'string'),
    subject: ref('0..1', ['Patient', 'Group']),
    period: el('0..1', 'Period'),
    participant: el('0..*', 'CareTeam.participant'),
    managingOrganization: ref('0..*', ['Organization']),
  },
  'CareTeam.participant': {
    role: cc('0..*'),
    member: ref('0..1', ['Practitioner', 'PractitionerRole', 'RelatedPerson', 'Patient', 'Organization', 'CareTeam']),
    onBehalfOf: ref('0..1', ['Organization']),
    period: el('0..1', 'Period'),
  },
  CarePlan: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    replaces: ref('0..*', ['CarePlan']),
    status: code('1..1', ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
    intent: code('1..1', ['proposal', 'plan', 'order', 'option']),
    category: cc('0..*'),
    title: el('0..1', 'string'),
    description: el('0..1', 'string'),
    subject: ref('1..1', ['Patient', 'Group']),
    period: el('0..1', 'Period'),
    created: el('0..1', 'dateTime'),
    author: ref('0..1', ['Patient', 'Practitioner', 'PractitionerRole', 'Device', 'RelatedPerson', 'Organization', 'CareTeam']),
    careTeam: ref('0..*', ['CareTeam']),
    addresses: ref('0..*', ['Condition']),
    supportingInfo: ref('0..*'),
    goal: ref('0..*', ['Goal']),
    activity: el('0..*', 'CarePlan.activity'),
    note: el('0..*', 'Annotation'),
  },
  'CarePlan.activity': {
    outcomeReference: ref('0..*'),
    progress: el('0..*', 'Annotation'),
    reference: ref('0..1', [...requestActivityKinds, 'RequestGroup']),
    detail: el('0..1', 'CarePlan.activity.detail'),
  },
  'CarePlan.activity.detail': {
    extension: el('0..*', 'Extension'),
    kind: code('0..1', requestActivityKinds),
    code: cc('0..1'),
    reasonCode: cc('0..*'),
    reasonReference: ref('0..*', ['Condition', 'Observation', 'DiagnosticReport', 'DocumentReference']),
    goal: ref('0..*', ['Goal']),
    status: code('1..1', ['not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped', 'unknown', 'entered-in-error']),
    doNotPerform: el('0..1', 'boolean'),
    scheduledTiming: el('0..1', 'Timing', { choice: 'scheduled[x]' }),
    scheduledPeriod: el('0..1', 'Period', { choice: 'scheduled[x]' }),
    scheduledString: el('0..1', 'string', { choice: 'scheduled[x]' }),
    performer: ref('0..*', ['Practitioner', 'PractitionerRole', 'Organization', 'RelatedPerson', 'Patient', 'CareTeam', 'HealthcareService', 'Device']),
    productCodeableConcept: el('0..1', 'CodeableConcept', { choice: 'product[x]' }),
    description: el('0..1', 'string'),
  },
  Goal: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    lifecycleStatus: code('1..1', ['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected']),
    achievementStatus: cc('0..1'),
    category: cc('0..*'),
    description: cc('1..1'),
    subject: ref('1..1', ['Patient', 'Group', 'Organization']),
    startDate: el('0..1', 'date', { choice: 'start[x]' }),
    startCodeableConcept: el('0..1', 'CodeableConcept', { choice: 'start[x]' }),
    target: el('0..*', 'Goal.target'),
    statusDate: el('0..1', 'date'),
    addresses: ref('0..*', ['Condition', 'Observation', 'MedicationStatement', 'NutritionOrder', 'ServiceRequest', 'RiskAssessment']),
    note: el('0..*', 'Annotation'),
    outcomeReference: ref('0..*', ['Observation']),
  },
  'Goal.target': { measure: cc('0..1'), detailString: el('0..1', 'string', { choice: 'detail[x]' }), dueDate: el('0..1', 'date', { choice: 'due[x]' }) },
  Condition: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    clinicalStatus: cc('0..1'),
    verificationStatus: cc('0..1'),
    category: cc('0..*'),
    code: cc('0..1'),
    subject: ref('1..1', ['Patient', 'Group']),
    onsetDateTime: el('0..1', 'dateTime', { choice: 'onset[x]' }),
    onsetString: el('0..1', 'string', { choice: 'onset[x]' }),
    abatementDateTime: el('0..1', 'dateTime', { choice: 'abatement[x]' }),
    recordedDate: el('0..1', 'dateTime'),
    evidence: el('0..*', 'Condition.evidence'),
    note: el('0..*', 'Annotation'),
  },
  'Condition.evidence': { code: cc('0..*'), detail: ref('0..*') },
  Encounter: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    status: code('1..1', ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown']),
    class: el('1..1', 'Coding'),
    type: cc('0..*'),
    subject: ref('0..1', ['Patient', 'Group']),
    basedOn: ref('0..*', ['ServiceRequest']),
    participant: el('0..*', 'Encounter.participant'),
    period: el('0..1', 'Period'),
    serviceProvider: ref('0..1', ['Organization']),
  },
  'Encounter.participant': { type: cc('0..*'), period: el('0..1', 'Period'), individual: ref('0..1', ['Practitioner', 'PractitionerRole', 'RelatedPerson']) },
  Observation: {
    ...resourceBase,
    identifier: el('0..*', 'Identifier'),
    basedOn: ref('0..*', ['CarePlan', 'DeviceRequest', 'ImmunizationRecommendation', 'MedicationRequest', 'NutritionOrder', 'ServiceRequest']),
    status: code('1..1', ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown']),
    category: cc('0..*'),
    code: cc('1..1'),
    subject: ref('0..1', ['Patient', 'Group', 'Device', 'Location']),
    focus: ref('0..*'),
    encounter: ref('0..1', ['Encounter']),
    effectiveDateTime: el('0..1', 'dateTime', { choice: 'effective[x]' }),
    effectivePeriod: el('0..1', 'Period', { choice: 'effective[x]' }),
    issued: el('0..1', 'instant'),
    performer: ref('0..*', ['Practitioner', 'PractitionerRole', 'Organization', 'CareTeam', 'Patient', 'RelatedPerson']),
    valueCodeableConcept: el('0..1', 'CodeableConcept', { choice: 'value[x]' }),
    valueString: el('0..1', 'string', { choice: 'value[x]' }),
    valueBoolean: el('0..1', 'boolean', { choice: 'value[x]' }),
    dataAbsentReason: cc('0..1'),
    note: el('0..*', 'Annotation'),
    component: el('0..*', 'Observation.component'),
  },
  'Observation.component': {
    code: cc('1..1'),
    valueCodeableConcept: el('0..1', 'CodeableConcept', { choice: 'value[x]' }),
    valueString: el('0..1', 'string', { choice: 'value[x]' }),
    valueBoolean: el('0..1', 'boolean', { choice: 'value[x]' }),
    dataAbsentReason: cc('0..1'),
  },
};

/** Resource types the validator knows. */
export const resourceTypes: ReadonlySet<string> = new Set(['Bundle', 'Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization', 'CareTeam', 'CarePlan', 'Goal', 'Condition', 'Encounter', 'Observation']);
