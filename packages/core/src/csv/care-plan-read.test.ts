import { describe, expect, it } from 'vitest';
import type { CsvRow } from './check-record.js';
import { needsFromPlan2, planFromPlan1 } from './care-plan-read.js';

const plan1 = (values: Record<string, string>): CsvRow => ({ line: 1, values });

describe('planFromPlan1: 総合的な援助の方針 and 緊急時の連絡先 as vendors write them', () => {
  it.each([
    ['在宅生活を支えます。\n【緊急時の対応機関・連絡先】\n長女 090-0000-0000', '在宅生活を支えます。', '長女 090-0000-0000'],
    ['在宅生活を支えます。\n緊急時連絡先：長女 090-0000-0000', '在宅生活を支えます。', '長女 090-0000-0000'],
    ['在宅生活を支えます。\r\n【緊急時の対応】\r\n主治医 架空医院', '在宅生活を支えます。', '主治医 架空医院'],
    ['在宅生活を支えます。\n＜緊急連絡先＞長女\n次女', '在宅生活を支えます。', '長女\n次女'],
    ['在宅生活を支えます。\n■緊急時:長女', '在宅生活を支えます。', '長女'],
  ])('%j', (text, overallPolicy, emergencyContactsNote) => {
    const plan = planFromPlan1('plan-1', undefined, plan1({ overallPolicy: text }));
    expect([plan.overallPolicy, plan.emergencyContactsNote]).toEqual([overallPolicy, emergencyContactsNote]);
  });

  it('keeps a sentence that only mentions 緊急時 as policy, and a bare label as written', () => {
    const sentence = planFromPlan1('plan-1', undefined, plan1({ overallPolicy: '在宅生活を支えます。\n※緊急時は長女へ連絡します。' }));
    expect([sentence.overallPolicy, sentence.emergencyContactsNote]).toEqual(['在宅生活を支えます。\n※緊急時は長女へ連絡します。', undefined]);
    const bare = planFromPlan1('plan-1', undefined, plan1({ overallPolicy: '在宅生活を支えます。\n緊急連絡先：' }));
    expect([bare.overallPolicy, bare.emergencyContactsNote]).toEqual(['在宅生活を支えます。\n緊急連絡先：', undefined]);
  });

  it('reads a vendor’s labelled 意向 column into its parts', () => {
    const plan = planFromPlan1('plan-1', undefined, plan1({ intentions: '本人：自宅で暮らしたい。\n長女：無理はさせたくない。' }));
    expect(plan.intentions).toEqual({ client: '自宅で暮らしたい。', family: '長女：無理はさせたくない。' });
  });
});

describe('needsFromPlan2: continuation rows however a vendor writes them', () => {
  const need = '一人で入浴したい';
  const long = ['入浴を自立して行える', 'R7.7.1～R8.6.30'] as const;
  const shortA = ['浴槽をまたげる', 'R7.7.1～R7.12.31'] as const;
  const shortB = ['洗身を自分でできる', 'R7.7.1～R7.12.31'] as const;
  const row = (line: number, needNo: string, goalNo: string, lineNo: string, texts: { need?: string; long?: readonly [string, string]; short?: readonly [string, string] }, content: string): CsvRow => ({
    line,
    values: {
      needNo,
      goalNo,
      lineNo,
      need: texts.need ?? '',
      longTermGoal: texts.long?.[0] ?? '',
      longTermPeriod: texts.long?.[1] ?? '',
      shortTermGoal: texts.short?.[0] ?? '',
      shortTermPeriod: texts.short?.[1] ?? '',
      content,
      insured: content === '見守り' ? 'N' : 'Y',
      serviceTypeName: content === '見守り' ? '' : '訪問介護',
    },
  });
  const shape = (rows: CsvRow[]) =>
    needsFromPlan2(rows, [], new Map(), 'UP2KYO.csv', 'carePlans.0').map((n) => [
      n.text,
      n.longTermGoals.map((l) => [l.text, l.shortTermGoals.map((s) => [s.text, s.serviceLines.map((x) => x.content)])]),
    ]);
  const expected = [[need, [[long[0], [[shortA[0], ['入浴介助', '見守り']], [shortB[0], ['洗身介助']]]]]]];

  it.each([
    [
      'printed once, blank below, 援助目標NO kept',
      [row(1, '1', '1', '1', { need, long, short: shortA }, '入浴介助'), row(2, '1', '1', '2', {}, '見守り'), row(3, '1', '2', '1', { short: shortB }, '洗身介助')],
    ],
    [
      'repeated in full on every row, 援助目標NO renumbered',
      [row(1, '1', '1', '1', { need, long, short: shortA }, '入浴介助'), row(2, '1', '2', '1', { need, long, short: shortA }, '見守り'), row(3, '1', '3', '1', { need, long, short: shortB }, '洗身介助')],
    ],
    [
      '援助目標NO left blank on continuation rows',
      [row(1, '1', '1', '1', { need, long, short: shortA }, '入浴介助'), row(2, '1', '', '2', {}, '見守り'), row(3, '1', '2', '1', { short: shortB }, '洗身介助')],
    ],
    [
      'one 援助目標NO for the long-term goal, short-term goals told apart by their text',
      [row(1, '1', '1', '1', { need, long, short: shortA }, '入浴介助'), row(2, '1', '1', '2', {}, '見守り'), row(3, '1', '1', '3', { short: shortB }, '洗身介助')],
    ],
  ])('%s', (_name, rows) => {
    expect(shape(rows)).toEqual(expected);
  });

  it('keeps two different 課題 apart even when the second repeats nothing', () => {
    const rows = [row(1, '1', '1', '1', { need, long, short: shortA }, '入浴介助'), row(2, '2', '1', '1', { need: '買物に行きたい', long: ['店まで歩ける', ''], short: ['杖で100m歩ける', ''] }, '見守り')];
    expect(shape(rows).map(([text]) => text)).toEqual([need, '買物に行きたい']);
  });
});
