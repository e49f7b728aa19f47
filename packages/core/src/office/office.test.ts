import { describe, expect, it } from 'vitest';
import { formatWareki } from '../dates/wareki.js';
import type { CareLevel } from '../domain/codes/care-level.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { aCaseFile } from '../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../testing/plan-parts.js';
import { clientsOfMonth, officeCaseload, tierOf, weightedCount, type StaffEntry } from './caseload.js';
import { concentrationReport, judgedPeriodForMonth, judgementPeriodOf, previousJudgementPeriod, reductionPeriod, submissionDeadline } from './concentration.js';
import { emergencyList } from './emergency-list.js';
import { qualificationsDue, trainingDue } from './office-due.js';
import { missingBcpSections, staffMemberSchema, type OfficeActivity, type OfficeProfile, type StaffMember } from './office-records.schema.js';
import { caseloadRules } from './office-rules.js';
import { chiefCountsInMonth, evaluateAddition, fiscalYearOfMonth } from './specific-office-addition.js';

/** Fictional clients and staff only. */
let seq = 0;
function client(level: CareLevel, patch: { cm?: string; startedOn?: string; endedOn?: string; validTo?: string } = {}): CaseFile {
  seq += 1;
  return aCaseFile()
    .withClient({ id: `c-${seq}`, name: `架空 利用者${seq}`, insuredNumber: String(2000000000 + seq), careManagerUserId: patch.cm ?? 'u1', startedOn: patch.startedOn ?? '2025-01-01', ...(patch.endedOn ? { endedOn: patch.endedOn } : {}) })
    .withCertification({ careLevel: level, validFrom: '2025-01-01', validTo: patch.validTo ?? '2027-12-31' })
    .build();
}
const many = (n: number, level: CareLevel, cm = 'u1') => Array.from({ length: n }, () => client(level, { cm }));

const staffBody = (patch: Partial<StaffMember> = {}): StaffMember => ({ name: '架空 一子', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: '2030-03-31', hiredOn: '2020-04-01', ...patch });
const cm = (id: string, patch: Partial<StaffMember> = {}): StaffEntry => ({ id, body: staffBody({ name: `架空 ${id}`, userId: id, ...patch }) });
const profile: OfficeProfile = { billingType: 'I', fullTimeWeeklyHours: 40, contact24h: '携帯電話の当番', difficultCases: '受ける', practicum: '協力' };

describe('caseload (取扱件数)', () => {
  it('counts 要介護 as one and 介護予防支援 by the factor in data (1/3)', () => {
    expect(caseloadRules.preventionFactor.value).toEqual({ numerator: 1, denominator: 3 });
    expect(weightedCount(10, 3).value).toBe(11);
    expect(weightedCount(0, 1).value).toBeCloseTo(1 / 3);
  });

  it.each([
    // care, prevention, tier under (Ⅰ): just under / at / over 45 and 60, exact with thirds
    [44, 2, 1],
    [44, 3, 2],
    [45, 0, 2],
    [59, 2, 2],
    [59, 3, 3],
    [60, 0, 3],
  ] as const)('%i 要介護 + %i 予防 is tier %i of (Ⅰ)', (care, prevention, tier) => {
    expect(tierOf(weightedCount(care, prevention), 'I')).toBe(tier);
  });

  it('uses 50 for (Ⅱ) and scales by 常勤換算', () => {
    expect(tierOf(weightedCount(49, 0), 'II')).toBe(1);
    expect(tierOf(weightedCount(50, 0), 'II')).toBe(2);
    expect(tierOf(weightedCount(22, 0), 'I', 0.5)).toBe(1);
    expect(tierOf(weightedCount(23, 0), 'I', 0.5)).toBe(2);
  });

  it('counts clients supported in the month: month edges of start and end', () => {
    const files = [client('care_1', { startedOn: '2026-05-31' }), client('care_1', { startedOn: '2026-06-01' }), client('care_1', { endedOn: '2026-04-30' }), client('care_1', { endedOn: '2026-05-01' }), client('care_1', { validTo: '2026-04-30' })];
    expect(clientsOfMonth(files, '2026-05').map((c) => c.clientId)).toEqual([files[0]!.client.id, files[3]!.client.id]);
  });

  it('shows each care manager, who is near the limit, and the office figure', () => {
    const files = [...many(42, 'care_3', 'u1'), ...many(10, 'care_1', 'u2'), ...many(3, 'support_1', 'u2'), client('care_2', { cm: 'nobody' })];
    const load = officeCaseload([cm('u1'), cm('u2')], files, profile, '2026-05');
    expect(load.careManagers.map((m) => [m.staffId, m.count.value, m.near, m.tier])).toEqual([
      ['u1', 42, true, 1],
      ['u2', 11, false, 1],
    ]);
    expect(load.unassigned).toHaveLength(1);
    expect(load.total.value).toBe(54);
    expect(load.perCareManager).toBe(27);
    expect(load.heavyCareClients).toBe(42);
  });
});

