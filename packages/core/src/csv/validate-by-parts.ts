import type { z } from 'zod';

/**
 * Validation of a built case file with the domain schema, walked part by part so that a value an
 * import has already validated (a date, a code, a frequency, a period) is not validated again:
 * imported plans repeat the same few values on every row.
 *
 * Only the containers are walked here — objects, arrays, `.optional()` and `.default()` without
 * refinements — with zod's own rules for which keys the result carries. Every other part (text,
 * dates, codes, numbers, and any object or array with a refinement) is a leaf, validated by its own
 * schema; leaves are pure functions of their value, so a small value's result is remembered. When
 * any leaf or container finds a problem, the answer is {@link unvalidated} and the caller runs the
 * whole schema for its exact messages, so the parts walked here never decide a refusal.
 * `validate-by-parts.test.ts` checks that the answer equals zod's, keys and their order included.
 */

/** The walk found a problem (or a part it does not walk): run the whole schema instead. */
export const unvalidated: unique symbol = Symbol('unvalidated');

type Walk = (value: unknown) => unknown;

/** The parts of a zod schema's definition the walk reads. */
interface SchemaDef {
  type: string;
  checks?: readonly unknown[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
}

interface SchemaInternals {
  def: SchemaDef;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
}

const internals = (schema: z.ZodType) => (schema as unknown as { _zod: SchemaInternals })._zod;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Results of leaves are remembered up to this many in all, then forgotten, which bounds their memory. */
const memoLimit = 20_000;
let memoSize = 0;
/** Raised when the memory is full: every leaf forgets what it remembered. */
let generation = 0;

/** Values longer than this (free text, mostly written once) are validated without being remembered. */
const longestRemembered = 64;

/**
 * Leaf values other than strings are remembered in a tree of maps, one step a part, so that no key
 * string is built for them: a number, a boolean or undefined is one step; a flat object of such
 * values and short strings (a period) is {@link objectStart}, then each key and its value in order,
 * then {@link objectEnd}. The result is kept under `objectEnd` of the last step. Anything else is
 * not remembered.
 */
type Tree = Map<unknown, unknown>;

const objectStart: unique symbol = Symbol('object');
const objectEnd: unique symbol = Symbol('end');

const isRemembered = (part: unknown) =>
  typeof part === 'string' ? part.length <= longestRemembered : part === undefined || typeof part === 'number' || typeof part === 'boolean';

function step(node: Tree, key: unknown, create: boolean): Tree | undefined {
  const next = node.get(key) as Tree | undefined;
  if (next || !create) return next;
  const made: Tree = new Map();
  node.set(key, made);
  memoSize++;
  return made;
}

/**
 * The node of `value` in `root` whose {@link objectEnd} holds its result; undefined when `value` is
 * not remembered, or not known yet and `create` is false.
 */
function otherNode(root: Tree, value: unknown, create: boolean): Tree | undefined {
  if (typeof value !== 'object') return typeof value === 'string' || !isRemembered(value) ? undefined : step(root, value, create);
  if (!isObject(value)) return undefined;
  let node = step(root, objectStart, create);
  for (const name in value) {
    if (!Object.hasOwn(value, name)) continue;
    const part = value[name];
    if (!node || !isRemembered(part)) return undefined;
    node = step(node, name, create);
    if (node) node = step(node, part, create);
  }
  return node;
}

/** A remembered result handed out again: flat objects are copied, so no two documents share one. */
const handOut = (result: unknown) => (isObject(result) ? { ...result } : result);

/** A quick check could not decide: the leaf validates the value with its schema. */
const undecided: unique symbol = Symbol('undecided');

type QuickCheck = (value: unknown) => unknown;

/**
 * A check of the length of a string that only passes what the zod check passes: zod counts code
 * points, which are at most the UTF-16 units and at least half of them, so a length near a bound
 * is left to zod.
 */
function lengthCheck(check: unknown): ((text: string) => boolean) | undefined {
  const def = (check as { _zod?: { def?: { check?: string; minimum?: unknown; maximum?: unknown } } })._zod?.def;
  if (def?.check === 'max_length') {
    const maximum = def.maximum;
    return typeof maximum === 'number' ? (text) => text.length <= maximum : undefined;
  }
  if (def?.check === 'min_length') {
    const minimum = def.minimum;
    return typeof minimum === 'number' ? (text) => text.length >= minimum * 2 : undefined;
  }
  return undefined;
}

/**
 * A check of a leaf that needs neither zod nor the memory, for the plain schemas an import repeats
 * most: a string with length bounds (ids) and an enum. It passes a value only where the schema
 * would return that same value, and is {@link undecided} otherwise (zod decides, its messages kept).
 */
function quickCheck(schema: z.ZodType): QuickCheck | undefined {
  const zod = (schema as unknown as { _zod: SchemaInternals & { values?: ReadonlySet<unknown>; traits?: ReadonlySet<string> } })._zod;
  const def = zod.def as SchemaDef & { coerce?: boolean; format?: string };
  const checks = def.checks ?? [];
  // A string format (email, uuid…) is a check of its own schema: only plain strings are checked here.
  if (def.type === 'string' && def.coerce !== true && def.format === undefined && zod.traits?.has('$ZodCheck') !== true) {
    const bounds = checks.map(lengthCheck);
    if (!bounds.every((bound) => bound !== undefined)) return undefined;
    const passes = bounds as ((text: string) => boolean)[];
    return (value) => (typeof value === 'string' && passes.every((pass) => pass(value)) ? value : undecided);
  }
  if (def.type === 'enum' && checks.length === 0 && zod.values) {
    const values = zod.values;
    return (value) => (values.has(value) ? value : undecided);
  }
  return undefined;
}

/** The same keys in the same order with the same values (flat objects, compared one level deep). */
function sameFlat(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== others[i] || a[key] !== b[key]) return false;
  }
  return true;
}

