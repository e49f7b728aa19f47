import { describe, expect, it } from 'vitest';
import { deIdentify, draftInspectionSummary, fiscalYearLabel, inspectionSummaryText, personalDataIn, summaryMarkdown, summarySections } from './draft-summary.js';
import { inspectionCaseSchema, type InspectionCase } from './inspection-case.schema.js';

function aCase(id: string, officeNumber: string, observations: { area: string; text: string; status: string }[]): InspectionCase {
  return inspectionCaseSchema.parse({
    id,
    inspectionId: 'insp-2025',
    officeNumber,
    officeName: officeNumber === '0899000001' ? 'みなと居宅介護支援事業所' : 'やまて居宅介護支援事業所',
    careManagerName: '架空 介子',
    label: `事例${id}`,
    observations: observations.map((o, i) => ({ id: `${id}-${i}`, ...o })),
  });
}

const cases = [
  aCase('A', '0899000001', [
    { area: 'care_plan', text: '青葉チヨさんの短期目標「安心して暮らす」が抽象的で、達成を確かめにくい。', status: 'verified' },
    { area: 'assessment', text: '主治医からの情報（検査値の推移）が把握されていない（被保険者番号0000012345）。', status: 'agreed' },
  ]),
  aCase('B', '0899000001', [{ area: 'care_plan', text: '目標の設定に、事業所の評価が 生かされていない。', status: 'closed' }]),
  aCase('C', '0899000002', [
    { area: 'collaboration', text: '架空 介子さんは医療機関との連携を記録していない（電話 0294-00-0000）。', status: 'open' },
    { area: 'care_plan', text: '目標の設定に、事業所の評価が生かされていない。', status: 'answered' },
  ]),
];

describe('総評 draft', () => {
  it('counts observations, cases and offices per area, in the areas 小樽市 uses', () => {
    const draft = draftInspectionSummary(2025, cases, ['青葉 チヨ']);
    expect(draft.title).toBe('令和7年度ケアプラン点検の総評');
    expect([draft.cases, draft.offices, draft.observations, draft.resolved]).toEqual([3, 2, 5, 2]);
    expect(draft.sections.map((s) => [s.label, s.observations, s.cases, s.offices])).toEqual([
      ['アセスメント', 1, 1, 1],
      ['ケアプラン', 3, 3, 2],
      ['連携', 1, 1, 1],
    ]);
  });

  it('never lets a name or an identifying number into the text', () => {
    const text = inspectionSummaryText(draftInspectionSummary(2025, cases, ['青葉 チヨ']));
    for (const personal of ['青葉', 'チヨ', '架空 介子', '0000012345', '0294-00-0000', 'みなと居宅']) expect(text).not.toContain(personal);
    expect(text).toContain('・○○さんの短期目標「安心して暮らす」が抽象的で、達成を確かめにくい。');
    // The same observation from two offices is shown once.
    expect(text.match(/事業所の評価が\s?生かされていない/gu)).toHaveLength(1);
  });

  it('compares with last year by share of cases', () => {
    const draft = draftInspectionSummary(2025, cases, [], { fiscalYear: 2024, cases: 10, casesByArea: { care_plan: 10, rehabilitation: 4 } });
    const byArea = Object.fromEntries(draft.sections.map((s) => [s.area, [s.previousCases, s.trend]]));
    expect(byArea.care_plan).toEqual([10, 'similar']);
    expect(byArea.rehabilitation).toEqual([4, 'fewer']);
    expect(byArea.assessment).toEqual([0, 'more']);
    expect(inspectionSummaryText(draft)).toContain('この分野の気づきがあった事例の割合は前年度より少なくなりました');
  });

  it('de-identifies names written with or without the space, and numbers', () => {
    expect(deIdentify('青葉チヨ様（〒317-0001、0899000001）', ['青葉 チヨ'])).toBe('○○様（＊＊＊、＊＊＊）');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
  });
});

describe('総評 sections, Markdown and the personal-data check', () => {
  it('gives はじめに, one section per area with figures and examples, and an empty まとめ', () => {
    const sections = summarySections(draftInspectionSummary(2025, cases, ['青葉 チヨ']));
    expect(sections.map((s) => s.heading)).toEqual(['はじめに', '(1) アセスメント', '(2) ケアプラン', '(3) 連携', 'まとめ']);
    expect(sections[0]!.text).toBe('令和7年度は、2か所の事業所の3事例についてケアプラン点検を行いました。点検者の気づきは5件で、そのうち2件は見直した計画を確認しました。');
    expect(sections[2]!.text.split('\n')[0]).toBe('気づき 3件（3事例・2事業所）。');
    expect(sections.at(-1)!.text).toBe('');
    expect(JSON.stringify(sections)).not.toContain('青葉');
  });
  it('writes Markdown with one heading per section and items as a list', () => {
    const markdown = summaryMarkdown('令和7年度ケアプラン点検の総評', [{ heading: '(1) ケアプラン', text: '気づき 3件。\n・目標が抽象的。' }, { heading: 'まとめ' }]);
    expect(markdown).toBe('# 令和7年度ケアプラン点検の総評\n\n## (1) ケアプラン\n\n気づき 3件。\n- 目標が抽象的。\n\n## まとめ\n');
  });
  it('finds names (with or without the space) and identifying numbers, and passes clean text', () => {
    expect(personalDataIn('青葉チヨさんの目標', ['青葉 チヨ'])).toEqual(['青葉 チヨ']);
    expect(personalDataIn('被保険者番号 0000012345', [])).toEqual(['番号']);
    expect(personalDataIn('○○さんの目標が抽象的（令和7年度、3件）', ['青葉 チヨ'])).toEqual([]);
  });
});
