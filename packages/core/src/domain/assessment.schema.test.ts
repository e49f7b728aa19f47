import { describe, expect, it } from 'vitest';
import { exemplaryAssessment } from '../testing/exemplary-assessment.js';
import { assessmentItemKeys, assessmentItems } from './assessment-items.js';
import { assessmentSchema, isAssessmentItemRecorded } from './assessment.schema.js';

describe('assessment items table', () => {
  it('lists the 23 standard items in order with their names', () => {
    expect(assessmentItems).toHaveLength(23);
    expect(assessmentItems[0]).toEqual({ number: 1, key: 'basicInfo', name: '基本情報（受付、利用者等基本情報）', group: 'basic' });
    expect(assessmentItems[9]).toMatchObject({ number: 10, key: 'health', name: '健康状態', group: 'analysis' });
    expect(assessmentItems[22]).toMatchObject({ number: 23, key: 'specialCircumstances', name: 'その他留意すべき事項・状況' });
  });

  it('has a schema entry for every item key', () => {
    expect(Object.keys(assessmentSchema.shape.items.unwrap().shape).sort()).toEqual([...assessmentItemKeys].sort());
  });
});

describe('assessmentSchema', () => {
  it('parses the exemplary assessment with every item recorded', () => {
    const assessment = assessmentSchema.parse(exemplaryAssessment());
    for (const key of assessmentItemKeys) expect(isAssessmentItemRecorded(assessment, key), key).toBe(true);
  });

  it('accepts 自立度 as CSV code or roman numeral label', () => {
    const assessment = assessmentSchema.parse({
      id: 'a', date: '2025-03-25',
      items: { physicalIndependence: { judged: '21', current: 'A2' }, dementiaIndependence: { judged: 'Ⅱａ', current: '05' } },
    });
    expect(assessment.items.physicalIndependence).toMatchObject({ judged: 'A1', current: 'A2' });
    expect(assessment.items.dementiaIndependence).toMatchObject({ judged: 'IIa', current: 'IIIa' });
  });

  it('rejects unknown 自立度 and out-of-range vitals in Japanese', () => {
    const result = assessmentSchema.safeParse({
      id: 'a', date: '2025-03-25',
      items: { dementiaIndependence: { judged: 'Ⅴ' }, health: { heightCm: '１４', bloodPressure: { systolic: 'high' } } },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.dementiaIndependence.judged', '認知症高齢者の日常生活自立度（判定）を選択肢から選んでください'],
      ['items.health.heightCm', '50cm以上で入力してください'],
      ['items.health.bloodPressure.systolic', '数値で入力してください'],
    ]);
  });
});

describe('isAssessmentItemRecorded', () => {
  const base = assessmentSchema.parse({ id: 'a', date: '2025-03-25' });

  it('is false for missing or empty entries', () => {
    expect(isAssessmentItemRecorded(base, 'health')).toBe(false);
    const empty = assessmentSchema.parse({ id: 'a', date: '2025-03-25', items: { adl: { activities: [] }, oral: { notes: '  ' } } });
    expect(isAssessmentItemRecorded(empty, 'adl')).toBe(false);
    expect(isAssessmentItemRecorded(empty, 'oral')).toBe(false);
  });

  it('is true for 該当なし, notes, structured values and explicit "no" findings', () => {
    const filled = assessmentSchema.parse({
      id: 'a', date: '2025-03-25',
      items: { specialCircumstances: { notApplicable: true }, oral: { notes: '問題なし' }, health: { heightCm: 150 }, cognition: { bpsd: { present: false } } },
    });
    expect(isAssessmentItemRecorded(filled, 'specialCircumstances')).toBe(true);
    expect(isAssessmentItemRecorded(filled, 'oral')).toBe(true);
    expect(isAssessmentItemRecorded(filled, 'health')).toBe(true);
    expect(isAssessmentItemRecorded(filled, 'cognition')).toBe(true);
  });

  it('counts item 9 as recorded when the reason is set', () => {
    expect(isAssessmentItemRecorded(base, 'assessmentReason')).toBe(false);
    expect(isAssessmentItemRecorded({ ...base, reason: 'initial' }, 'assessmentReason')).toBe(true);
  });
});