const month = '2026-06';
const asOf = '2026-07-10';
const evidence = (staffIds: string[]): OfficeActivity[] => [
  ...['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29'].map((date): OfficeActivity => ({ type: 'meeting', date, title: '定例会議', staffIds: [] })),
  { type: 'training_plan', date: '2026-03-20', title: '研修計画', staffIds },
  { type: 'diverse_study', date: '2026-05-10', title: '事例検討会', staffIds: [] },
  { type: 'joint_conference', date: '2026-05-20', title: '合同事例検討会', staffIds: [] },
];

function evaluate(staff: StaffEntry[], files: CaseFile[], activities = evidence(staff.map((s) => s.id)), p: OfficeProfile | undefined = profile) {
  const caseload = officeCaseload(staff, files, p ?? profile, month);
  const concentration = concentrationReport(files, judgedPeriodForMonth(month), []);
  return evaluateAddition({ month, asOf, staff, profile: p, activities, caseload, concentration, caseFiles: [...files, withInformalSupport] });
}

/** A plan with 介護保険以外の支援 (イ(13)); given to the 加算 apart from the caseload. */
const withInformalSupport = aCaseFile()
  .withClient({ id: 'informal', name: '架空 地域', insuredNumber: '2999999999' })
  .withPlan({ id: 'informal-plan', status: 'active', planDate: '2026-04-01', consent: { date: '2026-04-01' } })
  .withNeed('近所の人と話したい', { lines: [anInformalLine()] })
  .build();

describe('特定事業所加算', () => {
  const chief = (id: string, until = '2027-03-31') => cm(id, { qualification: 'chief_care_manager', chiefValidUntil: until });
  const heavy = (n: number, light: number) => [...many(n, 'care_4'), ...many(light, 'care_1')];

  it('meets (Ⅰ) with two 主任, three care managers and 40% of 要介護3〜5', () => {
    const result = evaluate([chief('a'), chief('b'), cm('c'), cm('d'), cm('e')], heavy(4, 6));
    expect(result.best).toBe('I');
  });

  it.each([
    [39, 61, false],
    [40, 60, true],
    [41, 59, true],
  ] as const)('イ(5): %i of %i+… 要介護3〜5 → met %s (just under / at / over 40%)', (h, l, met) => {
    const result = evaluate([chief('a'), chief('b'), cm('c'), cm('d'), cm('e')], heavy(h, l));
    expect(result.requirements.find((r) => r.id === 'r5')?.met).toBe(met);
  });

  it('falls to (Ⅱ) with one 主任, and to nothing when that 主任 renewal lapses before the month ends', () => {
    const staff = [chief('a'), cm('c'), cm('d'), cm('e')];
    expect(evaluate(staff, heavy(4, 6)).best).toBe('II');
    const lapsed = [chief('a', '2026-06-29'), cm('c'), cm('d'), cm('e')];
    const result = evaluate(lapsed, heavy(4, 6));
    expect(result.best).toBeUndefined();
    expect(result.requirements.find((r) => r.id === 'chief')?.detail).toContain('更新期限切れ');
    // Valid on the last day of the month is enough.
    expect(chiefCountsInMonth(chief('a', '2026-06-30').body, month)).toBe(true);
    expect(chiefCountsInMonth(chief('a', '2026-06-29').body, month)).toBe(false);
  });

  it('(Ⅲ) with two care managers; (A) with one and a part-timer', () => {
    expect(evaluate([chief('a'), cm('c'), cm('d')], heavy(1, 3)).best).toBe('III');
    expect(evaluate([chief('a'), cm('c'), cm('p', { employment: 'part_time', weeklyHours: 40 })], heavy(1, 3)).best).toBe('A');
    expect(evaluate([chief('a'), cm('c'), cm('p', { employment: 'part_time', weeklyHours: 20 })], heavy(1, 3)).best).toBeUndefined();
  });

  it('イ(10): under 45 per care manager (just under / at)', () => {
    const staff = [chief('a'), cm('c'), cm('d'), cm('e')];
    const under = evaluate(staff, heavy(0, 179));
    expect(under.requirements.find((r) => r.id === 'r10')?.met).toBe(true);
    const at = evaluate(staff, heavy(0, 180));
    expect(at.requirements.find((r) => r.id === 'r10')?.met).toBe(false);
    expect(at.requirements.find((r) => r.id === 'r10')?.detail).toContain('45.0件');
    expect(evaluate(staff, heavy(0, 180), undefined, { ...profile, billingType: 'II' }).requirements.find((r) => r.id === 'r10')?.met).toBe(true);
  });

  it('says which evidence is missing and what to do', () => {
    const result = evaluate([chief('a'), cm('c'), cm('d'), cm('e')], heavy(4, 6), [], { billingType: 'I', fullTimeWeeklyHours: 40 });
    const failing = result.requirements.filter((r) => !r.met).map((r) => r.id);
    expect(failing).toEqual(['cm_fte', 'r3', 'r4', 'r6', 'r7', 'r8', 'r11', 'r12']);
    expect(result.best).toBeUndefined();
    expect(result.requirements.find((r) => r.id === 'r4')?.todo).toContain('24時間連絡体制');
  });

  it('needs a training plan covering every care manager', () => {
    const staff = [chief('a'), cm('c'), cm('d'), cm('e')];
    const result = evaluate(staff, heavy(4, 6), evidence(['a', 'c', 'd']));
    expect(result.requirements.find((r) => r.id === 'r6')).toMatchObject({ met: false, detail: '研修計画のない介護支援専門員: 架空 e' });
  });

  it('counts meetings by weeks elapsed in the current month', () => {
    const staff = [chief('a'), cm('c'), cm('d'), cm('e')];
    const meetingsMet = (today: string) =>
      evaluateAddition({ month: '2026-07', asOf: today, staff, profile, activities: [{ type: 'meeting', date: '2026-07-03', title: '定例', staffIds: [] }], caseload: officeCaseload(staff, heavy(4, 6), profile, '2026-07'), concentration: undefined, caseFiles: [] }).requirements.find((r) => r.id === 'r3')?.met;
    expect(meetingsMet('2026-07-13')).toBe(true);
    expect(meetingsMet('2026-07-14')).toBe(false);
  });

  it('groups months by 年度', () => {
    expect(fiscalYearOfMonth('2026-03')).toBe(2025);
    expect(fiscalYearOfMonth('2026-04')).toBe(2026);
  });
});

