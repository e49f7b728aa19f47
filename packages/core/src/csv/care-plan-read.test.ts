import { describe, expect, it } from 'vitest';
import type { CsvRow } from './check-record.js';
import { planFromPlan1 } from './care-plan-read.js';

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
