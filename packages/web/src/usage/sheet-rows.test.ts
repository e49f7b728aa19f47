import { calculateUsageSheet, serviceUsageSchema } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { amountText, sheetRows } from './sheet-rows.js';

const usage = serviceUsageSchema.parse({
  id: 'u',
  month: '2025-04',
  lines: [
    { id: 'h1', providerOfficeNumber: '0879910011', serviceCode: '111211', units: 387, plannedDays: [1, 2] },
    { id: 'd1', providerOfficeNumber: '0879910015', serviceCode: '151111', units: 658, plannedDays: [3] },
    { id: 'h2', providerOfficeNumber: '0879910011', serviceCode: '112111', units: 200, plannedDays: [4] },
    { id: 'h3', providerOfficeNumber: '0879910011', serviceCode: '116275', units: 50, plannedDays: [4], outsideLimit: true },
  ],
});

describe('第7表 rows in form order', () => {
  it('puts each subtotal after the rows it adds up, in the order the rows name them', () => {
    const rows = sheetRows(calculateUsageSheet(usage, { limitUnits: 16765 }));
    expect(rows.map((r) => (r.kind === 'line' ? r.line.lineId : `小計 ${r.subtotal.providerOfficeNumber} ${r.subtotal.serviceTypeCode}${r.subtotal.outsideLimit ? ' 対象外' : ''}`))).toEqual([
      'h1',
      'h2',
      '小計 0879910011 11',
      'd1',
      '小計 0879910015 15',
      'h3',
      '小計 0879910011 11 対象外',
    ]);
  });

  it('keeps rows that no subtotal names at the end rather than hiding them', () => {
    const sheet = calculateUsageSheet(usage, { limitUnits: undefined });
    const rows = sheetRows({ lines: sheet.lines, subtotals: sheet.subtotals.slice(1) });
    expect(rows.filter((r) => r.kind === 'line').map((r) => (r.kind === 'line' ? r.line.lineId : ''))).toEqual(['d1', 'h3', 'h1', 'h2']);
  });

  it('prints amounts with thousands separators and blanks for unknown', () => {
    expect(amountText(16765)).toBe('16,765');
    expect(amountText(0)).toBe('0');
    expect(amountText(undefined)).toBe('');
  });
});
