import type { UsageSheet, UsageSheetLine, UsageSheetSubtotal } from '@kizuki/core';

/** A row of the 第7表 table: a service row, or the 小計 of one 事業所 × サービス種類 under its rows. */
export type SheetRow = { kind: 'line'; line: UsageSheetLine } | { kind: 'subtotal'; subtotal: UsageSheetSubtotal };

/**
 * The 第7表 in form order: each subtotal after the rows it adds up (same 事業所, サービス種類,
 * 限度額の対象か否か and 単位数単価), rows without a subtotal at the end so nothing calculated is hidden.
 */
export function sheetRows(sheet: Pick<UsageSheet, 'lines' | 'subtotals'>): SheetRow[] {
  const groupOf = (line: UsageSheetLine) =>
    sheet.subtotals.findIndex(
      (s) => line.providerOfficeNumber === s.providerOfficeNumber && line.serviceTypeCode === s.serviceTypeCode && line.outsideLimit === s.outsideLimit && line.unitPrice === s.unitPrice,
    );
  const groups = sheet.lines.map(groupOf);
  const rows: SheetRow[] = [];
  sheet.subtotals.forEach((subtotal, index) => {
    sheet.lines.forEach((line, i) => {
      if (groups[i] === index) rows.push({ kind: 'line', line });
    });
    rows.push({ kind: 'subtotal', subtotal });
  });
  sheet.lines.forEach((line, i) => {
    if (groups[i] === -1) rows.push({ kind: 'line', line });
  });
  return rows;
}

/** 単位 and 円 as the forms print them: 12,345 (blank for undefined). */
export function amountText(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('ja-JP');
}
