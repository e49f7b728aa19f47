import type { FhirBundle, FhirResource } from '../r4-resources.js';

/** The resources of one type in a Bundle, typed (test helper). */
export function resourcesOf<T extends FhirResource['resourceType']>(bundle: FhirBundle, type: T): Array<Extract<FhirResource, { resourceType: T }>> {
  return bundle.entry.map((e) => e.resource).filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type);
}

/** The resource a `urn:uuid:` reference points to in the Bundle (test helper). */
export function resolve(bundle: FhirBundle, reference: { reference?: string } | undefined): FhirResource | undefined {
  return bundle.entry.find((e) => e.fullUrl === reference?.reference)?.resource;
}