function leaf(schema: z.ZodType): Walk {
  const quick = quickCheck(schema);
  // Strings are looked up as they are (their hash is kept with them); other values in a tree.
  let strings = new Map<string, unknown>();
  let others: Tree = new Map();
  let seen = generation;
  // The last remembered value and its result: rows of one plan often repeat the value just seen.
  let last: unknown = undecided;
  let lastResult: unknown;
  const answer = (value: unknown, result: unknown) => {
    last = value;
    lastResult = result;
    return result === unvalidated ? result : handOut(result);
  };
  return (value) => {
    if (quick) {
      const result = quick(value);
      if (result !== undecided) return result;
    }
    if (last !== undecided && (value === last || (isObject(value) && isObject(last) && sameFlat(value, last)))) {
      return lastResult === unvalidated ? lastResult : handOut(lastResult);
    }
    if (seen !== generation) {
      strings = new Map();
      others = new Map();
      seen = generation;
    }
    if (typeof value === 'string') {
      if (value.length > longestRemembered) {
        const parsed = schema.safeParse(value);
        return parsed.success ? parsed.data : unvalidated;
      }
      const known = strings.get(value);
      if (known !== undefined || strings.has(value)) return answer(value, known);
    } else {
      const node = otherNode(others, value, false);
      if (node?.has(objectEnd)) return answer(value, node.get(objectEnd));
    }
    const parsed = schema.safeParse(value);
    const result = parsed.success ? parsed.data : unvalidated;
    if (memoSize >= memoLimit) {
      generation++;
      memoSize = 0;
      strings = new Map();
      others = new Map();
      seen = generation;
    }
    if (typeof value === 'string') {
      strings.set(value, result);
      memoSize++;
      return answer(value, result);
    }
    const node = otherNode(others, value, true);
    if (!node) return result === unvalidated ? result : handOut(result);
    node.set(objectEnd, result);
    return answer(value, result);
  };
}

/** Marks a key the result does not carry. */
const absent: unique symbol = Symbol('absent');

/** How many key sets of one object schema get a template; past that, results are built key by key. */
const templateLimit = 256;

