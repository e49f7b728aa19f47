import type { Finding } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { concernsFocusedField, findingHeading, findingIds, newFindingIds, newFindingsAnnouncement } from './finding-news.js';

const finding = (ruleId: Finding['ruleId'], path: (string | number)[], label: string, documentId = 'plan-1'): Finding => ({
  ruleId,
  severity: 'advice',
  message: '…',
  evidence: [{ document: 'care_plan', documentId, path, label }],
  citations: [],
});

const vagueShort = finding('plan.goal-vague', ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'text'], '第2表 課題1 長期目標1 短期目標1');

describe('findingIds', () => {
  it('names a 気づき by its rule and field, numbering repeats', () => {
    const overview = finding('plan.overview-missing', ['overallPolicy'], '第1表 総合的な援助の方針');
    expect(findingIds([vagueShort, overview, overview], 'plan-1')).toEqual([
      'plan.goal-vague@needs.0.longTermGoals.0.shortTermGoals.0.text',
      'plan.overview-missing@overallPolicy',
      'plan.overview-missing@overallPolicy#2',
    ]);
  });
});

describe('newFindingIds', () => {
  it('is empty for the first result and lists only what was added after', () => {
    expect(newFindingIds(undefined, ['a', 'b'])).toEqual([]);
    expect(newFindingIds(new Set(['a']), ['a', 'b'])).toEqual(['b']);
    expect(newFindingIds(new Set(['a', 'b']), ['a'])).toEqual([]);
  });
});

describe('findingHeading', () => {
  it('keeps the place and the rule apart', () => {
    const delivery: Finding = {
      ...finding('process.delivery-missing', ['delivery', 'toProviders'], '交付 事業所への交付'),
      evidence: [
        { document: 'care_plan', documentId: 'plan-1', path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 1, 'providerName'], label: '第2表 課題1 長期目標1 短期目標1 援助内容2 ※2 事業所' },
        { document: 'care_plan', documentId: 'plan-1', path: ['delivery', 'toProviders'], label: '交付 事業所への交付' },
      ],
    };
    expect(findingHeading(delivery)).toEqual({ places: ['第2表 課題1 長期目標1 短期目標1 援助内容2 ※2 事業所', '交付 事業所への交付'], rule: '計画の交付がない' });
    expect(findingHeading(vagueShort).rule).toBe('抽象的な目標');
  });
});

describe('concernsFocusedField', () => {
  it('follows the field itself and the items that hold it, not the whole list of needs', () => {
    const focused = 'field-needs-0-longTermGoals-0-shortTermGoals-0-text';
    expect(concernsFocusedField(['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'text'], focused)).toBe(true);
    expect(concernsFocusedField(['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0], focused)).toBe(true);
    expect(concernsFocusedField(['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 1, 'text'], focused)).toBe(false);
    // needs.1 must not match needs.10's fields.
    expect(concernsFocusedField(['needs', 1], 'field-needs-10-text')).toBe(false);
    expect(concernsFocusedField(['needs'], focused)).toBe(false);
    expect(concernsFocusedField(undefined, focused)).toBe(false);
    expect(concernsFocusedField(['overallPolicy'], undefined)).toBe(false);
  });
});

describe('newFindingsAnnouncement', () => {
  it('names each new 気づき by rule and place, with the total', () => {
    expect(newFindingsAnnouncement([vagueShort], 3)).toBe('新しい気づき 1件: 抽象的な目標（第2表 課題1 長期目標1 短期目標1）。気づきは全部で3件です。');
    expect(newFindingsAnnouncement([], 2)).toBe('気づき 2件');
  });
});
