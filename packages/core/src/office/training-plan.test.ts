import { describe, expect, it } from 'vitest';
import { officeCaseload, type StaffEntry } from './caseload.js';
import { plannedTrainingsDue } from './office-due.js';
import { officeActivitySchema, type OfficeActivity, type StaffMember, type TrainingPlanItem } from './office-records.schema.js';
import { trainingPlanRules } from './office-rules.js';
import { evaluateAddition } from './specific-office-addition.js';
import { plansForFiscalYear, trainingPlanCompletion, type TrainingPlanInput } from './training-plan.js';

/** Fictional staff only. */
const staffBody = (patch: Partial<StaffMember> = {}): StaffMember => ({ name: '架空 一子', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: '2030-03-31', hiredOn: '2020-04-01', ...patch });
const cm = (id: string, name: string, patch: Partial<StaffMember> = {}): StaffEntry => ({ id, body: staffBody({ name, ...patch }) });
const item = (topic: TrainingPlanItem['topic'], title: string, plannedMonth: string, staffIds: string[] = []): TrainingPlanItem => ({ topic, title, plannedMonth, staffIds });
const plan = (staffIds: string[], plannedItems: TrainingPlanItem[], date = '2026-03-20'): OfficeActivity => ({ type: 'training_plan', date, title: '2026年度 研修計画', staffIds, plannedItems });
type Training = TrainingPlanInput['trainings'][number];
let seq = 0;
const record = (topic: Training['body']['topic'], title: string, date: string, staffIds: string[]): Training => ({ id: `t${(seq += 1)}`, body: { topic, title, date, staffIds } });

const sato = cm('s1', '架空 佐藤');
const tanaka = cm('s2', '架空 田中');

function completion(month: string, staff: StaffEntry[], plans: OfficeActivity[], trainings: Training[]) {
  return trainingPlanCompletion({ month, staff, plans: plansForFiscalYear(plans, month), trainings });
}