function objectWalk(shape: Record<string, z.ZodType>): Walk {
  const fields = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const schema = shape[key]!;
      const { optin, optout } = internals(schema);
      return { key, walk: walker(schema), optin, optional: optin === 'optional' && optout === 'optional', keepUndefined: optin === 'defaulted' && optout !== 'optional' };
    });
  /**
   * An object given its keys one by one turns into a slow dictionary past about sixteen keys (a
   * plan has over twenty); a copy of a template JSON.parse built with the same keys in the same
   * order keeps a fast shape. One template per set of keys, by which keys are present.
   */
  const templates = new Map<number | string, { object: Record<string, unknown>; used: number }>();
  // Which keys are present, as a number while it is exact (2^53), else as a string of 0 and 1.
  const exact = fields.length <= 52;
  const keySet = (results: readonly unknown[]): number | string => {
    if (!exact) return results.map((result) => (result === absent ? '0' : '1')).join('');
    let id = 0;
    let bit = 1;
    for (const result of results) {
      if (result !== absent) id += bit;
      bit *= 2;
    }
    return id;
  };
  return (value) => {
    if (!isObject(value)) return unvalidated;
    const results: unknown[] = new Array(fields.length);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const input = value[field.key];
      const present = input !== undefined || field.key in value;
      results[i] = absent;
      // An absent optional key adds nothing to zod's result, whatever its schema makes of undefined.
      if (!present && field.optional) continue;
      const result = field.walk(input);
      if (result === unvalidated) return unvalidated;
      if (field.optin === undefined) {
        if (!present) return unvalidated;
        results[i] = result;
      } else if (field.optional || result !== undefined || present || field.keepUndefined) results[i] = result;
    }
    const id = keySet(results);
    let template = templates.get(id);
    if (!template && templates.size < templateLimit) {
      const keys: Record<string, null> = {};
      for (let i = 0; i < fields.length; i++) if (results[i] !== absent) keys[fields[i]!.key] = null;
      template = { object: JSON.parse(JSON.stringify(keys)) as Record<string, unknown>, used: 0 };
      templates.set(id, template);
    }
    const out: Record<string, unknown> = template ? { ...template.object } : {};
    for (let i = 0; i < fields.length; i++) if (results[i] !== absent) out[fields[i]!.key] = results[i];
    // The first results settle the kinds of values the shape holds, so copies of their shape need no
    // change on the stores above; the template keeps that shape, not the values.
    if (template && template.used++ < 2) {
      const settled: Record<string, unknown> = { ...out };
      for (const key of Object.keys(settled)) settled[key] = null;
      template.object = settled;
    }
    return out;
  };
}

function arrayWalk(element: z.ZodType): Walk {
  const walk = walker(element);
  return (value) => {
    if (!Array.isArray(value)) return unvalidated;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const result = walk(value[i]);
      if (result === unvalidated) return unvalidated;
      out[i] = result;
    }
    return out;
  };
}

function optionalWalk(inner: z.ZodType, whole: Walk): Walk {
  const walk = walker(inner);
  // A default inside the optional supplies a value for undefined: zod's own parse decides that case.
  const defaulted = internals(inner).optin === 'defaulted';
  return (value) => (value !== undefined ? walk(value) : defaulted ? whole(value) : undefined);
}

function defaultWalk(inner: z.ZodType, def: SchemaDef): Walk {
  const walk = walker(inner);
  return (value) => {
    if (value === undefined) return def.defaultValue;
    const result = walk(value);
    return result === undefined ? def.defaultValue : result;
  };
}

const walkers = new WeakMap<z.ZodType, Walk>();

function walker(schema: z.ZodType): Walk {
  const known = walkers.get(schema);
  if (known) return known;
  const def = internals(schema).def;
  const refined = (def.checks?.length ?? 0) > 0;
  let walk: Walk;
  if (refined) walk = leaf(schema);
  else if (def.type === 'object' && def.shape && def.catchall === undefined) walk = objectWalk(def.shape);
  else if (def.type === 'array' && def.element) walk = arrayWalk(def.element);
  else if (def.type === 'optional' && def.innerType) walk = optionalWalk(def.innerType, leaf(schema));
  else if (def.type === 'default' && def.innerType) walk = defaultWalk(def.innerType, def);
  else walk = leaf(schema);
  walkers.set(schema, walk);
  return walk;
}

/**
 * `schema`'s parse of `value` (the same data zod returns, keys in the same order), or
 * {@link unvalidated} when any part has a problem.
 */
export function validateByParts<T extends z.ZodType>(schema: T, value: unknown): z.output<T> | typeof unvalidated {
  return walker(schema)(value) as z.output<T> | typeof unvalidated;
}
