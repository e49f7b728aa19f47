/** A problem found in CSV input, located as precisely as the input allows. */
export interface CsvIssue {
  /** error: the send unit is rejected; warning: imported, but something was kept as written or left out */
  severity: 'error' | 'warning';
  file: string;
  /** physical line (1-based) where the record starts */
  row?: number;
  /** 項番 (1-based) */
  column?: number;
  columnName?: string;
  value?: string;
  /** what would have been accepted, in Japanese */
  expected?: string;
  /** the whole report in Japanese: where, what, what was expected */
  message: string;
}

/** Where an issue is: file, row and optionally column. */
export interface CsvLocation {
  file: string;
  row?: number;
  column?: number;
  columnName?: string;
}

/** Builds an issue with its Japanese message: `FILE 3行目 6列目（課題ＮＯ）: problem。値「x」、期待: y`. */
export function csvIssue(severity: CsvIssue['severity'], at: CsvLocation, problem: string, detail: { value?: string; expected?: string } = {}): CsvIssue {
  let where = at.file;
  if (at.row !== undefined) where += ` ${at.row}行目`;
  if (at.column !== undefined) where += ` ${at.column}列目（${at.columnName ?? ''}）`;
  let message = `${where}: ${problem}`;
  if (detail.value !== undefined) message += `（値: 「${detail.value}」）`;
  if (detail.expected !== undefined) message += ` 正しい形式: ${detail.expected}`;
  return {
    severity,
    ...at,
    ...(detail.value === undefined ? {} : { value: detail.value }),
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    message,
  };
}