describe('特定事業所集中減算', () => {
  const withProvider = (i: number, office: string) =>
    aCaseFile()
      .withClient({ id: `k-${i}`, name: `架空 集中${i}`, insuredNumber: String(3000000000 + i) })
      .withPlan({ id: `kp-${i}`, status: 'active', planDate: '2026-03-10', consent: { date: '2026-03-10' } })
      .withNeed('自宅で暮らし続けたい', { lines: [anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', providerOfficeNumber: office, providerName: `架空ヘルパー${office}` })] })
      .build();
  const period = judgementPeriodOf('2026-05-01');
  const offices = (total: number, onMain: number) => Array.from({ length: total }, (_, i) => withProvider(i, i < onMain ? '0800000011' : `08000001${String(i).padStart(2, '0')}`));

  it.each([
    [20, 16, 'below'],
    [20, 17, 'reduced'],
    [10, 10, 'exempt'],
    [11, 10, 'reduced'],
  ] as const)('%i plans, %i on one provider → %s (80%% exactly is not over; 10 plans or fewer are not judged)', (total, onMain, outcome) => {
    const report = concentrationReport(offices(total, onMain), period, []);
    expect(report.services.find((s) => s.serviceCode === '11')?.outcome).toBe(outcome);
  });

  it('records a 正当な理由 per period and service', () => {
    const files = offices(20, 17);
    const report = concentrationReport(files, period, [{ id: 'r1', body: { periodStart: '2026-03-01', serviceCode: '11', reason: 'quality_choice' } }]);
    expect(report.services.find((s) => s.serviceCode === '11')).toMatchObject({ outcome: 'justified', reason: { reason: 'quality_choice', recordId: 'r1' } });
    expect(report.mustSubmit).toBe(true);
    expect(report.reduced).toBe(false);
    const other = concentrationReport(files, period, [{ id: 'r1', body: { periodStart: '2025-09-01', serviceCode: '11', reason: 'quality_choice' } }]);
    expect(other.reduced).toBe(true);
  });

  it('knows the periods, deadlines and 減算適用期間 at their edges (leap year included)', () => {
    expect(judgementPeriodOf('2026-02-28')).toEqual({ half: 'second', start: '2025-09-01', end: '2026-02-28' });
    expect(judgementPeriodOf('2028-02-29').end).toBe('2028-02-29');
    expect(judgementPeriodOf('2026-03-01').half).toBe('first');
    expect(judgementPeriodOf('2026-08-31').half).toBe('first');
    expect(judgementPeriodOf('2026-09-01').half).toBe('second');
    expect(previousJudgementPeriod('2026-09-01').start).toBe('2026-03-01');
    expect(previousJudgementPeriod('2026-03-01').start).toBe('2025-09-01');
    expect(submissionDeadline(judgementPeriodOf('2026-04-01'))).toBe('2026-09-15');
    expect(submissionDeadline(judgementPeriodOf('2026-10-01'))).toBe('2027-03-15');
    expect(reductionPeriod(judgementPeriodOf('2026-04-01'))).toEqual({ start: '2026-10-01', end: '2027-03-31' });
    expect(reductionPeriod(judgementPeriodOf('2026-10-01'))).toEqual({ start: '2027-04-01', end: '2027-09-30' });
    expect(judgedPeriodForMonth('2026-09').start).toBe('2025-09-01');
    expect(judgedPeriodForMonth('2026-10').start).toBe('2026-03-01');
    expect(judgedPeriodForMonth('2027-03').start).toBe('2026-03-01');
    expect(judgedPeriodForMonth('2027-04').start).toBe('2026-09-01');
    expect(formatWareki(submissionDeadline(judgementPeriodOf('2026-04-01')))).toBe('令和8年9月15日');
  });
});

describe('due dates and documents', () => {
  it('puts the next yearly drill a year after the last one, overdue the day after', () => {
    const records = [{ topic: 'bcp_drill' as const, date: '2025-07-10', title: '訓練', participants: '全員' }];
    expect(trainingDue(records, '2026-07-10').find((t) => t.topic === 'bcp_drill')).toMatchObject({ dueOn: '2026-07-10', overdue: false });
    expect(trainingDue(records, '2026-07-11').find((t) => t.topic === 'bcp_drill')).toMatchObject({ overdue: true });
    expect(trainingDue([], '2026-07-11').find((t) => t.topic === 'infection')).toMatchObject({ overdue: true });
  });

  it('warns of a 介護支援専門員証 lapsing within 180 days, not before', () => {
    const due = qualificationsDue([cm('x', { cardValidUntil: '2027-01-06' }), cm('y', { cardValidUntil: '2027-01-07' }), cm('z', { cardValidUntil: '2026-07-01' })], '2026-07-10');
    expect(due.map((d) => [d.staffId, d.daysLeft])).toEqual([
      ['z', -9],
      ['x', 180],
    ]);
  });

  it('refuses a 主任 without renewal date and names the missing BCP sections', () => {
    const result = staffMemberSchema.safeParse(staffBody({ qualification: 'chief_care_manager' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('主任介護支援専門員の更新期限を入力してください');
    expect(missingBcpSections({ type: 'disaster', sections: [{ heading: '平常時の対応', text: '備蓄' }, { heading: '緊急時の対応', text: ' ' }] })).toEqual(['緊急時の対応', '他施設及び地域との連携']);
  });
});

describe('安否確認の一覧', () => {
  const person = (id: string, patch: { alone?: boolean; level?: CareLevel; medical?: boolean; walking?: 'independent' | 'partial'; ended?: boolean }) =>
    aCaseFile()
      .withClient({
        id,
        name: `架空 ${id}`,
        insuredNumber: String(4000000000 + id.length),
        householdType: patch.alone ? 'alone' : 'with_family',
        familyMembers: [
          { id: `${id}-f2`, name: '架空 次女', relationship: '次女', isEmergencyContact: true, emergencyPriority: 2, phone: '090-0000-0002' },
          { id: `${id}-f1`, name: '架空 長女', relationship: '長女', isEmergencyContact: true, emergencyPriority: 1, phone: '090-0000-0001' },
          { id: `${id}-f3`, name: '架空 孫', relationship: '孫' },
        ],
        ...(patch.ended ? { status: 'ended' as const } : {}),
      })
      .withCertification({ careLevel: patch.level ?? 'care_1', validFrom: '2026-01-01', validTo: '2027-12-31' })
      .withAssessment({
        date: '2026-05-01',
        items: {
          ...(patch.walking ? { adl: { activities: [{ activity: 'walking' as const, status: patch.walking, aids: '歩行器' }] } } : {}),
          ...(patch.medical ? { specialCircumstances: { highMedicalDependence: { present: true, notes: '在宅酸素' } } } : {}),
        },
      })
      .build();

  it('sorts by 独居, medical dependence, evacuation support and 要介護度, leaving ended clients out', () => {
    const list = emergencyList([person('a', { level: 'care_5' }), person('b', { alone: true }), person('c', { medical: true }), person('d', { walking: 'partial', level: 'care_2' }), person('e', { ended: true, alone: true })], '2026-07-10');
    // medical dependence (8) with the evacuation support it implies (4) outranks living alone (10) with 要介護1.
    expect(list.map((e) => e.clientId)).toEqual(['c', 'b', 'd', 'a']);
    expect(list[0]).toMatchObject({ medical: '在宅酸素', evacuationSupport: true });
    expect(list[2]).toMatchObject({ mobility: '一部介助・歩行器', evacuationSupport: true, careLevel: '要介護2' });
    expect(list[1]?.contacts.map((c) => c.name)).toEqual(['架空 長女', '架空 次女']);
  });
});
