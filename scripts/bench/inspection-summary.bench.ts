/**
 * The 総評 draft (draftInspectionSummary) over 100,000 ケアプラン点検 cases: counting observations per
 * area, office and status, picking representative examples and removing personal data from them.
 * The cases are generated (fictional names and numbers), two or three observations each.
 */
import { draftInspectionSummary, inspectionAreaKeys, observationStatuses, type InspectionCase } from '@kizuki/core';
import { count, duration, measure } from './measure.js';

const texts = [
  '短期目標「安心して暮らす」が抽象的で、達成を確かめにくい。',
  '主治医からの情報（検査値の推移）が把握されていない。',
  '家族の支援が計画に位置付けられていない（架空 花子さん、電話 0294-00-0000）。',
  'サービスの利用そのものが目標になっている。',
  '医療機関との連携を記録していない（被保険者番号0000012345）。',
];

/** `distinct`: each observation worded for its plan, as inspectors write them; otherwise five texts repeat. */
function syntheticCases(n: number, distinct: boolean): InspectionCase[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `case-${i}`,
    inspectionId: 'insp-bench',
    officeNumber: `0899${String(i % 120).padStart(6, '0')}`,
    officeName: `架空居宅介護支援事業所${i % 120}`,
    careManagerName: '架空 介子',
    label: `事例${i}`,
    observations: Array.from({ length: 2 + (i % 2) }, (_, j) => ({
      id: `case-${i}-${j}`,
      area: inspectionAreaKeys[(i + j) % inspectionAreaKeys.length]!,
      text: `${texts[(i * 3 + j) % texts.length]!}${distinct ? `（${i}件目の計画の第${j + 1}表）` : ''}`,
      status: observationStatuses[(i + j) % observationStatuses.length]!,
    })),
  }));
}

function draft(n: number, distinct: boolean): string {
  const cases = syntheticCases(n, distinct);
  const observations = cases.reduce((sum, c) => sum + c.observations.length, 0);
  const drafted = measure(() => draftInspectionSummary(2025, cases, ['架空 花子', '架空 介子'], { fiscalYear: 2024, cases: Math.round(n * 0.9), casesByArea: { care_plan: Math.round(n * 0.4) } }));
  return `draftInspectionSummary: ${count(cases.length)} cases, ${count(observations)} observations${distinct ? '' : ' (five texts repeated)'} in ${duration(drafted.ms)}`;
}

export function run(): Promise<{ name: string; lines: string[] }> {
  // Distinct wording (every observation differs) and five texts repeated over every case: the names to
  // remove are prepared once per draft and a repeated text is de-identified once.
  const lines = [`${draft(100_000, true)} (target < 5 s)`, `${draft(100_000, false)} (target < 5 s)`];
  return Promise.resolve({ name: '総評 draft (100,000 cases)', lines });
}
