import { describe, expect, it } from 'vitest';
import { usageForSheet } from './usage-input.js';

const line = (extra: Record<string, unknown>) => ({ id: 'l', providerOfficeNumber: '0879910011', serviceCode: '111211', units: '387', plannedDays: [1, 2], ...extra });

describe('the 利用票 as the live 第7表 reads it', () => {
  it('normalizes a body typed in the form (numbers as text, full-width digits)', () => {
    const { usage, skippedLines } = usageForSheet({ id: '', month: '2025年4月', benefitRatePercent: '８０', lines: [line({ timesPerDay: '2' })] });
    expect(skippedLines).toEqual([]);
    expect(usage).toMatchObject({ id: 'unsaved', month: '2025-04', benefitRatePercent: 80, lines: [{ units: 387, timesPerDay: 2, plannedDays: [1, 2] }] });
  });

  it('leaves out rows with errors and names them, keeping the rest', () => {
    const { usage, skippedLines } = usageForSheet({
      id: 'u1',
      month: '2025-04',
      shortStayDaysBefore: 'たくさん',
      lines: [line({ id: 'a' }), line({ id: 'b', serviceCode: '' }), line({ id: 'c', plannedDays: [31] }), line({ id: 'd', startTime: '09:00' }), line({ id: 'e' })],
    });
    expect(skippedLines).toEqual([1, 2, 3]);
    expect(usage?.lines.map((l) => l.id)).toEqual(['a', 'e']);
    expect(usage?.shortStayDaysBefore).toBeUndefined();
    expect(usage?.id).toBe('u1');
  });

  it('gives no sheet while 対象年月 is wrong', () => {
    expect(usageForSheet({ id: '', month: '2025-13', lines: [line({})] })).toEqual({ usage: undefined, skippedLines: [] });
    expect(usageForSheet(undefined)).toEqual({ usage: undefined, skippedLines: [] });
  });
});