describe('研修計画の実施状況 (イ(6))', () => {
  it('matches a planned item by kind or by title, only with records that name the care manager', () => {
    const plans = [plan(['s1', 's2'], [item('abuse_prevention', '虐待防止研修', '2026-06'), item('other', 'ケアマネジメント研修（県）', '2026-07'), item('other', '意思決定支援の研修', '2026-08')])];
    const trainings = [
      record('abuse_prevention', '高齢者虐待防止と権利擁護', '2026-06-12', ['s1']),
      // 「その他」 matches by title only (full-width spaces and width ignored), not by kind.
      record('other', 'ケアマネジメント研修 （県）', '2026-07-03', ['s1']),
      record('other', '別の研修', '2026-08-05', ['s1']),
      // names 田中 only: not 佐藤's
      record('other', '意思決定支援の研修', '2026-08-06', ['s2']),
    ];
    const [s, t] = completion('2026-08', [sato, tanaka], plans, trainings);
    expect(s!.items.map((i) => [i.title, i.status, i.doneOn])).toEqual([
      ['虐待防止研修', 'done', '2026-06-12'],
      ['ケアマネジメント研修（県）', 'done', '2026-07-03'],
      ['意思決定支援の研修', 'due', undefined],
    ]);
    expect(s!.items[0]!.recordId).toBe(trainings[0]!.id);
    expect(t!.items.map((i) => i.status)).toEqual(['overdue', 'overdue', 'done']);
    expect([t!.done, t!.overdue, t!.toCome]).toEqual([1, 2, 0]);
  });

  it('uses one record for one planned item', () => {
    const plans = [plan(['s1'], [item('infection', '感染症の研修（前期）', '2026-05'), item('infection', '感染症の研修（後期）', '2026-10')])];
    const [s] = completion('2026-11', [sato], plans, [record('infection', '感染症予防', '2026-05-20', ['s1'])]);
    expect(s!.items.map((i) => i.status)).toEqual(['done', 'overdue']);
  });

  it('counts records of the 年度 only: 3月31日 is the year before, 4月1日 this year, 3月31日 of next year the last day', () => {
    const plans = [plan(['s1'], [item('abuse_prevention', '虐待防止研修', '2026-04'), item('bcp_drill', 'BCP訓練', '2027-03')])];
    const before = completion('2026-04', [sato], plans, [record('abuse_prevention', '虐待防止', '2026-03-31', ['s1'])]);
    expect(before[0]!.items[0]!.status).toBe('due');
    const first = completion('2026-04', [sato], plans, [record('abuse_prevention', '虐待防止', '2026-04-01', ['s1'])]);
    expect(first[0]!.items[0]!.status).toBe('done');
    const last = completion('2027-03', [sato], plans, [record('abuse_prevention', '虐待防止', '2026-04-01', ['s1']), record('bcp_drill', '訓練', '2027-03-31', ['s1'])]);
    expect(last[0]!.items.map((i) => i.status)).toEqual(['done', 'done']);
    // April 2027 is the next 年度: the 2026 plan's items are not listed (the plan dated 2026-03 does not count).
    expect(completion('2027-04', [sato], plans, [])[0]!.items).toEqual([]);
  });

  it('marks a planned month just passed as overdue (not yet failing), the current month as due, later months to come', () => {
    const plans = [plan(['s1'], [item('bcp_training', 'BCP研修', '2026-08'), item('abuse_prevention', '虐待防止研修', '2026-09'), item('infection', '感染症の研修', '2026-10'), item('bcp_drill', 'BCP訓練', '2026-11')])];
    const [s] = completion('2026-10', [sato], plans, []);
    expect(s!.items.map((i) => [i.status, i.monthsLate, i.failing])).toEqual([
      ['overdue', 2, true],
      ['overdue', 1, false],
      ['due', undefined, undefined],
      ['upcoming', undefined, undefined],
    ]);
    expect(trainingPlanRules.overdueGraceMonths.value).toBe(1);
    expect(s!.todo).toEqual([
      '架空 佐藤さんの『BCP研修』（令和8年8月予定）の記録がありません。',
      '架空 佐藤さんの『虐待防止研修』（令和8年9月予定）の記録がありません。',
      '架空 佐藤さんの『感染症の研修』は今月（令和8年10月）の予定です。',
    ]);
  });

  it('leaves out a care manager who left before the month ends, items planned before a care manager was hired, and clerks', () => {
    const left = cm('s3', '架空 退職', { leftOn: '2026-09-15' });
    const late = cm('s4', '架空 新任', { hiredOn: '2026-07-01' });
    const clerk = cm('s5', '架空 事務', { qualification: 'clerk' });
    const plans = [plan(['s3', 's4', 's5'], [item('abuse_prevention', '虐待防止研修', '2026-05'), item('infection', '感染症の研修', '2026-08')])];
    expect(completion('2026-08', [left, late, clerk], plans, []).map((c) => [c.name, c.items.map((i) => i.plannedMonth)])).toEqual([
      ['架空 退職', ['2026-05', '2026-08']],
      ['架空 新任', ['2026-08']],
    ]);
    expect(completion('2026-09', [left, late, clerk], plans, []).map((c) => c.name)).toEqual(['架空 新任']);
  });

  it('says who is not in a plan and whose plan has no planned items (plans recorded before items were kept)', () => {
    const plans: OfficeActivity[] = [{ type: 'training_plan', date: '2026-02-01', title: '研修計画', staffIds: ['s1'] }];
    const [s, t] = completion('2026-06', [sato, tanaka], plans, []);
    expect(s!.planned).toBe(true);
    expect(s!.todo).toEqual(['架空 佐藤さんの研修計画に予定の研修（種類・研修名・実施予定月）が記録されていません。']);
    expect(t!.planned).toBe(false);
    expect(t!.todo).toEqual(['架空 田中さんが2026年度の研修計画の対象者に含まれていません。']);
  });

  it('counts plans made from February before the 年度 up to the month', () => {
    const at = (date: string) => plan(['s1'], [], date);
    expect(plansForFiscalYear([at('2026-01-31'), at('2026-02-01'), at('2026-06-30'), at('2026-07-01')], '2026-06').map((p) => p.date)).toEqual(['2026-02-01', '2026-06-30']);
  });

});

describe('研修計画の実施状況: 和暦 in the messages', () => {
  it('writes the planned months in 和暦 across the change of era', () => {
    const plans = [plan(['s1'], [item('infection', '感染症の研修', '2019-04'), item('abuse_prevention', '虐待防止研修', '2019-05')], '2019-03-01')];
    expect(completion('2019-07', [cm('s1', '架空 佐藤', { hiredOn: '2015-04-01' })], plans, [])[0]!.todo).toEqual(['架空 佐藤さんの『感染症の研修』（平成31年4月予定）の記録がありません。', '架空 佐藤さんの『虐待防止研修』（令和元年5月予定）の記録がありません。']);
  });
});

