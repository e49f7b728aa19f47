import { describe, expect, it } from 'vitest';
import { KizukiError } from '../errors/kizuki-error.js';
import { parseDateInput, tryParseDateInput } from './parse-date-input.js';

describe('parseDateInput', () => {
  it.each([
    ['令和7年4月1日', '2025-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R7.4.1', '2025-04-01'],
    ['r7.4.1', '2025-04-01'],
    ['R07/04/01', '2025-04-01'],
    ['R.7.4.1', '2025-04-01'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['S64.1.7', '1989-01-07'],
    ['昭和15年6月15日', '1940-06-15'],
    ['T15.12.24', '1926-12-24'],
    ['M45.7.29', '1912-07-29'],
    ['2025-04-01', '2025-04-01'],
    ['2025/4/1', '2025-04-01'],
    ['2025.4.1', '2025-04-01'],
    ['2025年4月1日', '2025-04-01'],
    ['2025年4月1', '2025-04-01'],
    ['20250401', '2025-04-01'],
    ['２０２５年４月１日', '2025-04-01'],
    ['令和７年　４月　１日', '2025-04-01'],
    ['Ｒ７．４．１', '2025-04-01'],
    ['㋿7年4月1日', '2025-04-01'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });

  it.each([
    ['', '日付を入力してください'],
    ['   ', '日付を入力してください'],
    ['きのう', '日付の形式が正しくありません'],
    ['2025-04', '日付の形式が正しくありません'],
    ['X7.4.1', '日付の形式が正しくありません'],
    ['2025-02-30', '存在しない日付です: 2025年2月30日'],
    ['2025-02-29', '存在しない日付です'],
    ['2025-13-01', '存在しない日付です'],
    ['令和7年2月30日', '存在しない日付です: 令和7年2月30日'],
    ['令和0年5月1日', '存在しない年です'],
    ['平成31年5月1日', '平成31年5月1日は平成の期間外です（平成は2019年4月30日までです）'],
    ['令和1年4月30日', '令和元年4月30日は令和の期間外です（令和は2019年5月1日からです）'],
    ['昭和64年1月8日', '昭和の期間外'],
    ['平成元年1月7日', '平成の期間外'],
    ['明治5年12月31日', '明治6年1月1日より前'],
  ])('rejects %s with a Japanese message', (input, message) => {
    let thrown: unknown;
    try {
      parseDateInput(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KizukiError);
    expect((thrown as KizukiError).code).toBe('validation_failed');
    expect((thrown as KizukiError).message).toContain(message);
  });

  it('has a non-throwing variant', () => {
    expect(tryParseDateInput('R7.4.1')).toBe('2025-04-01');
    expect(tryParseDateInput('2025-02-30')).toBeUndefined();
  });
});
