import { KizukiError } from '../errors/kizuki-error.js';
import { crlf, formatCsvRecord } from './csv-record.js';
import type { CsvFileKind, CsvLayout } from './layout-types.js';
import { encodeMs932 } from './ms932.js';
import { toMs932Text } from './ms932-convert.js';

/** Values of one record by column key; missing keys are written blank. */
export type CsvValues = Readonly<Record<string, string | undefined>>;

/** A character the export changed to fit MS932, and where. */
export interface CsvConversion {
  file: string;
  /** physical line of the record in the written file */
  row: number;
  /** 項目名 */
  column: string;
  /** `FILE 3行目「課題」`, for people */
  field: string;
  original: string;
  replacement: string;
}

/** One written file of a send unit. */
export interface CsvExportFile {
  name: string;
  kind: CsvFileKind;
  bytes: Uint8Array;
  records: number;
}

/**
 * Writes the records of one file: values in the layout's column order, free text quoted, CRLF,
 * MS932. Characters MS932 cannot hold are replaced and each replacement is added to `conversions`.
 * Throws KizukiError('internal') when a coded value would break the record (a comma or a quote),
 * which only a bug can cause.
 */
export function writeCsvFile(layout: CsvLayout, name: string, records: readonly CsvValues[], conversions: CsvConversion[]): CsvExportFile {
  const quoted = layout.columns.map((c) => c.type === 'text');
  let text = '';
  let line = 1;
  for (const record of records) {
    const values = layout.columns.map((column) => {
      const raw = record[column.key] ?? '';
      if (column.type !== 'text' && /[",\r\n]/u.test(raw)) {
        throw new KizukiError('internal', `${layout.title}の「${column.name}」に区切り文字を含む値があります: ${raw}`);
      }
      const safe = toMs932Text(raw);
      for (const c of safe.conversions) conversions.push({ file: name, row: line, column: column.name, field: `${name} ${line}行目「${column.name}」`, ...c });
      return safe.text;
    });
    const formatted = formatCsvRecord(values, quoted);
    text += formatted;
    line += formatted.split(crlf).length - 1;
  }
  return { name, kind: layout.kind, bytes: encodeMs932(text), records: records.length };
}
