import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKizukiError } from '../errors/kizuki-error.js';
import { aCaseFile, anExemplaryCaseFile } from '../testing/builders.js';
import { idSystems, kizukiUuidNamespace, ltciInsuredNumberSystem } from './fhir-systems.js';
import { resourcesOf } from './testing/bundle-queries.js';
import { validateR4Bundle } from './testing/r4-validator.js';
import { toFhirBundle } from './to-fhir-bundle.js';
import { uuidV5 } from './uuid-v5.js';
import type { FhirExportOptions } from './export-context.js';

const office = { name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', phone: '0294-11-1111' };
const options: FhirExportOptions = { organization: office, userNames: { 'user-cm-1': '架空 一郎' }, timestamp: '2025-07-10T01:00:00Z' };

function preventionCaseFile() {
  return aCaseFile()
    .withCertification({ careLevel: 'support_1' })
    .withPreventionPlan({
      id: 'prevention-plan-1',
      status: 'active',
      planKind: 'prevention_support',
      planDate: '2025-04-01',
      careLevel: 'support_1',
      careManagerName: '包括 花子',
      targetLife: { day: '朝の散歩を続ける', year: '町内の花見に歩いて行く' },
      domains: { movement: { currentStatus: '屋外は杖歩行', intention: '散歩を続けたい', hasIssue: true } },
      issues: [
        {
          id: 'issue-1',
          overallIssue: '下肢筋力の低下で外出が減っている',
          goal: '週3回、近所を20分散歩できる',
          supportRows: [
            { id: 'row-1', supportPoints: '無理のない運動量', formalService: '運動器機能向上', serviceTypeCode: 'A6', providerName: 'テスト通所型サービス', providerOfficeNumber: '0899000099', period: { start: '2025-04-01', end: '2025-09-30' } },
            { id: 'row-2', selfCareAndInformal: '朝食後に家の周りを歩く（本人）' },
          ],
        },
      ],
      overallPolicy: '歩く機会を増やし、外出を続けられるよう支援します。',
    })
    .build();
}

function expectKizukiError(fn: () => unknown, code: string, text: string) {
  try {
    fn();
  } catch (error) {
    expect(isKizukiError(error) && error.code).toBe(code);
    expect((error as Error).message).toContain(text);
    return error as Error & { details: unknown };
  }
  throw new Error('expected a KizukiError');
}

describe('toFhirBundle — structure, determinism, golden files', () => {
  it('exports the exemplary 居宅 case file as a valid R4 collection Bundle', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build(), options);
    expect(validateR4Bundle(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2025-07-10T01:00:00Z', language: 'ja' });
    const counts = Object.fromEntries(['Patient', 'CarePlan', 'Goal', 'Condition', 'CareTeam', 'Encounter', 'Observation'].map((t) => [t, resourcesOf(bundle, t as 'Patient').length]));
    // 3 needs + 2 diagnoses; 3 long + 3 short goals; 1 certification + 3 monitorings × (1 summary + 3 evaluations).
    expect(counts).toEqual({ Patient: 1, CarePlan: 1, Goal: 6, Condition: 5, CareTeam: 1, Encounter: 3, Observation: 13 });
  });

  it('gives byte-identical output for the same input, and ids that survive edits of content', () => {
    const a = JSON.stringify(toFhirBundle(anExemplaryCaseFile().build(), options));
    const b = JSON.stringify(toFhirBundle(anExemplaryCaseFile().build(), { timestamp: options.timestamp, userNames: options.userNames, organization: { ...office } }));
    expect(b).toBe(a);
    const edited = toFhirBundle(anExemplaryCaseFile().mutate((f) => (f.carePlans[0]!.needs[0]!.text = '買物に行きたい')).build(), options);
    expect(edited.entry.map((e) => e.fullUrl)).toEqual(JSON.parse(a).entry.map((e: { fullUrl: string }) => e.fullUrl));
    const otherClient = toFhirBundle(anExemplaryCaseFile().withClient({ id: 'client-9' }).build(), options);
    expect(resourcesOf(otherClient, 'Patient')[0]?.id).not.toBe(resourcesOf(JSON.parse(a), 'Patient')[0]?.id);
  });

  it('writes no clock time unless a timestamp is given', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build());
    expect(bundle.timestamp).toBeUndefined();
    expect(JSON.stringify(bundle)).not.toMatch(/T\d{2}:\d{2}:\d{2}/u);
  });

  it('matches the committed golden files', async () => {
    await expect(`${JSON.stringify(toFhirBundle(anExemplaryCaseFile().build(), options), null, 2)}\n`).toMatchFileSnapshot('./golden/exemplary-home-care.bundle.json');
    await expect(`${JSON.stringify(toFhirBundle(preventionCaseFile(), { organization: office }), null, 2)}\n`).toMatchFileSnapshot('./golden/prevention.bundle.json');
  });

  it('uses urn:uuid fullUrls derived from Kizuki ids (UUID v5)', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build());
    const patientEntry = bundle.entry.find((e) => e.resource.resourceType === 'Patient');
    expect(patientEntry?.fullUrl).toBe(`urn:uuid:${uuidV5(kizukiUuidNamespace, 'Patient/client-1')}`);
    expect(patientEntry?.fullUrl).toBe('urn:uuid:77c75544-074d-5ddd-afcb-bfc88e420201');
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id ?? ''}`);
  });

  it('makes a transaction Bundle that PUTs every resource by id', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build(), { bundleType: 'transaction' });
    expect(validateR4Bundle(bundle)).toEqual([]);
    expect(bundle.type).toBe('transaction');
    for (const entry of bundle.entry) expect(entry.request).toEqual({ method: 'PUT', url: `${entry.resource.resourceType}/${entry.resource.id ?? ''}` });
  });

  it('exports a minimal case file and a 介護予防 case file validly', () => {
    const minimal = toFhirBundle(aCaseFile().build());
    expect(validateR4Bundle(minimal)).toEqual([]);
    expect(minimal.entry.map((e) => e.resource.resourceType)).toEqual(['Patient', 'CareTeam', 'Observation']);
    expect(validateR4Bundle(toFhirBundle(preventionCaseFile(), options))).toEqual([]);
  });
});

describe('toFhirBundle — Patient identity and Japanese text', () => {
  it('identifies the Patient by 保険者番号 + 被保険者番号 in documented systems', () => {
    const [patient] = resourcesOf(toFhirBundle(anExemplaryCaseFile().build()), 'Patient');
    expect(patient?.identifier?.map((i) => [i.system, i.value])).toEqual([
      [idSystems.ltciMember, '089999:0000012345'],
      [ltciInsuredNumberSystem('089999'), '0000012345'],
      [idSystems.document('client'), 'client-1'],
    ]);
    expect(patient?.identifier?.[0]?.assigner).toEqual({ identifier: { system: idSystems.ltciInsurerNumber, value: '089999' }, display: '保険者番号 089999' });
    expect(ltciInsuredNumberSystem('089999')).toBe('https://kizuki.example/fhir/IdSystem/ltci-insured-number/089999');
  });

  it('keeps 漢字 and カナ names apart and preserves Japanese text exactly', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build());
    const [patient] = resourcesOf(bundle, 'Patient');
    expect(patient?.name?.map((n) => [n.extension?.[0]?.valueCode, n.family, n.given?.[0], n.text])).toEqual([
      ['IDE', '青葉', 'チヨ', '青葉 チヨ'],
      ['SYL', 'アオバ', 'チヨ', 'アオバ チヨ'],
    ]);
    const json = JSON.stringify(bundle);
    expect(JSON.parse(json)).toEqual(bundle);
    for (const phrase of ['自分で商店街に買物に行けるようになりたい', '「また自分で商店街に買物に行きたい」', '隣家の友人', '両変形性膝関節症']) expect(json).toContain(phrase);
  });

  it('keeps any text the case file accepts, unchanged and valid (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (phrase) => {
        const caseFile = anExemplaryCaseFile().mutate((f) => (f.carePlans[0]!.needs[0]!.text = `課題${phrase}`)).build();
        const bundle = toFhirBundle(caseFile);
        const need = resourcesOf(bundle, 'Condition').find((c) => c.category?.[0]?.coding?.[0]?.code === 'care-need');
        expect(need?.code?.text).toBe(caseFile.carePlans[0]!.needs[0]!.text);
        expect(validateR4Bundle(bundle)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('toFhirBundle — bad input', () => {
  it('refuses an invalid case file with the field path', () => {
    const broken = anExemplaryCaseFile().withClient({ insuredNumber: '12' }).buildUnchecked();
    const error = expectKizukiError(() => toFhirBundle(broken), 'validation_failed', '被保険者番号');
    expect(JSON.stringify(error.details)).toContain('client.insuredNumber');
    expectKizukiError(() => toFhirBundle({ ...anExemplaryCaseFile().build(), client: undefined } as never), 'validation_failed', 'ケースファイル');
  });

  it('refuses bad options in Japanese', () => {
    const file = anExemplaryCaseFile().build();
    expectKizukiError(() => toFhirBundle(file, { timestamp: '2025-07-10' }), 'bad_request', 'タイムスタンプ「2025-07-10」');
    expectKizukiError(() => toFhirBundle(file, { timestamp: '2025-02-30T00:00:00Z' }), 'bad_request', 'タイムスタンプ');
    expectKizukiError(() => toFhirBundle(file, { timestamp: '2025-07-10T01:00:00' }), 'bad_request', '時差付き');
    expectKizukiError(() => toFhirBundle(file, { bundleType: 'batch' as never }), 'bad_request', 'collection か transaction');
    expectKizukiError(() => toFhirBundle(file, { organization: { name: '  ' } }), 'bad_request', '事業所名');
  });

  it('leaves out links to documents that do not exist instead of dangling references', () => {
    const file = anExemplaryCaseFile()
      .mutate((f) => {
        f.carePlans[0]!.supersedes = 'plan-missing';
        f.carePlans[0]!.certificationId = 'cert-missing';
        f.monitorings[0]!.planId = 'plan-missing';
        f.monitorings[1]!.goalEvaluations = [{ shortTermGoalId: 'stg-missing', achievement: 'achieved' }];
        f.carePlans[0]!.weeklySchedule!.entries.push({ id: 'wk-x', day: 3, start: '10:00', serviceLineId: 'line-missing' });
      })
      .build();
    const bundle = toFhirBundle(file);
    expect(validateR4Bundle(bundle)).toEqual([]);
    const [plan] = resourcesOf(bundle, 'CarePlan');
    expect(plan?.replaces).toBeUndefined();
    expect(plan?.supportingInfo).toBeUndefined();
    // monitoring-1 names a missing plan and monitoring-2 a missing goal: only monitoring-3's 3 evaluations remain.
    const evaluations = resourcesOf(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === 'goal-achievement');
    expect(evaluations).toHaveLength(3);
    const summaries = resourcesOf(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === 'monitoring');
    expect(summaries.map((o) => o.basedOn === undefined)).toEqual([true, false, false]);
    expect(resourcesOf(bundle, 'Encounter')).toHaveLength(3);
  });
});
