/**
 * Policy pack YAML: the bundled packs spoiled as text (bytes cut, doubled, inserted, lines moved,
 * indentation broken, the file cut short) and as data (any value put at any place of the pack).
 * Every input is either refused with validation_failed in Japanese, checked the way a 基本方針
 * version is before it saves (parsed, resolved with its extends chain, rule params compiled), or
 * yields a pack that audits sample case files without throwing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aCaseFile, anExemplaryCaseFile, auditMany, csvCarePlanSample, csvPreventionSample, resolvePolicyVersionSource, type CaseFile } from '@kizuki/core';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { defaultPoliciesDir, loadPolicyPacks } from '../../packages/server/src/policy/load-packs.js';
import { refusalProblem, runProperty, type FuzzOptions, type FuzzOutcome } from './fuzz-support.js';

const sources = readdirSync(defaultPoliciesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(defaultPoliciesDir, f), 'utf8'));
const bundled = loadPolicyPacks().packs;
const asOf = '2026-01-15';
const caseFiles: CaseFile[] = [anExemplaryCaseFile().build(), aCaseFile().build(), csvCarePlanSample(), csvPreventionSample()];

type TextEdit = (text: string) => string;

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ at: fc.nat(), length: fc.nat({ max: 300 }), insert: fc.string({ unit: 'grapheme', maxLength: 20 }) }).map(({ at, length, insert }) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + insert + t.slice(i + length);
  }),
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
  fc.record({ line: fc.nat(), op: fc.constantFrom('delete', 'double', 'indent', 'dedent', 'tab', 'swap') }).map(({ line, op }) => (t: string) => {
    const lines = t.split('\n');
    const i = line % lines.length;
    const l = lines[i] ?? '';
    if (op === 'delete') lines.splice(i, 1);
    else if (op === 'double') lines.splice(i, 0, l);
    else if (op === 'indent') lines[i] = `   ${l}`;
    else if (op === 'dedent') lines[i] = l.trimStart();
    else if (op === 'tab') lines[i] = `\t${l}`;
    else [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length] ?? '', l];
    return lines.join('\n');
  }),
  fc.constantFrom<TextEdit>(
    (t) => `${t}\n${t}`,
    (t) => t.replaceAll(':', '：'),
    (t) => `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n${t}`,
    (t) => `%YAML 1.1\n---\n${t}`,
    (t) => t.replace(/^extends: .*$/mu, 'extends: hitachi'),
    (t) => `${t}\n---\nid: second\n`,
  ),
);

/** Every place in a parsed pack: object keys and array items, as a path. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

const dataEdit: fc.Arbitrary<TextEdit> = fc
  .record({ place: fc.nat(), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, '', -1, 1e308, '2025-02-30', 'x'.repeat(5000), [], {})) })
  .map(({ place, value }) => (t: string) => {
    const data: unknown = parseYaml(t);
    const all = paths(data);
    return stringifyYaml(setAt(data, all[place % all.length]!, value));
  });

/** Validated the way a 基本方針 version is before it saves: parsed, resolved with the bundled packs, its rules compiled. */
function packProblem(text: string, packId: string): string | undefined {
  let resolved;
  try {
    resolved = resolvePolicyVersionSource(text, { packId }, bundled);
  } catch (error) {
    return refusalProblem(error) ?? ((error as { code: string }).code === 'validation_failed' ? undefined : `refused with ${(error as { code: string }).code}`);
  }
  try {
    auditMany(caseFiles, resolved, { asOf });
  } catch (error) {
    return `a pack that validates fails the audit: ${String(error)}`;
  }
  return undefined;
}

const source = fc.constantFrom(...sources);
const idOf = (text: string) => /^id: (.+)$/mu.exec(text)?.[1] ?? '';

export async function fuzzPolicy(options: FuzzOptions): Promise<FuzzOutcome[]> {
  const check = (text: string, packId: string) => {
    const problem = packProblem(text, packId);
    if (problem) throw new Error(problem);
    return true;
  };
  return [
    await runProperty('policy YAML: text edits', fc.property(source, fc.array(textEdit, { minLength: 1, maxLength: 4 }), (text, edits) => check(edits.reduce((t, e) => e(t), text), idOf(text))), options),
    await runProperty('policy YAML: a value changed anywhere', fc.property(source, fc.array(dataEdit, { minLength: 1, maxLength: 3 }), (text, edits) => check(edits.reduce((t, e) => e(t), text), idOf(text))), { ...options, numRuns: Math.max(1, Math.floor(options.numRuns / 2)) }),
  ];
}
