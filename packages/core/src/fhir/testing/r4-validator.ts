import { isRealCalendarDate, r4PrimitivePatterns } from '../r4-primitives.js';
import { definitions, primitiveTypes, resourceTypes, type ElementDefinition } from './r4-definitions.js';
import { extensionRules, invariants } from './r4-invariants.js';

/** One problem found in a Bundle, at a JSON path such as `entry[3].resource.status`. */
export interface R4Issue {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

class Walker {
  readonly issues: R4Issue[] = [];
  constructor(private readonly typeByFullUrl: ReadonlyMap<string, string>) {}

  report(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The resource type a Reference resolves to inside the Bundle. */
  resolveType = (reference: unknown): string | undefined => (isObject(reference) && typeof reference.reference === 'string' ? this.typeByFullUrl.get(reference.reference) : undefined);

  primitive(value: unknown, type: string, path: string, binding?: readonly string[]): void {
    if (value === null || value === undefined) return this.report(path, 'ele-1: null or empty value');
    if (type === 'boolean') return void (typeof value !== 'boolean' && this.report(path, 'expected a JSON boolean'));
    if (type === 'decimal' || type === 'positiveInt') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return this.report(path, `expected a JSON number (${type})`);
      if (type === 'positiveInt' && (!Number.isInteger(value) || value < 1)) this.report(path, 'positiveInt must be an integer ≥ 1');
      return;
    }
    if (typeof value !== 'string') return this.report(path, `expected a JSON string (${type})`);
    const pattern = type === 'markdown' ? r4PrimitivePatterns.string : r4PrimitivePatterns[type as keyof typeof r4PrimitivePatterns];
    if (value.trim() === '' || (pattern && !pattern.test(value))) this.report(path, `not a valid ${type}: ${JSON.stringify(value)}`);
    if ((type === 'date' || type === 'dateTime' || type === 'instant') && !isRealCalendarDate(value)) this.report(path, `not a real calendar date: ${value}`);
    if (binding && !binding.includes(value)) this.report(path, `code ${JSON.stringify(value)} is not in the required value set (${binding.join(' | ')})`);
  }

  element(value: unknown, def: ElementDefinition, path: string): void {
    if (primitiveTypes.has(def.type)) return this.primitive(value, def.type, path, def.binding);
    if (def.type === 'Resource') return this.resource(value, path);
    this.complex(value, def.type, path, def.targets);
  }

  resource(value: unknown, path: string): void {
    const type = isObject(value) ? value.resourceType : undefined;
    if (typeof type !== 'string' || !resourceTypes.has(type) || type === 'Bundle') return this.report(path, `resourceType ${JSON.stringify(type)} is not one the validator checks`);
    this.complex(value, type, `${path}(${type})`);
  }

  complex(value: unknown, type: string, path: string, targets?: readonly string[]): void {
    if (!isObject(value)) return this.report(path, `expected an object (${type})`);
    if (Object.keys(value).length === 0) return this.report(path, 'ele-1: empty object');
    const def = definitions[type];
    if (!def) return this.report(path, `type ${type} is not defined in the validator`);
    // Element.extension is allowed on every data type and backbone element.
    const elements: Record<string, ElementDefinition> = { extension: { type: 'Extension', card: '0..*' }, ...def };
    for (const key of Object.keys(value)) {
      if (!(key in elements)) this.report(`${path}.${key}`, `unknown element (not in R4 ${type}, or not checked by this validator)`);
    }
    const choices = new Map<string, string[]>();
    for (const [name, el] of Object.entries(elements)) {
      const child = value[name];
      const at = `${path}.${name}`;
      if (child === undefined) {
        if (el.card.startsWith('1')) this.report(at, `required element missing (${el.card})`);
        continue;
      }
      if (el.choice) choices.set(el.choice, [...(choices.get(el.choice) ?? []), name]);
      if (el.card.endsWith('*')) {
        if (!Array.isArray(child)) this.report(at, 'expected an array');
        else if (child.length === 0) this.report(at, 'ele-1: empty array');
        else child.forEach((item, i) => this.element(item, el, `${at}[${i}]`));
      } else if (Array.isArray(child)) this.report(at, `expected a single value (${el.card})`);
      else this.element(child, el, at);
    }
    for (const [choice, names] of choices) if (names.length > 1) this.report(path, `only one of ${choice} may be present: ${names.join(', ')}`);
    invariants[type]?.(value, (message) => this.report(path, message), this.resolveType);
    if (type === 'Extension' && typeof value.url === 'string') extensionRules[value.url]?.(value, (message) => this.report(path, message), this.resolveType);
    if (type === 'Reference') this.reference(value, path, targets);
  }

