import { anExemplaryCaseFile, validateDocument } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { blankAssessment, copyForwardAssessment } from './copy-forward.js';

const previous = anExemplaryCaseFile().withAssessment({ reason: 'renewal', reasonText: '更新', assessorUserId: 'someone-else' }).build().assessments[0]!;

describe('copyForwardAssessment', () => {
  it('carries the items, risks and summary over and starts a new date and reason', () => {
    const copy = copyForwardAssessment(previous, '2025-09-20', 'me');
    expect(copy.id).toBe('');
    expect(copy.date).toBe('2025-09-20');
    expect(copy.reason).toBeUndefined();
    expect(copy.reasonText).toBeUndefined();
    expect(copy.assessorUserId).toBe('me');
    expect(copy.items.health).toEqual(previous.items.health);
    expect(copy.items.adl).toEqual(previous.items.adl);
    expect(copy.items.assessmentReason).toBeUndefined();
    expect(copy.summary).toBe(previous.summary);
    expect(copy.risks).toEqual(previous.risks);
  });

  it('does not share objects with the previous assessment (editing the copy leaves it intact)', () => {
    const copy = copyForwardAssessment(previous, '2025-09-20', 'me');
    copy.items.health!.symptoms = '変更した';
    expect(previous.items.health?.symptoms).not.toBe('変更した');
  });

  it('gives bodies the schema accepts once the server assigns an id', () => {
    expect(() => validateDocument('assessment', { ...copyForwardAssessment(previous, '2025-09-20', 'me'), id: 'a-2' })).not.toThrow();
    expect(() => validateDocument('assessment', { ...blankAssessment('2025-09-20', undefined), id: 'a-3' })).not.toThrow();
  });
});
