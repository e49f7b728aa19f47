import { kizukiUuidNamespace } from './fhir-systems.js';
import type { FhirReference } from './r4-datatypes.js';
import type { FhirBundleEntry, FhirResource, FhirResourceType } from './r4-resources.js';
import { uuidV5 } from './uuid-v5.js';

/** Order of resource types in the Bundle: people first, then plans, then what happened. */
const typeOrder: readonly FhirResourceType[] = [
  'Patient',
  'RelatedPerson',
  'Organization',
  'Practitioner',
  'PractitionerRole',
  'CareTeam',
  'Condition',
  'CarePlan',
  'Goal',
  'Encounter',
  'Observation',
];

/**
 * Collects the resources of one export under stable keys (`CarePlan/plan-1`,
 * `Goal/plan-1/stg-1`). A key's UUID v5 is the resource id and its fullUrl is
 * `urn:uuid:<id>`, so the same case file always gives the same Bundle. Adding a key twice keeps
 * the first resource (shared providers, family members named in several plans).
 */
export class BundleAssembler {
  private readonly byKey = new Map<string, FhirResource>();

  /** The fullUrl a key gets (whether or not it was added). */
  static fullUrlOf(key: string): string {
    return `urn:uuid:${uuidV5(kizukiUuidNamespace, key)}`;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Adds `resource` under `key` (unless already there) and returns a reference to it. */
  add(key: string, resource: FhirResource, display?: string): FhirReference {
    if (!this.byKey.has(key)) {
      resource.id = uuidV5(kizukiUuidNamespace, key);
      resource.language = 'ja';
      this.byKey.set(key, resource);
    }
    return this.ref(key, display) as FhirReference;
  }

  /** A reference to the resource under `key`, or undefined when nothing was added there. */
  ref(key: string, display?: string): FhirReference | undefined {
    if (!this.byKey.has(key)) return undefined;
    return { reference: BundleAssembler.fullUrlOf(key), ...(display ? { display } : {}) };
  }

  /** The resource under `key` (for filling in links added later, e.g. Goal.outcomeReference). */
  get<T extends FhirResource>(key: string, type: T['resourceType']): T | undefined {
    const resource = this.byKey.get(key);
    return resource?.resourceType === type ? (resource as T) : undefined;
  }

  /** Entries grouped by resource type in a fixed order, in insertion order within a type. */
  entries(): FhirBundleEntry[] {
    // resourceType, id, language and extensions first, in the order of the R4 element definitions.
    const all = [...this.byKey.entries()].map(([key, resource]) => {
      const { resourceType, id, language, ...rest } = resource;
      const extension = 'extension' in rest ? rest.extension : undefined;
      return { fullUrl: BundleAssembler.fullUrlOf(key), resource: { resourceType, id, language, extension, ...rest } as FhirResource };
    });
    return typeOrder.flatMap((type) => all.filter((entry) => entry.resource.resourceType === type));
  }
}