  /** Kizuki rule: every reference is a urn:uuid fullUrl of this Bundle (the export is self-contained), of an allowed type. */
  reference(value: Json, path: string, targets?: readonly string[]): void {
    if (value.reference === undefined) return;
    const resolved = this.resolveType(value);
    if (!resolved) return this.report(path, `reference ${JSON.stringify(value.reference)} does not resolve to an entry of the Bundle`);
    if (targets && !targets.includes(resolved)) this.report(path, `reference to ${resolved}, but only ${targets.join(' | ')} allowed here`);
  }
}

function bundleRules(bundle: Json, walker: Walker): void {
  const entries = Array.isArray(bundle.entry) ? bundle.entry.filter(isObject) : [];
  const seen = new Set<string>();
  const needsRequest = ['batch', 'transaction', 'history'].includes(String(bundle.type));
  entries.forEach((entry, i) => {
    const at = `Bundle.entry[${i}]`;
    const fullUrl = entry.fullUrl;
    if (typeof fullUrl === 'string') {
      if (seen.has(fullUrl)) walker.report(at, `bdl-7: fullUrl must be unique in a bundle (${fullUrl})`);
      seen.add(fullUrl);
      if (fullUrl.includes('/_history/')) walker.report(at, 'bdl-8: fullUrl cannot be a version specific reference');
      const id = isObject(entry.resource) ? entry.resource.id : undefined;
      if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u.test(fullUrl)) walker.report(at, 'fullUrl is not a urn:uuid');
      else if (id !== undefined && fullUrl !== `urn:uuid:${typeof id === 'string' ? id : JSON.stringify(id)}`) walker.report(at, 'fullUrl and resource.id disagree');
    } else walker.report(at, 'Kizuki rule: every entry has a fullUrl');
    if (entry.resource === undefined && entry.request === undefined) walker.report(at, 'bdl-5: entry must have a resource unless there is a request or response');
    if (needsRequest !== (entry.request !== undefined)) walker.report(at, 'bdl-3: entry.request mandatory for batch/transaction/history, otherwise prohibited');
  });
}

/**
 * Checks a FHIR R4 Bundle as the export writes it: R4 element names, types, cardinalities,
 * primitive formats, required bindings and invariants of the types in r4-definitions, Bundle
 * rules, and that every reference resolves inside the Bundle to an allowed resource type.
 * Returns every problem found (none = valid).
 */
export function validateR4Bundle(input: unknown): R4Issue[] {
  const typeByFullUrl = new Map<string, string>();
  const entries: unknown[] = isObject(input) && Array.isArray(input.entry) ? input.entry : [];
  for (const entry of entries) {
    if (isObject(entry) && typeof entry.fullUrl === 'string' && isObject(entry.resource) && typeof entry.resource.resourceType === 'string') {
      typeByFullUrl.set(entry.fullUrl, entry.resource.resourceType);
    }
  }
  const walker = new Walker(typeByFullUrl);
  if (!isObject(input) || input.resourceType !== 'Bundle') {
    walker.report('Bundle', 'not a Bundle');
    return walker.issues;
  }
  walker.complex(input, 'Bundle', 'Bundle');
  bundleRules(input, walker);
  return walker.issues;
}
