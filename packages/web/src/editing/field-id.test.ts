import { describe, expect, it } from 'vitest';
import { fieldDomId } from './field-id.js';

describe('fieldDomId', () => {
  it('joins the path of a document field into an id', () => {
    expect(fieldDomId(['needs', 0, 'longTermGoals', 1, 'text'])).toBe('field-needs-0-longTermGoals-1-text');
    expect(fieldDomId(['date'])).toBe('field-date');
  });

  it('keeps ids usable as CSS selectors and distinct for distinct paths', () => {
    expect(fieldDomId(['items', 'health', 'bloodPressure.systolic'])).toBe('field-items-health-bloodPressure_systolic');
    expect(fieldDomId(['answers', 11])).not.toBe(fieldDomId(['answers', 1, 1]));
    expect(fieldDomId(['日本語'])).toMatch(/^field-[A-Za-z0-9_-]+$/u);
  });
});