describe('イ(6) with the plan carried out', () => {
  const chief = cm('c1', '架空 主任', { qualification: 'chief_care_manager', chiefValidUntil: '2029-03-31' });
  const staff = [chief, sato];
  const profile = { billingType: 'I' as const, fullTimeWeeklyHours: 40 };
  function r6(month: string, plans: OfficeActivity[], trainings: Training[] = []) {
    const result = evaluateAddition({ month, asOf: `${month}-28`, staff, profile, activities: plans, caseload: officeCaseload(staff, [], profile, month), concentration: undefined, caseFiles: [], trainings });
    return { r6: result.requirements.find((r) => r.id === 'r6')!, completion: result.trainingPlan };
  }
  const plans = [plan(['c1', 's1'], [item('abuse_prevention', '虐待防止研修', '2026-09')])];

  it('stays met while a planned item is at most one month late, and fails after, saying which', () => {
    expect(r6('2026-10', plans).r6.met).toBe(true);
    const { r6: failing, completion: rows } = r6('2026-11', plans);
    expect(failing.met).toBe(false);
    expect(failing.detail).toContain('架空 佐藤さん『虐待防止研修』（令和8年9月予定）');
    expect(rows.map((c) => c.overdue)).toEqual([1, 1]);
  });

  it('is met when the records name both care managers, and reports the count', () => {
    const { r6: met } = r6('2026-11', plans, [record('abuse_prevention', '虐待防止', '2026-09-10', ['c1', 's1'])]);
    expect(met.met).toBe(true);
    expect(met.detail).toContain('予定の研修 2件のうち実施 2件');
  });

  it('stays as before for a plan without planned items', () => {
    expect(r6('2026-11', [plan(['c1', 's1'], [])]).r6.met).toBe(true);
  });
});

describe('研修計画の期限 (dashboard)', () => {
  it('lists the overdue items and the next item of this month, per care manager', () => {
    const plans = [plan(['s1', 's2'], [item('abuse_prevention', '虐待防止研修', '2026-09', ['s1']), item('infection', '感染症の研修', '2026-12'), item('bcp_drill', 'BCP訓練', '2026-12'), item('other', '事例研究', '2027-01')])];
    const due = plannedTrainingsDue([sato, tanaka], plans, [record('infection', '感染症', '2026-12-01', ['s2'])], '2026-12-04');
    expect(due.map((d) => [d.name, d.title, d.overdue, d.failing])).toEqual([
      ['架空 佐藤', '虐待防止研修', true, true],
      ['架空 佐藤', '感染症の研修', false, false],
      ['架空 田中', 'BCP訓練', false, false],
    ]);
  });
});

describe('研修計画の記録 (schema)', () => {
  const base = { type: 'training_plan', date: '2026-03-20', title: '研修計画', staffIds: ['s1'] };
  it('accepts planned items of one 年度 and keeps plans without items valid', () => {
    expect(officeActivitySchema.parse({ ...base, plannedItems: [item('abuse_prevention', '虐待防止研修', '2026-04'), item('bcp_drill', '訓練', '2027-03', ['s1'])] }).plannedItems).toHaveLength(2);
    expect(officeActivitySchema.parse(base).plannedItems).toBeUndefined();
  });

  it.each([
    [{ ...base, plannedItems: [item('abuse_prevention', '虐待防止研修', '2026-03'), item('bcp_drill', '訓練', '2026-04')] }, '予定の研修の実施予定月は同じ年度（2025年4月〜2026年3月）にしてください'],
    [{ ...base, plannedItems: [item('abuse_prevention', '虐待防止研修', '2026-13')] }, '研修の実施予定月は年と月（例: 2026-09）で入力してください'],
    [{ ...base, plannedItems: [item('abuse_prevention', '虐待防止研修', '2026-09', ['s9'])] }, '予定の研修の対象者は、計画の対象者から選んでください'],
    [{ ...base, plannedItems: [{ topic: 'abuse_prevention', plannedMonth: '2026-09' }] }, '予定の研修名を入力してください'],
    [{ ...base, type: 'meeting', plannedItems: [item('abuse_prevention', '虐待防止研修', '2026-09')] }, '予定の研修は研修計画の記録にだけ入力できます'],
  ])('refuses bad planned items with a Japanese message (%#)', (body, message) => {
    const result = officeActivitySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
