import { describe, expect, it } from 'vitest';
import { formatWareki } from '../dates/wareki.js';
import type { CareLevel } from '../domain/codes/care-level.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { aCaseFile } from '../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../testing/plan-parts.js';
import { officeCaseload, type StaffEntry } from './caseload.js';
import { concentrationReport, judgedPeriodForMonth, judgementPeriodOf, reductionPeriod, submissionDeadline } from './concentration.js';
import { bcpReviewDue, newHireDue } from './office-due.js';
import { bcpChanges, partnerAgreementSchema, type OfficeActivity, type OfficeProfile, type PartnerAgreement, type StaffMember } from './office-records.schema.js';
import * as rules from './office-rules.js';
import { partnerRequirementIds } from './partner-requirements.js';
import { additionRequirements, additionUnits, evaluateAddition, partnersInMonth } from './specific-office-addition.js';

/** Fictional clients and staff only. */
let seq = 0;
function client(level: CareLevel): CaseFile {
  seq += 1;
  return aCaseFile()
    .withClient({ id: `p-${seq}`, name: `架空 連携${seq}`, insuredNumber: String(5000000000 + seq), careManagerUserId: 'c', startedOn: '2025-01-01' })
    .withCertification({ careLevel: level, validFrom: '2025-01-01', validTo: '2027-12-31' })
    .build();
}
const informal = aCaseFile()
  .withClient({ id: 'p-informal', name: '架空 地域', insuredNumber: '5999999999' })
  .withPlan({ id: 'p-informal-plan', status: 'active', planDate: '2026-04-01', consent: { date: '2026-04-01' } })
  .withNeed('近所の人と話したい', { lines: [anInformalLine()] })
  .build();
const staffBody = (patch: Partial<StaffMember> = {}): StaffMember => ({ name: '架空 一子', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: '2030-03-31', hiredOn: '2020-04-01', ...patch });
const person = (id: string, patch: Partial<StaffMember> = {}): StaffEntry => ({ id, body: staffBody({ name: `架空 ${id}`, userId: id, ...patch }) });

const month = '2026-06';
/** An office with its own meetings, 困難事例 and 多様な対象者 study, but no 24-hour line, plan, practicum or joint conference of its own. */
const ownProfile: OfficeProfile = { billingType: 'I', fullTimeWeeklyHours: 40, difficultCases: '受ける' };
const ownActivities: OfficeActivity[] = [
  ...['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29'].map((date): OfficeActivity => ({ type: 'meeting', date, title: '定例会議', staffIds: [] })),
  { type: 'diverse_study', date: '2026-05-10', title: '事例検討会', staffIds: [] },
];
const agreement = (patch: Partial<PartnerAgreement> = {}): PartnerAgreement => ({
  partnerName: '架空居宅介護支援センター',
  partnerOfficeNumber: '0800000099',
  agreedOn: '2026-04-01',
  requirements: ['r4', 'r6', 'r11', 'r12'],
  shared: '24時間の当番表、研修計画、実習の受入れ、合同の事例検討会',
  ...patch,
});

function evaluate(partners: PartnerAgreement[], staff: StaffEntry[] = [person('a', { qualification: 'chief_care_manager', chiefValidUntil: '2027-03-31' }), person('c'), person('p', { employment: 'part_time', weeklyHours: 40 })]) {
  const files = [client('care_3'), client('care_1')];
  return evaluateAddition({ month, asOf: '2026-07-10', staff, profile: ownProfile, activities: ownActivities, caseload: officeCaseload(staff, files, ownProfile, month), concentration: concentrationReport(files, judgedPeriodForMonth(month), []), caseFiles: [...files, informal], partners });
}

