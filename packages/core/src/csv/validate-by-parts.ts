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
 * The memo key of a leaf value other than a string: a number, a boolean, undefined, or a flat
 * object of such values and short strings (a period) with its keys in order; undefined for anything
 * else, which is not remembered.
 */
function otherKey(value: unknown): string | undefined {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return `${typeof value === 'number' ? 'n' : 'b'}${String(value)}`;
    case 'undefined':
      return 'u';
    case 'object': {
      if (!isObject(value)) return undefined;
      let key = 'o';
      for (const name of Object.keys(value)) {
        const part = value[name];
        if (typeof part === 'string' ? part.length > longestRemembered : part !== undefined && typeof part !== 'number' && typeof part !== 'boolean') return undefined;
        key += `\u0000${name}\u0001${typeof part}\u0001${String(part)}`;
      }
      return key;
    }
    case 'string':
    case 'bigint':
    case 'function':
    case 'symbol':
      return undefined;
  }
}

/** A remembered result handed out again: flat objects are copied, so no two documents share one. */
const handOut = (result: unknown) => (isObject(result) ? { ...result } : result);

function leaf(schema: z.ZodType): Walk {
  // Strings are looked up as they are (their hash is kept with them); other values by their key.
  let strings = new Map<string, unknown>();
  let others = new Map<string, unknown>();
  let seen = generation;
  return (value) => {
    if (seen !== generation) {
      strings = new Map();
      others = new Map();
      seen = generation;
    }
    const isString = typeof value === 'string';
    const key = isString ? (value.length <= longestRemembered ? value : undefined) : otherKey(value);
    if (key !== undefined) {
      const memo = isString ? strings : others;
      const known = memo.get(key);
      if (known !== undefined || memo.has(key)) return known === unvalidated ? known : handOut(known);
    }
    const parsed = schema.safeParse(value);
    const result = parsed.success ? parsed.data : unvalidated;
    if (key !== undefined) {
      if (memoSize >= memoLimit) {
        generation++;
        memoSize = 0;
        strings = new Map();
        others = new Map();
        seen = generation;
      }
      (isString ? strings : others).set(key, result);
      memoSize++;
    }
    return result === unvalidated ? result : handOut(result);
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
