import { roleSchema } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { startPageOf } from './start-page.js';

describe('startPageOf', () => {
  it('sends insurer and 包括 staff to their own start page, not the care manager’s dashboard', () => {
    expect(startPageOf('insurer_staff')).toBe('insurer');
    expect(startPageOf('center_staff')).toBe('center');
    expect(startPageOf('care_manager')).toBe('office');
    expect(startPageOf('office_admin')).toBe('office');
    expect(startPageOf('admin')).toBe('office');
  });

  it('knows every role', () => {
    for (const role of roleSchema.options) expect(['office', 'center', 'insurer']).toContain(startPageOf(role));
  });
});