describe('特定事業所加算(A) with a partner office (第84号 ニ(1)・ニ(4) ただし書)', () => {
  it('keeps the shareable requirements in step with the 告示 list', () => {
    expect(additionRequirements.filter((r) => r.partner?.includes('A')).map((r) => r.id)).toEqual([...partnerRequirementIds]);
  });

  it('meets (A) through the partner, and only (A)', () => {
    expect(evaluate([]).levels.find((l) => l.level === 'A')).toMatchObject({ met: false, failing: ['r4', 'r6', 'r11', 'r12'] });
    const result = evaluate([agreement()]);
    expect(result.best).toBe('A');
    const r4 = result.requirements.find((r) => r.id === 'r4')!;
    expect(r4).toMatchObject({ met: true, metFor: ['A'] });
    expect(r4.detail).toContain('架空居宅介護支援センター');
    expect(result.levels.find((l) => l.level === 'III')?.failing).toEqual(expect.arrayContaining(['r4', 'r6', 'r11', 'r12']));
  });

  it('covers only the requirements the agreement names', () => {
    const result = evaluate([agreement({ requirements: ['r4', 'r6'] })]);
    expect(result.levels.find((l) => l.level === 'A')?.failing).toEqual(['r11', 'r12']);
  });

  it.each([
    // in force on every day of the month: starts by the 1st, ends on the last day or later
    [{ agreedOn: '2026-06-01' }, true],
    [{ agreedOn: '2026-06-02' }, false],
    [{ agreedOn: '2026-05-31', endsOn: '2026-06-30' }, true],
    [{ agreedOn: '2026-05-31', endsOn: '2026-06-29' }, false],
  ] as const)('agreement %o is in force for 2026-06: %s', (patch, inForce) => {
    expect(partnersInMonth([agreement(patch)], month)).toHaveLength(inForce ? 1 : 0);
    expect(evaluate([agreement(patch)]).best).toBe(inForce ? 'A' : undefined);
  });

  it('counts a part-timer who also works at the partner office for ニ(4) only while an agreement is in force', () => {
    const staff = [person('a', { qualification: 'chief_care_manager', chiefValidUntil: '2027-03-31' }), person('c'), person('p', { employment: 'part_time', weeklyHours: 40, dedication: 'concurrent_partner' })];
    expect(evaluate([], staff).requirements.find((r) => r.id === 'cm_fte')?.met).toBe(false);
    const withPartner = evaluate([agreement()], staff).requirements.find((r) => r.id === 'cm_fte')!;
    expect(withPartner.met).toBe(true);
    expect(withPartner.detail).toContain('うち連携先と兼務 1.0');
    // 兼務 at the partner office is not the 専従 イ(2) asks of a full-time care manager.
    const fullTime = [person('a', { qualification: 'chief_care_manager', chiefValidUntil: '2027-03-31' }), person('c', { dedication: 'concurrent_partner' }), person('p', { employment: 'part_time', weeklyHours: 40 })];
    expect(evaluate([agreement()], fullTime).requirements.find((r) => r.id === 'cm')?.met).toBe(false);
  });

  it('refuses an agreement without requirements, with a bad office number or ending before it starts, in Japanese', () => {
    const messages = (body: unknown) => partnerAgreementSchema.safeParse(body).error?.issues.map((i) => i.message) ?? [];
    expect(messages(agreement({ requirements: [] }))).toEqual(['連携で満たす要件を1つ以上選んでください']);
    expect(messages({ ...agreement(), requirements: ['r5'] })).toEqual(['連携で満たす要件は イ(4)・イ(6)・イ(11)・イ(12) から選んでください']);
    expect(messages(agreement({ partnerOfficeNumber: '08000' }))).toEqual(['連携先の事業所番号は10桁の数字で入力してください']);
    expect(messages(agreement({ endsOn: '2026-03-31' }))).toEqual(['連携の終了日は開始日より後にしてください']);
  });
});

