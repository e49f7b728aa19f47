import { describe, expect, it } from 'vitest';
import { validateR4Bundle } from './r4-validator.js';

const ids = {
  patient: '11111111-1111-5111-8111-111111111111',
  plan: '22222222-2222-5222-8222-222222222222',
  goal: '33333333-3333-5333-8333-333333333333',
  condition: '44444444-4444-5444-8444-444444444444',
  org: '55555555-5555-5555-8555-555555555555',
  team: '66666666-6666-5666-8666-666666666666',
  obs: '77777777-7777-5777-8777-777777777777',
};
const ref = (id: string) => ({ reference: `urn:uuid:${id}` });

/** A small hand-written Bundle that is valid R4, independent of the exporter. */
function validBundle(): any {
  const entry = (resource: any) => ({ fullUrl: `urn:uuid:${resource.id as string}`, resource });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: '2025-07-10T01:00:00Z',
    entry: [
      entry({ resourceType: 'Patient', id: ids.patient, name: [{ text: '青葉 チヨ', family: '青葉', given: ['チヨ'] }], birthDate: '1940-06-15', gender: 'female' }),
      entry({ resourceType: 'Organization', id: ids.org, name: 'テスト通所リハ', telecom: [{ system: 'phone', value: '0294-00-0000', use: 'work' }] }),
      entry({ resourceType: 'Condition', id: ids.condition, subject: ref(ids.patient), code: { text: '買物に行きたい' } }),
      entry({ resourceType: 'Goal', id: ids.goal, lifecycleStatus: 'active', description: { text: '10分歩ける' }, subject: ref(ids.patient), target: [{ dueDate: '2025-09-30' }] }),
      entry({
        resourceType: 'CarePlan',
        id: ids.plan,
        status: 'active',
        intent: 'plan',
        subject: ref(ids.patient),
        period: { start: '2025-04-01', end: '2026-03-31' },
        addresses: [ref(ids.condition)],
        goal: [ref(ids.goal)],
        activity: [{ detail: { status: 'in-progress', goal: [ref(ids.goal)], performer: [ref(ids.org)], scheduledTiming: { repeat: { dayOfWeek: ['tue'], timeOfDay: ['09:30:00'] }, code: { text: '週2回' } } } }],
      }),
      entry({ resourceType: 'CareTeam', id: ids.team, status: 'active', subject: ref(ids.patient), participant: [{ member: ref(ids.org), role: [{ text: '通所リハ' }] }] }),
      entry({ resourceType: 'Observation', id: ids.obs, status: 'final', code: { text: '目標の達成度' }, subject: ref(ids.patient), focus: [ref(ids.goal)], effectiveDateTime: '2025-04-25', valueString: '一部達成' }),
    ],
  };
}

function resourceOf(bundle: any, type: string): any {
  return bundle.entry.find((e: any) => e.resource.resourceType === type).resource;
}

/** The messages for a bundle changed by `mutate`. */
function issuesAfter(mutate: (bundle: any) => void): string[] {
  const bundle = validBundle();
  mutate(bundle);
  return validateR4Bundle(bundle).map((i) => `${i.path}: ${i.message}`);
}

