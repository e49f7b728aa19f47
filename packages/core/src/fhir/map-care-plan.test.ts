import { describe, expect, it } from 'vitest';
import { planStatuses } from '../domain/plan-lifecycle.schema.js';
import { anExemplaryCaseFile } from '../testing/builders.js';
import { codeSystems, extensionUrls, idSystems } from './fhir-systems.js';
import type { FhirBundle, FhirCarePlanActivity, FhirGoal } from './r4-resources.js';
import { resolve, resourcesOf } from './testing/bundle-queries.js';
import { validateR4Bundle } from './testing/r4-validator.js';
import { toFhirBundle } from './to-fhir-bundle.js';

const office = { name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' };
const exemplary = () => toFhirBundle(anExemplaryCaseFile().build(), { organization: office, userNames: { 'user-cm-1': '架空 一郎' } });

function activityFor(bundle: FhirBundle, description: string): FhirCarePlanActivity {
  const activity = resourcesOf(bundle, 'CarePlan')[0]?.activity?.find((a) => a.detail?.description === description);
  if (!activity) throw new Error(`no activity ${description}`);
  return activity;
}
/** Case files are plain JSON: a JSON round trip is a deep copy. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const kindOf = (goal: FhirGoal | undefined) => goal?.category?.[0]?.coding?.[0]?.code;

describe('居宅サービス計画 → CarePlan', () => {
  it.each(planStatuses)('maps plan status %s consistently and validly', (status) => {
    const bundle = toFhirBundle(anExemplaryCaseFile().withPlan({ status }).build());
    expect(validateR4Bundle(bundle)).toEqual([]);
    const [plan] = resourcesOf(bundle, 'CarePlan');
    const expected = {
      draft: ['draft', 'proposal', 'proposed', 'not-started'],
      meeting_held: ['draft', 'plan', 'accepted', 'not-started'],
      consented: ['draft', 'plan', 'accepted', 'not-started'],
      delivered: ['active', 'plan', 'active', 'scheduled'],
      active: ['active', 'plan', 'active', 'in-progress'],
      superseded: ['revoked', 'plan', 'completed', 'stopped'],
    }[status];
    const goals = resourcesOf(bundle, 'Goal').map((g) => g.lifecycleStatus);
    expect([plan?.status, plan?.intent, goals[0], plan?.activity?.[0]?.detail?.status]).toEqual(expected);
    expect(new Set(goals).size).toBe(1);
  });

  it('carries 第1表 and links needs, goals, certification and the care team', () => {
    const bundle = exemplary();
    const [plan] = resourcesOf(bundle, 'CarePlan');
    expect(plan).toMatchObject({ title: '居宅サービス計画', created: '2025-03-26', period: { start: '2025-04-01', end: '2026-03-31' }, identifier: [{ system: idSystems.document('care_plan'), value: 'plan-1' }] });
    expect(plan?.description).toContain('歩く力を取り戻し');
    expect(plan?.note?.map((n) => n.text)).toEqual(expect.arrayContaining(['計画書区分: 継続', '利用者の意向: 「また自分で商店街に買物に行きたい」「お風呂は一人だと怖いので手伝ってほしい」', '生活援助中心型の算定理由: 一人暮らし', '説明・同意: 2025-03-31 青葉 チヨ']));
    expect(plan?.addresses?.map((r) => resolve(bundle, r))).toEqual(resourcesOf(bundle, 'Condition').filter((c) => c.category?.[0]?.coding?.[0]?.code === 'care-need'));
    expect(resolve(bundle, plan?.careTeam?.[0])?.resourceType).toBe('CareTeam');
    expect(resolve(bundle, plan?.supportingInfo?.[0])).toMatchObject({ resourceType: 'Observation', valueCodeableConcept: { coding: [{ system: codeSystems.careLevel, code: '22', display: '要介護2' }] } });
    expect(resolve(bundle, plan?.author)).toMatchObject({ resourceType: 'PractitionerRole', code: [{ coding: [{ display: '介護支援専門員' }] }] });
    const need = resolve(bundle, plan?.addresses?.[0]);
    expect(need).toMatchObject({ code: { text: '自分で商店街に買物に行けるようになりたい' }, evidence: [{ code: [{ coding: [{ code: 'adl', display: 'ADL' }] }, { coding: [{ code: 'iadl', display: 'IADL' }] }] }] });
  });

  it('keeps 長期目標 → 短期目標 as goal-relationship milestones', () => {
    const bundle = exemplary();
    const goals = resourcesOf(bundle, 'Goal');
    const long = goals.filter((g) => kindOf(g) === 'long-term');
    expect(long.map((g) => g.description.text)).toEqual(['杖を使って商店街（片道10分）まで歩いて買物に行ける', '見守りがあれば自宅の浴槽に入れる', '毎日決まった時間に薬を飲み、血圧が140/90未満で安定する']);
    for (const goal of long) {
      const relation = goal.extension?.find((e) => e.url === extensionUrls.goalRelationship);
      expect(relation?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('milestone');
      const target = resolve(bundle, relation?.extension?.[1]?.valueReference) as FhirGoal | undefined;
      expect(kindOf(target)).toBe('short-term');
      expect(target?.addresses).toEqual(goal.addresses);
    }
    expect(goals.find((g) => g.description.text?.startsWith('歩行器を使って'))).toMatchObject({ startDate: '2025-04-01', target: [{ dueDate: '2025-09-30' }] });
  });

  it('turns every 援助内容 into an activity with the right performer', () => {
    const bundle = exemplary();
    expect(resourcesOf(bundle, 'CarePlan')[0]?.activity).toHaveLength(8);
    const rehab = activityFor(bundle, '下肢筋力訓練・歩行練習');
    expect(rehab.detail).toMatchObject({
      kind: 'ServiceRequest',
      code: { coding: [{ system: codeSystems.serviceType, code: '16', display: '通所リハビリテーション' }] },
      extension: [{ url: extensionUrls.benefitCovered, valueBoolean: true }],
      scheduledTiming: { repeat: { boundsPeriod: { start: '2025-04-01', end: '2025-09-30' }, dayOfWeek: ['tue', 'fri'], timeOfDay: ['09:30:00'], duration: 360, durationUnit: 'min' }, code: { text: '週2回' } },
    });
    expect(rehab.progress?.[0]?.text).toBe('主治医の指示: テスト整形外科 医師より令和7年3月24日に指示（膝への負荷に注意）');
    expect(resolve(bundle, rehab.detail?.performer?.[0])).toMatchObject({ resourceType: 'Organization', name: 'テスト通所リハ', identifier: [{ system: idSystems.ltciOfficeNumber, value: '0899000016' }] });
    expect(resolve(bundle, rehab.detail?.goal?.[0])).toMatchObject({ description: { text: '歩行器を使って自宅周辺を休まず10分歩ける' } });
    const walker = activityFor(bundle, '歩行器の貸与');
    expect(walker.detail).toMatchObject({ kind: 'DeviceRequest', productCodeableConcept: { coding: [{ system: codeSystems.tais, code: '00001-000010' }], text: 'テスト歩行器' } });
    expect(walker.detail?.reasonCode?.[0]?.text).toContain('歩行器が必要');
    const daughter = resolve(bundle, activityFor(bundle, '土曜日に一緒に商店街まで歩いて買物をする').detail?.performer?.[0]);
    expect(daughter).toMatchObject({ resourceType: 'RelatedPerson', name: [{ text: '青葉 由美' }] });
    expect(activityFor(bundle, '土曜日に一緒に商店街まで歩いて買物をする').detail?.extension?.[0]?.valueBoolean).toBe(false);
    expect(resolve(bundle, activityFor(bundle, '入浴する日の夕方に声をかける').detail?.performer?.[0])).toMatchObject({ resourceType: 'RelatedPerson', name: [{ text: '隣家の友人' }], relationship: [{ text: '近隣・友人' }] });
    expect(resolve(bundle, activityFor(bundle, '朝食後にお薬カレンダーで確認する').detail?.performer?.[0])?.resourceType).toBe('Patient');
  });

  it('links a revised plan to the one it replaces; only the plan in force has the care team', () => {
    const bundle = toFhirBundle(
      anExemplaryCaseFile()
        .mutate((f) => {
          const old = { ...clone(f.carePlans[0]!), id: 'plan-0', status: 'superseded' as const, supersededBy: 'plan-1', supersededOn: '2025-03-31', planDate: '2024-04-01' };
          f.carePlans.unshift(old);
          f.carePlans[1]!.supersedes = 'plan-0';
        })
        .build(),
    );
    expect(validateR4Bundle(bundle)).toEqual([]);
    const [old, current] = resourcesOf(bundle, 'CarePlan');
    expect([old?.status, current?.status]).toEqual(['revoked', 'active']);
    expect(resolve(bundle, current?.replaces?.[0])).toBe(old);
    expect(old?.careTeam).toBeUndefined();
    expect(old?.period).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(resourcesOf(bundle, 'Goal')).toHaveLength(12);
    expect(resolve(bundle, old?.addresses?.[0])).toMatchObject({ clinicalStatus: { coding: [{ code: 'inactive' }] } });
  });
});

describe('CareTeam, diagnoses, monitoring and certification', () => {
  it('puts care manager, 主治医, providers and supporting family in one CareTeam', () => {
    const bundle = exemplary();
    const [team] = resourcesOf(bundle, 'CareTeam');
    const members = team?.participant?.map((p) => [resolve(bundle, p.member)?.resourceType, p.member?.display, p.role?.[0]?.coding?.[0]?.code]);
    expect(members).toEqual([
      ['PractitionerRole', '架空 一郎', 'care-manager'],
      ['PractitionerRole', '架空 太郎', 'primary-doctor'],
      ['Organization', 'テスト通所リハ', 'service-provider'],
      ['Organization', 'テスト福祉用具', 'service-provider'],
      ['RelatedPerson', '青葉 由美', 'informal-supporter'],
      ['RelatedPerson', '隣家の友人', 'informal-supporter'],
      ['Organization', 'テスト薬局', 'service-provider'],
    ]);
    // 長女 supports on the plan and is the キーパーソン: one participant, both roles.
    expect(team?.participant?.[4]?.role?.map((r) => r.coding?.[0]?.code)).toEqual(['informal-supporter', 'family']);
    const doctor = resolve(bundle, team?.participant?.[1]?.member);
    expect(resolve(bundle, (doctor as { organization?: { reference?: string } }).organization)).toMatchObject({ name: 'テスト内科クリニック' });
    expect(resourcesOf(bundle, 'Patient')[0]?.generalPractitioner?.[0]).toEqual(team?.participant?.[1]?.member);
  });

  it('without an office, the care manager is a Practitioner named from the plan', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().build());
    const [team] = resourcesOf(bundle, 'CareTeam');
    expect(resolve(bundle, team?.participant?.[0]?.member)).toMatchObject({ resourceType: 'Practitioner', name: [{ text: '架空 一郎' }], identifier: [{ system: idSystems.user, value: 'user-cm-1' }] });
    expect(resourcesOf(bundle, 'Patient')[0]?.managingOrganization).toBeUndefined();
  });

  it('maps 既往歴・主傷病 of the latest assessment, marking problem-list items only with a known status', () => {
    const file = anExemplaryCaseFile()
      .mutate((f) => {
        const health = f.assessments[0]!.items.health!;
        health.diagnoses.push({ id: 'dx-3', name: '胃潰瘍', status: 'cured', onsetDate: '2010-05-01' }, { id: 'dx-4', name: '不眠', status: 'other' });
        f.assessments.unshift({ ...clone(f.assessments[0]!), id: 'assessment-0', date: '2024-03-25', items: { health: { diagnoses: [{ id: 'dx-old', name: '古い病名' }], medications: [] } } });
      })
      .build();
    const bundle = toFhirBundle(file);
    expect(validateR4Bundle(bundle)).toEqual([]);
    const diagnoses = resourcesOf(bundle, 'Condition').filter((c) => c.category?.some((x) => x.coding?.[0]?.code === 'medical-history'));
    expect(diagnoses.map((c) => [c.code?.text, c.clinicalStatus?.coding?.[0]?.code, c.category?.map((x) => x.coding?.[0]?.code).join(',')])).toEqual([
      ['両変形性膝関節症', 'active', 'problem-list-item,medical-history,primary-disease'],
      ['高血圧症', 'active', 'problem-list-item,medical-history'],
      ['胃潰瘍', 'resolved', 'problem-list-item,medical-history'],
      ['不眠', undefined, 'medical-history'],
    ]);
    expect(diagnoses[2]?.onsetDateTime).toBe('2010-05-01');
    expect(diagnoses[0]).toMatchObject({ onsetString: '10年前', recordedDate: '2025-03-25', note: [{ text: '医療機関: テスト整形外科' }] });
  });

  it('maps a モニタリング to an Encounter, its findings and goal evaluations; the latest sets achievementStatus', () => {
    const file = anExemplaryCaseFile()
      .mutate((f) => {
        f.monitorings[2]!.goalEvaluations[0]!.achievement = 'achieved';
        f.monitorings[2]!.method = 'online';
        f.monitorings.reverse(); // the latest first: order must not matter
      })
      .build();
    const bundle = toFhirBundle(file);
    expect(validateR4Bundle(bundle)).toEqual([]);
    const encounters = resourcesOf(bundle, 'Encounter');
    expect(encounters.map((e) => [e.class.code, e.period?.start])).toEqual([
      ['VR', '2025-06-26'],
      ['HH', '2025-05-27'],
      ['HH', '2025-04-25'],
    ]);
    const goal = resourcesOf(bundle, 'Goal').find((g) => g.description.text?.startsWith('歩行器を使って'));
    expect(goal?.achievementStatus?.coding?.map((c) => c.code)).toEqual(['achieved', 'achieved']);
    expect(goal?.outcomeReference?.map((r) => resolve(bundle, r)?.resourceType)).toEqual(['Observation', 'Observation', 'Observation']);
    const summary = resourcesOf(bundle, 'Observation').find((o) => o.code.coding?.[0]?.code === 'monitoring');
    expect(summary?.component?.map((c) => [c.code.coding?.[0]?.code, c.valueString ?? c.valueCodeableConcept?.text ?? c.valueBoolean])).toEqual([
      ['interviewees', '本人'],
      ['service-status', '計画どおり利用している'],
      ['client-satisfaction', '満足'],
      ['client-satisfaction-note', '「歩くのが少し楽になった」'],
      ['changes', '特に大きな変化なし'],
      ['next-action', '計画継続'],
      ['starts-plan-revision', false],
    ]);
  });

  it('maps a 要介護認定 being applied for as a registered Observation without a value', () => {
    const bundle = toFhirBundle(anExemplaryCaseFile().addCertification({ id: 'cert-2', status: 'applying', applicationKind: 'level_change', applicationDate: '2025-06-01' }).build());
    const applying = resourcesOf(bundle, 'Observation').find((o) => o.identifier?.[0]?.value === 'cert-2');
    expect(applying).toMatchObject({ status: 'registered', effectiveDateTime: '2025-06-01', note: [{ text: '申請区分: 区分変更' }, { text: '申請日: 2025-06-01' }] });
    expect(applying?.valueCodeableConcept).toBeUndefined();
  });
});
