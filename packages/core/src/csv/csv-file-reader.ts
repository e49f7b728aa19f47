import { csvIssue, type CsvIssue } from './csv-issue.js';
import { CsvRecordParser, type CsvRecord } from './csv-parser.js';
import { checkRecord, type CsvRow } from './check-record.js';
import { parseCsvFileName, type CsvFileName } from './file-name.js';
import { csvLayouts } from './layouts.js';
import { createMs932Decoder } from './ms932.js';
import { looksLikeUtf8 } from './utf8-sniff.js';

/** One file read and checked: its name's parts, how many rows it had and what was wrong. */
export interface CsvFileSummary {
  file: string;
  name: CsvFileName;
  rowCount: number;
  issues: CsvIssue[];
  byteLength: number;
}

/** A file read whole, with its rows. */
export interface CsvFileContent extends CsvFileSummary {
  rows: CsvRow[];
}

/** How much of the start of a file is checked for UTF-8. */
const sniffBytes = 64 * 1024;

/**
 * Reads one CSV file of the standard in chunks (bytes in, checked rows handed to `onRow`), so a
 * large file is never held whole: the bytes are decoded as MS932 and parsed as they arrive. Reports, in
 * Japanese, a UTF-8 file, bytes that are not Shift_JIS, a file cut inside a quoted field, records
 * with missing or extra items, several CSV versions in one file and every bad value.
 */
export class CsvFileReader {
  private readonly decoder = createMs932Decoder();
  private readonly parser = new CsvRecordParser();
  private rowCount = 0;
  private readonly issues: CsvIssue[] = [];
  private head = new Uint8Array(0);
  private sniffed = false;
  private rejected = false;
  private badBytesReported = false;
  private firstVersion: string | undefined;
  private versionMixReported = false;
  private byteLength = 0;
  private lastByte = -1;

  constructor(
    readonly file: string,
    readonly name: CsvFileName,
    private readonly onRow: (row: CsvRow) => void,
  ) {}

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    this.byteLength += chunk.length;
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1] ?? -1;
    if (this.rejected) return;
    if (!this.sniffed) {
      // Hold back the start until enough is seen to tell UTF-8 from Shift_JIS.
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      if (joined.length < sniffBytes) {
        this.head = joined;
        return;
      }
      this.head = new Uint8Array(0);
      this.sniff(joined);
      return;
    }
    this.decode(chunk, true);
  }

  /** Ends the file and returns what was read. */
  finish(): CsvFileSummary {
    if (!this.sniffed) this.sniff(this.head);
    if (!this.rejected) {
      this.decode(new Uint8Array(0), false);
      this.take(this.parser.finish());
      if (this.parser.unterminatedQuoteLine !== undefined) {
        this.issues.push(csvIssue('error', { file: this.file, row: this.parser.unterminatedQuoteLine }, 'ファイルが途中で終わっています（引用符 " が閉じられていません）'));
      } else if (this.byteLength > 0 && this.lastByte !== 0x0a) {
        this.issues.push(csvIssue('warning', { file: this.file }, '最後のレコードが改行（CRLF）で終わっていません。ファイルが途中で切れていないか確認してください'));
      }
    }
    return { file: this.file, name: this.name, rowCount: this.rowCount, issues: this.issues, byteLength: this.byteLength };
  }

  private sniff(start: Uint8Array): void {
    this.sniffed = true;
    if (looksLikeUtf8(start)) {
      this.rejected = true;
      this.issues.push(csvIssue('error', { file: this.file }, '文字コードがUTF-8です。標準仕様どおりShift_JIS（MS932）で保存したファイルを指定してください'));
      return;
    }
    this.decode(start, true);
  }

  private decode(bytes: Uint8Array, stream: boolean): void {
    const text = this.decoder.decode(bytes, { stream });
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0 && !this.badBytesReported) {
      this.badBytesReported = true;
      const before = this.parser.push(text.slice(0, bad));
      this.take(before);
      this.issues.push(csvIssue('error', { file: this.file, row: this.currentLine() }, 'Shift_JIS（MS932）として読めないバイトがあります（文字コードが違うか、ファイルが壊れています）'));
      this.take(this.parser.push(text.slice(bad)));
      return;
    }
    this.take(this.parser.push(text));
  }

  private currentLine(): number {
    return this.parser.lineNumber;
  }

  private take(records: CsvRecord[]): void {
    const layout = csvLayouts[this.name.kind];
    for (const record of records) {
      const { row, issues } = checkRecord(layout, record.fields, this.file, record.line);
      for (const issue of issues) this.issues.push(issue);
      const version = record.fields[0]?.trim();
      if (version !== undefined && version !== '') {
        this.firstVersion ??= version;
        if (version !== this.firstVersion && !this.versionMixReported) {
          this.versionMixReported = true;
          this.issues.push(
            csvIssue('error', { file: this.file, row: record.line, column: 1, columnName: 'CSVバージョン' }, `1ファイルに複数のCSVバージョン（${this.firstVersion} と ${version}）が混在しています`, { value: version, expected: 'ファイル内で同じCSVバージョン' }),
          );
        }
      }
      if (row) {
        this.rowCount++;
        this.onRow(row);
      }
    }
  }
}

/** Reads a whole file at once (tests, small inputs); undefined when the name is not a file name of the standard. */
export function readCsvFile(file: string, bytes: Uint8Array): CsvFileContent | undefined {
  const name = parseCsvFileName(file);
  if (!name) return undefined;
  const rows: CsvRow[] = [];
  const reader = new CsvFileReader(file, name, (row) => rows.push(row));
  reader.push(bytes);
  return { ...reader.finish(), rows };
}
