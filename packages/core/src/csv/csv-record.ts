/** Record terminator of the standard: CRLF. */
export const crlf = '\r\n';

/** Quotes a free-text value: `"` around it and every `"` doubled; commas and line breaks are kept. */
export function quoteCsvText(value: string): string {
  return `"${value.replace(/"/gu, '""')}"`;
}

/**
 * One CSV record with its CRLF. `quoted[i]` says whether field i is free text (フリーテキスト),
 * which the standard always writes inside `"…"`; codes, numbers and dates are written bare.
 * Line breaks inside free text are written as CRLF, as a Windows form would.
 */
export function formatCsvRecord(values: readonly string[], quoted: readonly boolean[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (i > 0) line += ',';
    line += quoted[i] ? quoteCsvText(value.replace(/\r\n|\r|\n/gu, crlf)) : value;
  }
  return line + crlf;
}