describe('validateR4Bundle', () => {
  it('accepts a valid hand-written Bundle', () => {
    expect(validateR4Bundle(validBundle())).toEqual([]);
  });

  it('refuses what is not a Bundle', () => {
    expect(validateR4Bundle({ resourceType: 'Patient' })[0]?.message).toBe('not a Bundle');
    expect(validateR4Bundle(null)).toHaveLength(1);
  });

  it('reports missing required elements with their path', () => {
    expect(issuesAfter((b) => delete resourceOf(b, 'CarePlan').status)).toEqual([expect.stringMatching(/resource\(CarePlan\)\.status: required element missing/u)]);
    expect(issuesAfter((b) => delete resourceOf(b, 'Goal').description).join()).toContain('(Goal).description: required element missing');
    expect(issuesAfter((b) => delete resourceOf(b, 'Observation').code).join()).toContain('(Observation).code: required');
    expect(issuesAfter((b) => delete b.type).join()).toContain('Bundle.type: required');
  });

  it('checks required value sets, primitive formats and real dates', () => {
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').intent = 'wish')).join()).toContain('not in the required value set');
    expect(issuesAfter((b) => (resourceOf(b, 'Goal').lifecycleStatus = 'done')).join()).toContain('not in the required value set');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').birthDate = '1940/06/15')).join()).toContain('not a valid date');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').birthDate = '2025-02-30')).join()).toContain('not a real calendar date');
    expect(issuesAfter((b) => (b.timestamp = '2025-07-10T01:00:00')).join()).toContain('not a valid instant');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').activity[0].detail.scheduledTiming.repeat.timeOfDay = ['9:30'])).join()).toContain('not a valid time');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').id = 'has space')).join()).toContain('not a valid id');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').gender = 'F')).join()).toContain('required value set');
  });

  it('rejects empty values, wrong shapes and unknown elements (ele-1, cardinality)', () => {
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').name = [])).join()).toContain('ele-1: empty array');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').name[0].text = '  ')).join()).toContain('not a valid string');
    expect(issuesAfter((b) => (resourceOf(b, 'Condition').code = {})).join()).toContain('ele-1: empty object');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').subject = [ref(ids.patient)])).join()).toContain('expected a single value');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').goal = ref(ids.goal))).join()).toContain('expected an array');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').stauts = 'active')).join()).toContain('(CarePlan).stauts: unknown element');
    expect(issuesAfter((b) => (resourceOf(b, 'Patient').active = 'true')).join()).toContain('expected a JSON boolean');
    expect(issuesAfter((b) => (resourceOf(b, 'Observation').valueBoolean = true)).join()).toContain('only one of value[x]');
  });

  it('resolves references inside the Bundle and checks their target types', () => {
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').goal = [{ reference: 'urn:uuid:99999999-9999-5999-8999-999999999999' }])).join()).toContain('does not resolve');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').addresses = [ref(ids.goal)])).join()).toContain('reference to Goal, but only Condition allowed');
    expect(issuesAfter((b) => (resourceOf(b, 'Goal').subject = ref(ids.org))).join()).not.toContain('reference to Organization'); // Goal.subject may be an Organization
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').subject = ref(ids.org))).join()).toContain('only Patient | Group allowed');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').subject = { reference: '#p1' })).join()).toContain('ref-1');
  });

  it('enforces Bundle rules (bdl-3, bdl-5, bdl-7) and fullUrl/id agreement', () => {
    expect(issuesAfter((b) => b.entry.push(b.entry[0])).join()).toContain('bdl-7');
    expect(issuesAfter((b) => (b.type = 'transaction')).join()).toContain('bdl-3');
    expect(issuesAfter((b) => (b.entry[0].request = { method: 'PUT', url: `Patient/${ids.patient}` })).join()).toContain('bdl-3');
    expect(issuesAfter((b) => (b.entry[0].resource.id = ids.org)).join()).toContain('fullUrl and resource.id disagree');
    expect(issuesAfter((b) => (b.entry[0].fullUrl = 'http://example.org/Patient/1')).join()).toContain('not a urn:uuid');
    expect(issuesAfter((b) => delete b.entry[1].resource).join()).toContain('bdl-5');
    expect(issuesAfter((b) => (b.entry[1].resource.resourceType = 'Medication')).join()).toContain('not one the validator checks');
  });

  it('checks the resource invariants the export relies on', () => {
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').activity[0].reference = ref(ids.obs))).join()).toContain('cpl-3');
    expect(issuesAfter((b) => (resourceOf(b, 'Goal').target = [{ detailString: '10分' }])).join()).toContain('gol-1');
    expect(issuesAfter((b) => (resourceOf(b, 'CarePlan').period = { start: '2026-04-01', end: '2025-04-01' })).join()).toContain('per-1');
    expect(issuesAfter((b) => (resourceOf(b, 'Organization').telecom[0].use = 'home')).join()).toContain('org-3');
    expect(issuesAfter((b) => delete resourceOf(b, 'Organization').name).join()).toContain('org-1');
    expect(issuesAfter((b) => (resourceOf(b, 'Observation').dataAbsentReason = { text: '不明' })).join()).toContain('obs-6');
    expect(issuesAfter((b) => delete resourceOf(b, 'Organization').telecom[0].system).join()).toContain('cpt-2');
    expect(issuesAfter((b) => (resourceOf(b, 'CareTeam').participant[0].onBehalfOf = ref(ids.org))).join()).toContain('ctm-1');
    const obsClash = issuesAfter((b) => {
      const obs = resourceOf(b, 'Observation');
      obs.code = { coding: [{ system: 'urn:x', code: 'a' }] };
      obs.component = [{ code: { coding: [{ system: 'urn:x', code: 'a' }] }, valueString: 'x' }];
    });
    expect(obsClash.join()).toContain('obs-7');
  });

  it('checks Condition status bindings and con-3 / con-5', () => {
    const problem = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] };
    expect(issuesAfter((b) => (resourceOf(b, 'Condition').category = [problem])).join()).toContain('con-3');
    expect(issuesAfter((b) => (resourceOf(b, 'Condition').clinicalStatus = { text: 'active' })).join()).toContain('clinicalStatus: required binding');
    expect(
      issuesAfter((b) => {
        const c = resourceOf(b, 'Condition');
        c.clinicalStatus = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] };
        c.verificationStatus = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'entered-in-error' }] };
      }).join(),
    ).toContain('con-5');
    expect(issuesAfter((b) => (resourceOf(b, 'Condition').evidence = [{ detail: undefined, code: undefined }])).join()).toContain('con-2');
  });

  it('checks extensions: ext-1 and the rules of the extensions the export uses', () => {
    const name = (b: any) => resourceOf(b, 'Patient').name[0];
    expect(issuesAfter((b) => (name(b).extension = [{ url: 'http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation', valueCode: 'KANJI' }])).join()).toContain('iso21090');
    expect(issuesAfter((b) => (name(b).extension = [{ url: 'urn:x' }])).join()).toContain('ext-1');
    expect(issuesAfter((b) => (name(b).extension = [{ url: 'urn:x', valueString: 'a', valueBoolean: true }])).join()).toContain('ext-1');
    const relationship = (target: unknown) => (b: any) =>
      (resourceOf(b, 'Goal').extension = [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/goal-relationship',
          extension: [{ url: 'type', valueCodeableConcept: { text: 'milestone' } }, { url: 'target', valueReference: target }],
        },
      ]);
    expect(issuesAfter(relationship(ref(ids.goal)))).toEqual([]);
    expect(issuesAfter(relationship(ref(ids.condition))).join()).toContain('goal-relationship: exactly one target referring to a Goal');
  });
});
