import { describe, expect, it } from 'vitest';
import { formatPeriodText, parsePeriodText, periodFromCsvText, periodToCsvText } from './period-text.js';

const halfYear = { start: '2025-04-01', end: '2025-09-30' };

describe('free-text periods of 第2表', () => {
  it.each([
    '令和7年4月1日～令和7年9月30日',
    '令和7年4月1日〜令和7年9月30日',
    'R7.4.1～R7.9.30',
    'R07/04/01~R07/09/30',
    'r7.4.1 - r7.9.30',
    '2025/04/01～2025/09/30',
    '2025/4/1-2025/9/30',
    '2025-04-01-2025-09-30',
    '2025年4月1日〜2025年9月30日',
    '２０２５年４月１日～２０２５年９月３０日',
    '20250401～20250930',
    '令和7年4月1日から令和7年9月30日まで',
    'R7.4～R7.9',
    '令和7年4月～令和7年9月',
    '2025/04～2025/09',
    '令和7年4月1日～9月30日',
    '令和7年4月1日～令和7年9月末',
    'R07.04.01－R07.09.30',
    'Ｒ７．４．１～Ｒ７．９．３０',
    '令和7年4月1日～\n令和7年9月30日',
    '2025年4月1日 ～ 2025年9月末日',
  ])('reads %s', (text) => {
    expect(parsePeriodText(text)).toEqual(halfYear);
  });

  it('reads a year that wraps, 元年, and one end only', () => {
    expect(parsePeriodText('令和7年10月1日～3月31日')).toEqual({ start: '2025-10-01', end: '2026-03-31' });
    expect(parsePeriodText('令和元年5月1日～令和2年4月30日')).toEqual({ start: '2019-05-01', end: '2020-04-30' });
    expect(parsePeriodText('令和7年4月1日～')).toEqual({ start: '2025-04-01' });
    expect(parsePeriodText('～R7.9.30')).toEqual({ end: '2025-09-30' });
    expect(parsePeriodText('')).toEqual({});
  });

  it('warns and reads no dates when the text is not a period', () => {
    for (const text of ['認定期間中', '6か月', 'R7.4.1～R7.9.31', '令和7年9月30日～令和7年4月1日', 'R7.4.1～R7.6.1～R7.9.30']) {
      const reading = parsePeriodText(text);
      expect(reading.start).toBeUndefined();
      expect(reading.warning).toContain(`期間「${text}」`);
    }
  });

  it('keeps the text as written unless it is what Kizuki prints for the dates', () => {
    expect(formatPeriodText(halfYear)).toBe('令和7年4月1日～令和7年9月30日');
    expect(periodFromCsvText('令和7年4月1日～令和7年9月30日')).toEqual({ period: halfYear });
    expect(periodFromCsvText('R7.4.1～R7.9.30')).toEqual({ period: { ...halfYear, text: 'R7.4.1～R7.9.30' } });
    expect(periodFromCsvText('認定期間中')).toMatchObject({ period: { text: '認定期間中' }, warning: expect.stringContaining('読み取れません') as string });
    expect(periodFromCsvText('  ')).toEqual({ period: undefined });
    expect(periodToCsvText({ start: '2019-05-01' })).toBe('令和元年5月1日～');
    expect(periodToCsvText({ text: 'R7.4～R7.9', start: '2025-04-01' })).toBe('R7.4～R7.9');
    expect(periodToCsvText(undefined)).toBe('');
  });
});
