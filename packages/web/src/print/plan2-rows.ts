import type { LongTermGoal, Need, ServiceLine, ShortTermGoal } from '@kizuki/core';

/** A cell that starts here and spans `rowSpan` rows of the printed 第2表. */
export interface SpanCell<T> {
  value: T;
  rowSpan: number;
}

/** One printed row of 第2表: the need/goal cells only on the first row they cover. */
export interface Plan2Row {
  key: string;
  need?: SpanCell<Need>;
  longTermGoal?: SpanCell<LongTermGoal>;
  shortTermGoal?: SpanCell<ShortTermGoal>;
  line?: ServiceLine;
}

/**
 * The rows of 第2表 as on the paper form: one row per 援助内容, with the need, long-term goal
 * and short-term goal cells spanning their rows. A goal or need without anything under it still
 * gets one row, so nothing written disappears from the print.
 */
export function plan2Rows(needs: readonly Need[]): Plan2Row[] {
  const rows: Plan2Row[] = [];
  for (const need of needs) {
    const needStart = rows.length;
    const longs = need.longTermGoals.length > 0 ? need.longTermGoals : [undefined];
    for (const long of longs) {
      const longStart = rows.length;
      const shorts = long && long.shortTermGoals.length > 0 ? long.shortTermGoals : [undefined];
      for (const short of shorts) {
        const shortStart = rows.length;
        const lines = short && short.serviceLines.length > 0 ? short.serviceLines : [undefined];
        lines.forEach((line, i) => rows.push({ key: `${need.id}/${long?.id ?? '-'}/${short?.id ?? '-'}/${line?.id ?? i}`, ...(line ? { line } : {}) }));
        if (short) rows[shortStart]!.shortTermGoal = { value: short, rowSpan: rows.length - shortStart };
      }
      if (long) rows[longStart]!.longTermGoal = { value: long, rowSpan: rows.length - longStart };
    }
    rows[needStart]!.need = { value: need, rowSpan: rows.length - needStart };
  }
  return rows;
}
