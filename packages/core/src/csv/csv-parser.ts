/** A parsed CSV record and the physical line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * A streaming CSV parser: push decoded text in chunks of any size, take whole records out.
 * Quoted fields keep commas, `""` (as `"`) and line breaks; records end with CRLF (a bare LF or
 * CR is accepted from lenient writers). Blank lines are skipped. `finish()` reports a file that
 * ends inside a quoted field (truncated) through `unterminatedQuoteLine`.
 */
export class CsvRecordParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** a quote seen inside quotes that may be the first half of `""` */
  private quotePending = false;
  private fieldStarted = false;
  private atFieldStart = true;
  private pendingCr = false;
  private line = 1;
  private recordLine = 1;
  /** The line where a quoted field was left open at the end of input, if any. */
  unterminatedQuoteLine: number | undefined;

  /** The physical line (1-based) the parser has reached. */
  get lineNumber(): number {
    return this.line;
  }

  /** Parses `text` (the next chunk) and returns the records completed in it. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === QUOTE) {
            // `""` inside quotes is one quote character
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.inQuotes = false;
          // fall through: c follows a closing quote
        } else {
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            start = i + 1;
            this.quotePending = true;
          } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
            this.line++;
          }
          continue;
        }
      }
      if (c === COMMA) {
        this.fields.push(this.field + text.slice(start, i));
        this.field = '';
        this.fieldStarted = true;
        this.atFieldStart = true;
        start = i + 1;
      } else if (c === CR || c === LF) {
        this.field += text.slice(start, i);
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        if (c === CR) this.pendingCr = true;
        start = i + 1;
      } else if (c === QUOTE && this.atFieldStart) {
        this.inQuotes = true;
        this.fieldStarted = true;
        this.atFieldStart = false;
        start = i + 1;
      } else {
        this.fieldStarted = true;
        this.atFieldStart = false;
      }
    }
    // A quote at the very end of a chunk may close the field or start `""`: the next chunk decides.
    this.field += text.slice(start);
    return out;
  }

  /** Ends the input: returns the last record when it had no line break after it. */
  finish(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.inQuotes && !this.quotePending) {
      this.unterminatedQuoteLine = this.recordLine;
      return out;
    }
    this.inQuotes = false;
    this.quotePending = false;
    this.endRecord(out);
    return out;
  }

  private endRecord(out: CsvRecord[]): void {
    const blank = this.fields.length === 0 && this.field === '' && !this.fieldStarted;
    if (!blank) out.push({ fields: [...this.fields, this.field], line: this.recordLine });
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
    this.atFieldStart = true;
  }
}

/** Parses a whole CSV text at once (tests, small files). */
export function parseCsvText(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | undefined } {
  const parser = new CsvRecordParser();
  const records = [...parser.push(text), ...parser.finish()];
  return { records, unterminatedQuoteLine: parser.unterminatedQuoteLine };
}
