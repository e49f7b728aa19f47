import { describe, expect, it } from 'vitest';
import { monotonicClock } from './monotonic-clock.js';

describe('monotonicClock', () => {
  it('gives ISO 8601 UTC strings that strictly increase even when the source stalls or goes back', () => {
    const times = [Date.parse('2025-06-01T00:00:00.000Z'), Date.parse('2025-06-01T00:00:00.000Z'), Date.parse('2025-05-31T23:00:00.000Z'), Date.parse('2025-06-01T00:00:05.000Z')];
    let i = 0;
    const clock = monotonicClock(() => times[i++] ?? 0);
    expect([clock(), clock(), clock(), clock()]).toEqual([
      '2025-06-01T00:00:00.000Z',
      '2025-06-01T00:00:00.001Z',
      '2025-06-01T00:00:00.002Z',
      '2025-06-01T00:00:05.000Z',
    ]);
  });
});
