import { describe, expect, it } from 'vitest';
import { monthlyCount } from './usage-days.js';

describe('回数 of a 利用票 row', () => {
  it('counts 回数 as days × times per day, a blank or odd 回数 as once', () => {
    expect(monthlyCount([1, 2, 3], 2)).toBe(6);
    expect(monthlyCount([1, 2, 3], '２')).toBe(6);
    expect(monthlyCount([1, 2, 3], undefined)).toBe(3);
    expect(monthlyCount([1, 2, 3], '')).toBe(3);
    expect(monthlyCount([1, 2, 3], 'x')).toBe(3);
    expect(monthlyCount([1, 2], 0)).toBe(2);
    expect(monthlyCount([], 3)).toBe(0);
  });
});
