import type {
  FhirAddress,
  FhirAnnotation,
  FhirCodeableConcept,
  FhirCoding,
  FhirContactPoint,
  FhirExtension,
  FhirHumanName,
  FhirIdentifier,
  FhirPeriod,
  FhirReference,
  FhirTiming,
} from './r4-datatypes.js';

/**
 * FHIR R4 resources the Kizuki export writes, limited to the elements it uses. Required
 * elements of R4 (CarePlan.status, Goal.description …) are required here too.
 */
interface ResourceBase {
  id?: string;
  /** Language of the text content: always `ja`. */
  language?: string;
}

export interface FhirPatient extends ResourceBase {
  resourceType: 'Patient';
  identifier?: FhirIdentifier[];
  active?: boolean;
  name?: FhirHumanName[];
  telecom?: FhirContactPoint[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  address?: FhirAddress[];
  generalPractitioner?: FhirReference[];
  managingOrganization?: FhirReference;
}

export interface FhirRelatedPerson extends ResourceBase {
  resourceType: 'RelatedPerson';
  active?: boolean;
  patient: FhirReference;
  relationship?: FhirCodeableConcept[];
  name?: FhirHumanName[];
  telecom?: FhirContactPoint[];
  address?: FhirAddress[];
}

export interface FhirPractitioner extends ResourceBase {
  resourceType: 'Practitioner';
  identifier?: FhirIdentifier[];
  name?: FhirHumanName[];
}

export interface FhirPractitionerRole extends ResourceBase {
  resourceType: 'PractitionerRole';
  practitioner?: FhirReference;
  organization?: FhirReference;
  code?: FhirCodeableConcept[];
  specialty?: FhirCodeableConcept[];
  telecom?: FhirContactPoint[];
}

export interface FhirOrganization extends ResourceBase {
  resourceType: 'Organization';
  identifier?: FhirIdentifier[];
  name?: string;
  telecom?: FhirContactPoint[];
}

export interface FhirCareTeamParticipant {
  role?: FhirCodeableConcept[];
  member?: FhirReference;
}

export interface FhirCareTeam extends ResourceBase {
  resourceType: 'CareTeam';
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  name?: string;
  subject?: FhirReference;
  period?: FhirPeriod;
  participant?: FhirCareTeamParticipant[];
  managingOrganization?: FhirReference[];
}

export type CarePlanActivityStatus = 'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped' | 'unknown' | 'entered-in-error';

export interface FhirCarePlanActivity {
  progress?: FhirAnnotation[];
  detail?: {
    extension?: FhirExtension[];
    kind?: 'ServiceRequest' | 'DeviceRequest' | 'Task';
    code?: FhirCodeableConcept;
    reasonCode?: FhirCodeableConcept[];
    reasonReference?: FhirReference[];
    goal?: FhirReference[];
    status: CarePlanActivityStatus;
    scheduledTiming?: FhirTiming;
    performer?: FhirReference[];
    productCodeableConcept?: FhirCodeableConcept;
    description?: string;
  };
}

export interface FhirCarePlan extends ResourceBase {
  resourceType: 'CarePlan';
  identifier?: FhirIdentifier[];
  replaces?: FhirReference[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'proposal' | 'plan' | 'order' | 'option';
  category?: FhirCodeableConcept[];
  title?: string;
  description?: string;
  subject: FhirReference;
  period?: FhirPeriod;
  created?: string;
  author?: FhirReference;
  careTeam?: FhirReference[];
  addresses?: FhirReference[];
  supportingInfo?: FhirReference[];
  goal?: FhirReference[];
  activity?: FhirCarePlanActivity[];
  note?: FhirAnnotation[];
}

export interface FhirGoal extends ResourceBase {
  resourceType: 'Goal';
  extension?: FhirExtension[];
  lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled' | 'entered-in-error' | 'rejected';
  achievementStatus?: FhirCodeableConcept;
  category?: FhirCodeableConcept[];
  description: FhirCodeableConcept;
  subject: FhirReference;
  startDate?: string;
  target?: Array<{ dueDate?: string }>;
  addresses?: FhirReference[];
  note?: FhirAnnotation[];
  outcomeReference?: FhirReference[];
}

export interface FhirCondition extends ResourceBase {
  resourceType: 'Condition';
  clinicalStatus?: FhirCodeableConcept;
  category?: FhirCodeableConcept[];
  code?: FhirCodeableConcept;
  subject: FhirReference;
  onsetDateTime?: string;
  onsetString?: string;
  recordedDate?: string;
  evidence?: Array<{ code?: FhirCodeableConcept[] }>;
  note?: FhirAnnotation[];
}

export interface FhirEncounter extends ResourceBase {
  resourceType: 'Encounter';
  identifier?: FhirIdentifier[];
  status: 'planned' | 'arrived' | 'triaged' | 'in-progress' | 'onleave' | 'finished' | 'cancelled' | 'entered-in-error' | 'unknown';
  class: FhirCoding;
  type?: FhirCodeableConcept[];
  subject?: FhirReference;
  participant?: Array<{ individual?: FhirReference }>;
  period?: FhirPeriod;
  serviceProvider?: FhirReference;
}

export interface FhirObservationValue {
  valueCodeableConcept?: FhirCodeableConcept;
  valueString?: string;
  valueBoolean?: boolean;
}

export interface FhirObservation extends ResourceBase, FhirObservationValue {
  resourceType: 'Observation';
  identifier?: FhirIdentifier[];
  basedOn?: FhirReference[];
  status: 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error' | 'unknown';
  code: FhirCodeableConcept;
  subject?: FhirReference;
  focus?: FhirReference[];
  encounter?: FhirReference;
  effectiveDateTime?: string;
  effectivePeriod?: FhirPeriod;
  performer?: FhirReference[];
  note?: FhirAnnotation[];
  component?: Array<FhirObservationValue & { code: FhirCodeableConcept }>;
}

/** Every resource type the export writes. */
export type FhirResource =
  | FhirPatient
  | FhirRelatedPerson
  | FhirPractitioner
  | FhirPractitionerRole
  | FhirOrganization
  | FhirCareTeam
  | FhirCarePlan
  | FhirGoal
  | FhirCondition
  | FhirEncounter
  | FhirObservation;
export type FhirResourceType = FhirResource['resourceType'];

export interface FhirBundleEntry {
  /** `urn:uuid:` + the resource id. */
  fullUrl: string;
  resource: FhirResource;
  /** Only in a transaction Bundle: `PUT ResourceType/id`. */
  request?: { method: 'PUT'; url: string };
}

export interface FhirBundle {
  resourceType: 'Bundle';
  language?: string;
  type: 'collection' | 'transaction';
  /** When the Bundle was assembled; present only when the caller gives it. */
  timestamp?: string;
  entry: FhirBundleEntry[];
}
