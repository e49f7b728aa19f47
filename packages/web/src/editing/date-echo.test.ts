import { describe, expect, it } from 'vitest';
import { dateEcho } from './date-echo.js';

describe('dateEcho', () => {
  it('says nothing when the text already is the date in 和暦', () => {
    expect(dateEcho('令和8年12月1日')).toBeUndefined();
    expect(dateEcho(' 令和8年12月1日 ')).toBeUndefined();
  });

  it('reads other ways of writing the date back in 和暦 with the 西暦 year', () => {
    expect(dateEcho('R8.12.1')).toBe('令和8年12月1日（2026年）');
    expect(dateEcho('2026/12/1')).toBe('令和8年12月1日（2026年）');
    expect(dateEcho('2026-12-01')).toBe('令和8年12月1日（2026年）');
    // Full-width digits are understood, and the echo shows how.
    expect(dateEcho('令和８年１２月１日')).toBe('令和8年12月1日（2026年）');
  });

  it('says nothing for text that is not a date yet or is empty', () => {
    expect(dateEcho('')).toBeUndefined();
    expect(dateEcho('   ')).toBeUndefined();
    expect(dateEcho('令和8年12')).toBeUndefined();
    expect(dateEcho('2026/2/30')).toBeUndefined();
  });
});
