import { describe, expect, it } from 'vitest';
import { tokyoDateOf } from './tokyo-date.js';

describe('tokyoDateOf', () => {
  it('turns the date at 15:00 UTC, midnight in Japan', () => {
    expect(tokyoDateOf(new Date('2025-03-31T14:59:59.999Z'))).toBe('2025-03-31');
    expect(tokyoDateOf(new Date('2025-03-31T15:00:00.000Z'))).toBe('2025-04-01');
  });

  it('crosses the 平成/令和 boundary at Japanese midnight', () => {
    expect(tokyoDateOf(new Date('2019-04-30T15:00:00Z'))).toBe('2019-05-01');
  });
});
