import { describe, expect, it } from 'vitest';
import { featureTitles, isKnownFeatureId, knownFeatureIds } from './feature-ids.js';
import { isKnownRuleId, knownRuleIds, ruleTitles } from './rule-ids.js';

// The exact list the audit engine implements; a change here must be deliberate.
const expectedRuleIds = [
  'assessment.items-incomplete', 'assessment.not-at-home', 'assessment.dependency-detail-missing', 'assessment.medical-info-missing',
  'assessment.life-history-missing', 'plan.overview-missing', 'plan.need-without-goal', 'plan.goal-without-short-term',
  'plan.short-term-without-service', 'plan.short-term-exceeds-long-term', 'plan.period-outside-certification', 'plan.no-informal-support',
  'plan.goal-vague', 'plan.goal-is-service', 'plan.need-not-own-words', 'plan.livelihood-reason-missing', 'plan.family-role-missing',
  'plan.rehab-not-considered', 'plan.welfare-equipment-reason-missing', 'plan.medical-service-without-physician', 'plan.short-stay-over-half',
  'plan.uniform-across-clients', 'process.meeting-missing', 'process.consent-missing', 'process.delivery-missing', 'process.monitoring-overdue',
  'process.certification-expiring', 'process.service-plans-not-requested', 'process.prevention-type-mismatch', 'office.provider-concentration',
];

describe('knownRuleIds', () => {
  it('lists exactly the rules the audit engine implements', () => {
    expect([...knownRuleIds]).toEqual(expectedRuleIds);
  });

  it('gives every rule a Japanese title', () => {
    for (const id of knownRuleIds) expect(ruleTitles[id]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('recognizes known ids and rejects others', () => {
    expect(isKnownRuleId('plan.goal-vague')).toBe(true);
    expect(isKnownRuleId('plan.goal-vagu')).toBe(false);
    expect(isKnownRuleId('toString')).toBe(false);
    expect(isKnownRuleId(42)).toBe(false);
  });
});

describe('knownFeatureIds', () => {
  it('names every feature feature.* with a Japanese title', () => {
    expect(knownFeatureIds.length).toBeGreaterThan(10);
    for (const id of knownFeatureIds) {
      expect(id).toMatch(/^feature\.[a-z-]+$/);
      expect(featureTitles[id]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(isKnownFeatureId('feature.care-plan-inspection')).toBe(true);
    expect(isKnownFeatureId('feature.unknown')).toBe(false);
    expect(isKnownFeatureId('constructor')).toBe(false);
  });
});