describe('集中減算 is counted by 事業所 (事業所番号)', () => {
  const period = judgementPeriodOf('2026-05-01');
  let k = 0;
  const plan = (...lines: { number?: string; name?: string }[]) => {
    k += 1;
    return aCaseFile()
      .withClient({ id: `z-${k}`, name: `架空 判定${k}`, insuredNumber: String(6000000000 + k) })
      .withPlan({ id: `zp-${k}`, status: 'active', planDate: '2026-03-10', consent: { date: '2026-03-10' } })
      .withNeed('自宅で暮らし続けたい', { lines: lines.map((l) => anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', providerOfficeNumber: l.number, providerName: l.name })) })
      .build();
  };
  const main = { number: '0800000011', name: 'かもめヘルパー' };

  it('counts a line naming the 事業所 without its number with that 事業所', () => {
    const files = [...Array.from({ length: 8 }, () => plan(main)), plan({ name: 'かもめ ヘルパー' }), plan({ number: '0800000012', name: 'つばめヘルパー' }), plan({ number: '0800000013', name: 'ひばりヘルパー' })];
    const service = concentrationReport(files, period, []).services.find((s) => s.serviceCode === '11')!;
    expect(service.planCount).toBe(11);
    expect(service.providers[0]).toMatchObject({ key: '0800000011', name: 'かもめヘルパー（0800000011）', planCount: 9 });
    expect(service.outcome).toBe('reduced');
  });

  it('keeps two 事業所 of one name apart by their numbers, listing each with its number', () => {
    const files = [...Array.from({ length: 8 }, () => plan(main)), ...Array.from({ length: 4 }, () => plan({ number: '0800000021', name: 'かもめヘルパー' }))];
    const service = concentrationReport(files, period, []).services.find((s) => s.serviceCode === '11')!;
    expect(service.providers.map((p) => [p.name, p.planCount])).toEqual([
      ['かもめヘルパー（0800000011）', 8],
      ['かもめヘルパー（0800000021）', 4],
    ]);
    // A line with the ambiguous name alone stays by itself.
    const withNameOnly = concentrationReport([...files, plan({ name: 'かもめヘルパー' })], period, []).services.find((s) => s.serviceCode === '11')!;
    expect(withNameOnly.providers.map((p) => p.planCount)).toEqual([8, 4, 1]);
  });

  it('counts a plan once for a 事業所 it places twice', () => {
    const files = [plan(main, main), ...Array.from({ length: 10 }, () => plan({ number: '0800000012', name: 'つばめヘルパー' }))];
    const service = concentrationReport(files, period, []).services.find((s) => s.serviceCode === '11')!;
    expect(service.providers.map((p) => p.planCount)).toEqual([10, 1]);
  });

  it.each([
    [14, 11, 'below'],
    [15, 12, 'below'],
    [16, 13, 'reduced'],
  ] as const)('%i plans, %i of them with one 事業所 (just under, at and over 80 percent) → %s', (total, onMain, outcome) => {
    const files = Array.from({ length: total }, (_, i) => (i < onMain ? plan(main) : plan({ number: `08000002${String(i).padStart(2, '0')}`, name: `架空${i}` })));
    expect(concentrationReport(files, period, []).services.find((s) => s.serviceCode === '11')?.outcome).toBe(outcome);
  });
});

describe('判定期間 and 減算適用期間 edges (from data)', () => {
  it.each([
    ['2027-02-28', '2026-09-01', '2027-02-28'],
    ['2028-02-29', '2027-09-01', '2028-02-29'],
    ['2028-03-01', '2028-03-01', '2028-08-31'],
    ['2026-08-31', '2026-03-01', '2026-08-31'],
    ['2026-09-01', '2026-09-01', '2027-02-28'],
  ])('%s is in the period %s〜%s', (date, start, end) => {
    expect(judgementPeriodOf(date)).toMatchObject({ start, end });
  });

  it.each([
    ['2026-03', '2025-03-01'],
    ['2026-04', '2025-09-01'],
    ['2026-09', '2025-09-01'],
    ['2026-10', '2026-03-01'],
    ['2028-03', '2027-03-01'],
    ['2028-04', '2027-09-01'],
  ])('the month %s is judged by the period from %s', (m, start) => {
    const judged = judgedPeriodForMonth(m);
    expect(judged.start).toBe(start);
    const reduction = reductionPeriod(judged);
    expect(reduction.start <= `${m}-01` && `${m}-01` <= reduction.end).toBe(true);
  });

  it('ends the 後期 on 2/29 in a leap year, and shows it in 和暦', () => {
    const leap = judgementPeriodOf('2028-01-15');
    expect(formatWareki(leap.end)).toBe('令和10年2月29日');
    expect(formatWareki(submissionDeadline(leap))).toBe('令和10年3月15日');
    expect(reductionPeriod(leap)).toEqual({ start: '2028-04-01', end: '2028-09-30' });
    expect(formatWareki(judgementPeriodOf('2027-02-01').end)).toBe('令和9年2月28日');
  });
});

describe('採用時研修 and BCP の見直し', () => {
  const hired = (id: string, hiredOn: string, patch: Partial<StaffMember> = {}) => person(id, { hiredOn, ...patch });

  it('is due 30 days after the 採用日 (data), overdue the day after, done by a record naming the person', () => {
    expect(rules.newHireTrainingRule.value.dueDaysAfterHire).toBe(30);
    const staff = [hired('n', '2026-06-10')];
    expect(newHireDue(staff, [], '2026-07-10')).toEqual([{ staffId: 'n', name: '架空 n', hiredOn: '2026-06-10', dueOn: '2026-07-10', overdue: false }]);
    expect(newHireDue(staff, [], '2026-07-11')[0]?.overdue).toBe(true);
    const others = [{ topic: 'new_hire' as const, date: '2026-06-15', staffIds: ['x'] }];
    expect(newHireDue(staff, others, '2026-07-11')[0]?.overdue).toBe(true);
    const done = [{ topic: 'new_hire' as const, date: '2026-07-20', staffIds: ['n'] }];
    expect(newHireDue(staff, done, '2026-08-01')[0]).toMatchObject({ doneOn: '2026-07-20', overdue: false });
    // Another kind of training naming them does not count.
    expect(newHireDue(staff, [{ topic: 'infection', date: '2026-06-20', staffIds: ['n'] }], '2026-08-01')[0]?.doneOn).toBeUndefined();
  });

  it('follows staff hired in the last 12 months, still employed', () => {
    const staff = [hired('in', '2025-07-10'), hired('out', '2025-07-09'), hired('future', '2026-07-11'), hired('left', '2026-01-10', { leftOn: '2026-03-31' })];
    expect(newHireDue(staff, [], '2026-07-10').map((d) => d.staffId)).toEqual(['in']);
  });

  it('puts the next BCP review 12 months after the last, or after the plan was written', () => {
    const docs = [
      { id: 'i', createdOn: '2024-01-01', body: { type: 'infection' as const, reviewedOn: '2025-07-10' } },
      { id: 'd', createdOn: '2025-07-11', body: { type: 'disaster' as const } },
    ];
    expect(bcpReviewDue(docs, '2026-07-10').map((d) => [d.recordId, d.dueOn, d.overdue, d.reviewed])).toEqual([
      ['i', '2026-07-10', false, true],
      ['d', '2026-07-11', false, false],
    ]);
    expect(bcpReviewDue(docs, '2026-07-11').map((d) => d.overdue)).toEqual([true, false]);
  });
});

describe('sources of the figures', () => {
  const sourced = Object.entries({ ...rules.caseloadRules, ...rules.concentrationRules, ...rules.municipalNotificationRules, fullTimeHoursFloor: rules.fullTimeHoursFloor, yearlyTrainingSource: rules.yearlyTrainingSource, newHireTrainingRule: rules.newHireTrainingRule, bcpReviewMonths: rules.bcpReviewMonths, additionUnits });

  it('names the § of the reference for every figure it marks verified', () => {
    for (const [name, figure] of sourced) {
      if (figure.verified === 'verbatim' || figure.verified === 'repo') expect(figure.source, name).toMatch(/standards\.md §\d/u);
      if (figure.verified === 'setting') expect(figure.source, name).toContain('気づきの設定');
    }
    for (const req of additionRequirements) expect(req.source).toContain('§5.2');
  });

  it('marks as verified what the reference quotes verbatim, and as recall what it does not', () => {
    expect(rules.concentrationRules.threshold.verified).toBe('verbatim');
    expect(rules.concentrationRules.services.verified).toBe('verbatim');
    expect(additionUnits.verified).toBe('repo');
    expect(rules.caseloadRules.preventionFactor.verified).toBe('recall');
    expect(rules.concentrationRules.reductionUnits.verified).toBe('recall');
    expect(additionRequirements.find((r) => r.id === 'r10')?.verified).toBe('verbatim');
    expect(additionRequirements.find((r) => r.id === 'r3')?.verified).toBe('recall');
  });
});

describe('判定書 figures', () => {
  const period = judgementPeriodOf('2026-05-01');
  const withLine = (i: number, office: string | undefined, patch: { endedOn?: string; status?: 'meeting_held' } = {}) =>
    aCaseFile()
      .withClient({ id: `j-${i}`, name: `架空 判定書${i}`, insuredNumber: String(7000000000 + i), ...(patch.endedOn ? { endedOn: patch.endedOn } : {}) })
      .withPlan({ id: `jp-${i}`, status: patch.status ?? 'active', planDate: '2026-03-10', ...(patch.status ? {} : { consent: { date: '2026-03-10' } }) })
      .withNeed('自宅で暮らし続けたい', { lines: office ? [anInsuredLine({ serviceTypeCode: '17', serviceTypeName: '福祉用具貸与', providerOfficeNumber: office, providerName: `架空用具${office}` })] : [anInformalLine()] })
      .build();

  it('counts the plans of the period, leaves out clients ended before it and plans not agreed', () => {
    const files = [withLine(1, '0800000017'), withLine(2, undefined), withLine(3, '0800000017', { endedOn: '2026-02-28' }), withLine(4, '0800000017', { status: 'meeting_held' }), withLine(5, '0800000017', { endedOn: '2026-03-01' })];
    const report = concentrationReport(files, period, []);
    expect(report.totalPlans).toBe(3);
    const equipment = report.services.find((s) => s.serviceCode === '17')!;
    expect(equipment.planCount).toBe(2);
    expect(equipment.providers[0]).toMatchObject({ officeNumber: '0800000017', name: '架空用具0800000017（0800000017）' });
  });

  it('shows a recorded 正当な理由 also for a service on few plans, and flags a share near 80%', () => {
    const files = [withLine(1, '0800000017'), withLine(2, '0800000017')];
    const reason = { id: 'r', body: { periodStart: '2026-03-01', serviceCode: '17', reason: 'few_providers' as const } };
    expect(concentrationReport(files, period, []).services.find((s) => s.serviceCode === '17')?.outcome).toBe('exempt');
    expect(concentrationReport(files, period, [reason]).services.find((s) => s.serviceCode === '17')?.outcome).toBe('justified');
    const share = (top: number, total: number) => concentrationReport(Array.from({ length: total }, (_, i) => withLine(10 + i, i < top ? '0800000017' : `08000003${String(i).padStart(2, '0')}`)), period, []).services.find((s) => s.serviceCode === '17')!;
    expect(share(7, 9)).toMatchObject({ near: true, outcome: 'below' });
    expect(share(3, 4)).toMatchObject({ near: true, outcome: 'below' });
    expect(share(5, 7).near).toBe(false);
    expect(share(4, 5)).toMatchObject({ near: true, outcome: 'below' });
  });
});

describe('BCP の見直しで変わったこと', () => {
  it('lists the changed, added and removed sections by heading, and nothing when equal', () => {
    const v1 = { title: '感染症BCP', sections: [{ heading: '平時からの備え', text: '1週間分備蓄' }, { heading: '初動対応', text: '管理者に報告' }, { heading: '旧項目', text: '削除する' }] };
    const v2 = { title: '感染症BCP', sections: [{ heading: '平時からの備え', text: '2週間分備蓄' }, { heading: '初動対応', text: '管理者に報告' }, { heading: '感染拡大防止体制の確立', text: '電話モニタリング' }], reviewedOn: '2026-04-01', reviewNote: '備蓄を増やした' };
    expect(bcpChanges(v1, v2)).toEqual([
      { item: '平時からの備え', before: '1週間分備蓄', after: '2週間分備蓄' },
      { item: '感染拡大防止体制の確立', after: '電話モニタリング' },
      { item: '旧項目', before: '削除する' },
      { item: '見直しの日', after: '2026-04-01' },
      { item: '見直しで変えたこと', after: '備蓄を増やした' },
    ]);
    expect(bcpChanges(v2, { ...v2, sections: v2.sections.map((s) => ({ ...s })) })).toEqual([]);
  });
});
