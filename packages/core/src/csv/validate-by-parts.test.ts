import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../domain/document-bodies.js';
import { exemplaryCaseFile } from '../testing/exemplary-case-file.js';
import { csvCarePlanSample, csvPreventionSample, csvUsageSample } from './csv-samples.js';
import { unvalidated, validateByParts } from './validate-by-parts.js';

/** JSON that keeps keys whose value is undefined, in order, so key order and presence are compared too. */
const exact = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '\u0000undefined' : v));

const seeds = [csvCarePlanSample(), csvPreventionSample(), csvUsageSample(), exemplaryCaseFile()];

/** Every path in a value (objects and arrays), the value itself first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function edited(value: unknown, path: readonly (string | number)[], edit: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(value ?? null)) as Record<string | number, unknown>;
  if (path.length === 0) return edit.kind === 'set' ? edit.value : copy;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (edit.kind === 'set') parent[last] = edit.value;
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[edit.key] = edit.value;
  }
  return copy;
}

const odd = fc.constantFrom<unknown>(
  '', '  ', '　全角の空白　', 'ｼｭｳ2ｶｲ', '2025/4/1', '令和7年4月1日', 'R7.4.1', '2025-02-30', '2025-04-01', '12:00', '9時30分', '25:00',
  '99', '-1', '１６，７６５', 'abc', 'care_2', '21', '要介護２', 'H123456789', '0000000000', '317-0000', '3170000', 'x'.repeat(5000),
  'a\u0000b', 'line1\nline2', null, undefined, 0, -5, 1.5, 7, 8, true, false, {}, [], { start: '2025-04-01', end: '2025-03-01' },
  { start: 'R7.4.1', end: '令和7年9月30日', text: '  R7.4～R7.9 ' }, [{ id: 'x' }],
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  odd.map((value): Edit => ({ kind: 'set', value })),
  fc.constant<Edit>({ kind: 'delete' }),
  fc.tuple(fc.constantFrom('extra', 'text', 'period', 'notes', 'status'), odd).map(([key, value]): Edit => ({ kind: 'add', key, value })),
);

function expectSameAsZod(input: unknown): void {
  const zod = caseFileSchema.safeParse(input);
  // Twice: the second answer comes from remembered leaves.
  for (let i = 0; i < 2; i++) {
    const walked = validateByParts(caseFileSchema, input);
    if (!zod.success) expect(walked).toBe(unvalidated);
    else {
      expect(walked).not.toBe(unvalidated);
      expect(exact(walked)).toBe(exact(zod.data));
      expect(walked).toStrictEqual(zod.data);
    }
  }
}

describe('validation part by part', () => {
  it('gives zod’s answer on the samples, keys and their order included', () => {
    for (const seed of seeds) expectSameAsZod(seed);
  });

  it('gives zod’s answer, or leaves the answer to zod, whatever is changed anywhere in a case file', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, pick, edits) => {
        let input: unknown = seeds[which];
        for (const [i, e] of edits.entries()) {
          const all = paths(input);
          input = edited(input, all[(pick + i * 7919) % all.length]!, e);
        }
        expectSameAsZod(input);
      }),
      { numRuns: 1500 },
    );
  });

  it('hands out copies of remembered results, so no two documents share an object', () => {
    const file = csvCarePlanSample();
    const a = validateByParts(caseFileSchema, file);
    const b = validateByParts(caseFileSchema, file);
    if (a === unvalidated || b === unvalidated) throw new Error('sample refused');
    const periodA = a.carePlans[0]?.needs[0]?.longTermGoals[0]?.period;
    const periodB = b.carePlans[0]?.needs[0]?.longTermGoals[0]?.period;
    expect(periodA).toBeDefined();
    expect(periodA).toEqual(periodB);
    expect(periodA).not.toBe(periodB);
  });
});
