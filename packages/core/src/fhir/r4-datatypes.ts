/**
 * FHIR R4 (4.0.1) data types, limited to the elements the Kizuki export writes. Primitive
 * values are strings in the R4 JSON formats: `date` is YYYY-MM-DD, `dateTime` may be a date,
 * `instant` has a time zone, `time` is hh:mm:ss.
 */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** Reference: a `urn:uuid:` fullUrl of an entry in the same Bundle, or a logical identifier with a display. */
export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

export interface FhirIdentifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  type?: FhirCodeableConcept;
  system?: string;
  value?: string;
  assigner?: FhirReference;
}

export interface FhirPeriod {
  start?: string;
  end?: string;
}

export interface FhirExtension {
  url: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueString?: string;
  valueCodeableConcept?: FhirCodeableConcept;
  valueReference?: FhirReference;
  extension?: FhirExtension[];
}

export interface FhirHumanName {
  extension?: FhirExtension[];
  use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  text?: string;
  family?: string;
  given?: string[];
}

export interface FhirContactPoint {
  system?: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  value?: string;
  use?: 'home' | 'work' | 'temp' | 'old' | 'mobile';
}

export interface FhirAddress {
  use?: 'home' | 'work' | 'temp' | 'old' | 'billing';
  type?: 'postal' | 'physical' | 'both';
  text?: string;
  line?: string[];
  postalCode?: string;
  country?: string;
}

export interface FhirAnnotation {
  text: string;
  time?: string;
}

export type FhirDayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface FhirTiming {
  repeat?: {
    boundsPeriod?: FhirPeriod;
    duration?: number;
    durationUnit?: 's' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'a';
    dayOfWeek?: FhirDayOfWeek[];
    timeOfDay?: string[];
  };
  code?: FhirCodeableConcept;
}
