import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../domain/document-bodies.js';
import { knownRuleIds } from '../policy/rule-ids.js';
import { aCaseFile, anExemplaryCaseFile } from '../testing/builders.js';
import { audit, auditMany } from './audit.js';
import { compilePolicy } from './compile-policy.js';
import { auditRules } from './rules/index.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from './testing/shipped-packs.js';

describe('rule registry', () => {
  it('implements every rule id exactly once', () => {
    expect(auditRules.map((r) => r.id).sort()).toEqual([...knownRuleIds].sort());
  });
});

describe('shipped packs', () => {
  it.each(shippedPackIds)('%s compiles: every enabled rule accepts its params', (id) => {
    const compiled = compilePolicy(shippedPack(id));
    expect(compiled.rules.length).toBeGreaterThan(0);
    for (const active of compiled.rules) expect(active.citations.length).toBeGreaterThan(0);
  });

  it.each(shippedPackIds)('the exemplary case file raises no 気づき under %s', (id) => {
    const result = audit(anExemplaryCaseFile().build(), shippedPack(id), { asOf: exemplaryAsOf });
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated).toEqual([]);
  });
});

describe('audit', () => {
  const national = shippedPack('national');

  it('reports the client and the plan audited', () => {
    const result = audit(anExemplaryCaseFile().build(), national, { asOf: exemplaryAsOf });
    expect(result.client).toEqual({ insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ' });
    expect(result.planDate).toBe('2025-04-01');
  });

  it('gives each finding its severity and the pack citations, quoting the principle', () => {
    const caseFile = anExemplaryCaseFile().withAssessment({ place: { kind: 'hospital' } }).build();
    const [finding] = audit(caseFile, national, { asOf: exemplaryAsOf }).findings;
    expect(finding).toMatchObject({ ruleId: 'assessment.not-at-home', severity: 'standard' });
    expect(finding?.citations[0]).toMatchObject({ kind: 'principle', id: 'national.s38-13-7' });
    expect(finding?.evidence[0]).toMatchObject({ document: 'assessment', path: ['place', 'kind'] });
  });

  it('reports rules as not evaluated when the input lacks their data', () => {
    const caseFile = anExemplaryCaseFile().withAssessment({ place: { kind: 'hospital' } }).build();
    const result = audit(caseFile, national, { asOf: exemplaryAsOf, available: ['client', 'certification', 'plan'] });
    expect(result.findings.some((f) => f.ruleId.startsWith('assessment.'))).toBe(false);
    expect(result.notEvaluated.map((n) => n.ruleId)).toContain('assessment.not-at-home');
    expect(result.notEvaluated[0]?.reason).toMatch(/評価していません/u);
  });

  it('summarizes many case files', () => {
    const report = auditMany([anExemplaryCaseFile().build(), anExemplaryCaseFile().withAssessment({ place: { kind: 'office' } }).build()], national, { asOf: exemplaryAsOf });
    expect(report.policy).toMatchObject({ id: 'national', version: '1.0.0' });
    expect(report.summary.caseFiles).toBe(2);
    expect(report.summary.byRule['assessment.not-at-home']).toBeGreaterThanOrEqual(1);
  });

  it('never throws on a schema-valid case file', () => {
    const packs = shippedPackIds.map(shippedPack);
    const date = fc.integer({ min: 2020, max: 2030 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}-15`));
    const text = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }), fc.constantFrom('自分で買物に行きたい', '安心して暮らす', 'デイサービスに通う', '該当なし'));
    const arbitraryCaseFile = fc
      .record({ vague: text, needText: text, place: fc.constantFrom(undefined, 'home', 'hospital'), withoutNeeds: fc.boolean(), planDate: date, drop: fc.subarray(['assessments', 'carePlans', 'careTeamMeetings', 'monitorings', 'certifications'] as const) })
      .map(({ vague, needText, place, withoutNeeds, planDate, drop }) => {
        const builder = anExemplaryCaseFile().withPlan({ planDate }).withAssessment({ place: place === undefined ? undefined : { kind: place } });
        if (withoutNeeds) builder.withoutNeeds();
        else builder.withNeed(needText ?? '', { longTermGoal: vague, shortTermGoal: vague });
        const built = builder.build();
        for (const key of drop) built[key] = [];
        return caseFileSchema.parse(built);
      });
    fc.assert(
      fc.property(arbitraryCaseFile, date, fc.constantFrom(...packs), (caseFile, asOf, pack) => {
        const result = audit(caseFile, pack, { asOf, peers: [anExemplaryCaseFile().build()] });
        for (const finding of result.findings) expect(finding.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('audits a bare case file with nothing but a client', () => {
    expect(() => auditMany([aCaseFile().build()], national, { asOf: '2025-06-01' })).not.toThrow();
  });
});
