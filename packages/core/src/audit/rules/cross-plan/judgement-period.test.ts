import { describe, expect, it } from 'vitest';
import { judgementPeriodOf } from './judgement-period.js';

describe('judgementPeriodOf', () => {
  it('puts March to August in the 前期', () => {
    expect(judgementPeriodOf('2025-03-01')).toEqual({ half: 'first', start: '2025-03-01', end: '2025-08-31' });
    expect(judgementPeriodOf('2025-08-31')).toEqual({ half: 'first', start: '2025-03-01', end: '2025-08-31' });
  });

  it('puts September to February in the 後期, ending on the last day of February', () => {
    expect(judgementPeriodOf('2025-09-01')).toEqual({ half: 'second', start: '2025-09-01', end: '2026-02-28' });
    expect(judgementPeriodOf('2026-02-28')).toEqual({ half: 'second', start: '2025-09-01', end: '2026-02-28' });
    expect(judgementPeriodOf('2024-02-29')).toEqual({ half: 'second', start: '2023-09-01', end: '2024-02-29' });
    expect(judgementPeriodOf('2024-01-10')).toEqual({ half: 'second', start: '2023-09-01', end: '2024-02-29' });
    expect(judgementPeriodOf('2023-12-31')).toEqual({ half: 'second', start: '2023-09-01', end: '2024-02-29' });
  });

  it('stays inside the calendar at its far ends', () => {
    expect(judgementPeriodOf('9999-10-01')).toEqual({ half: 'second', start: '9999-09-01', end: '9999-12-31' });
    expect(judgementPeriodOf('0001-01-15')).toEqual({ half: 'second', start: '0000-09-01', end: '0001-02-28' });
  });
});
