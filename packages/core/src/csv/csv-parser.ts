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
  /** a CR ended the last chunk inside quotes: a line break unless the next chunk starts with LF */
  private quotedCrAtEnd = false;
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
    // The state lives in locals while the chunk is scanned (property loads on every character
    // were most of the time); quoted text is skipped to its next quote with indexOf.
    const out: CsvRecord[] = [];
    const n = text.length;
    let fields = this.fields;
    let field = this.field;
    let inQuotes = this.inQuotes;
    let quotePending = this.quotePending;
    let fieldStarted = this.fieldStarted;
    let atFieldStart = this.atFieldStart;
    let line = this.line;
    let recordLine = this.recordLine;
    let start = 0;
    let i = 0;
    // The next LF and CR at or after the scan, found with indexOf and moved only forward.
    let nextLf = -1;
    let nextCr = -1;
    const lineBreaks = (from: number, to: number): number => {
      let count = 0;
      if (nextLf < from) nextLf = indexOrEnd(text, '\n', from);
      while (nextLf < to) {
        count++;
        nextLf = indexOrEnd(text, '\n', nextLf + 1);
      }
      if (nextCr < from) nextCr = indexOrEnd(text, '\r', from);
      while (nextCr < to) {
        if (text.charCodeAt(nextCr + 1) !== LF) count++;
        nextCr = indexOrEnd(text, '\r', nextCr + 1);
      }
      return count;
    };
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) start = i = 1;
    }
    if (this.quotedCrAtEnd && n > 0) {
      this.quotedCrAtEnd = false;
      if (text.charCodeAt(0) !== LF) line++;
    }
    while (i < n) {
      if (inQuotes) {
        if (!quotePending) {
          const quote = text.indexOf('"', i);
          const end = quote < 0 ? n : quote;
          line += lineBreaks(i, end);
          // A CR that ends the chunk is counted once the next chunk shows whether LF follows it.
          if (end === n && n > i && text.charCodeAt(n - 1) === CR) {
            line--;
            this.quotedCrAtEnd = true;
          }
          if (quote < 0) {
            i = n;
            break;
          }
          field += text.slice(start, quote);
          start = i = quote + 1;
          quotePending = true;
          continue;
        }
        quotePending = false;
        if (text.charCodeAt(i) === QUOTE) {
          // `""` inside quotes is one quote character
          field += '"';
          start = ++i;
          continue;
        }
        inQuotes = false;
        // fall through: the character follows a closing quote
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        fields.push(field + text.slice(start, i));
        field = '';
        fieldStarted = true;
        atFieldStart = true;
        start = ++i;
      } else if (c === CR || c === LF) {
        field += text.slice(start, i);
        if (fields.length > 0 || field !== '' || fieldStarted) {
          fields.push(field);
          out.push({ fields, line: recordLine });
          fields = [];
        }
        field = '';
        fieldStarted = false;
        atFieldStart = true;
        line++;
        recordLine = line;
        if (c === CR) {
          if (i + 1 >= n) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        start = ++i;
      } else if (c === QUOTE && atFieldStart) {
        inQuotes = true;
        fieldStarted = true;
        atFieldStart = false;
        start = ++i;
      } else {
        fieldStarted = true;
        atFieldStart = false;
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === COMMA || d === CR || d === LF) break;
          i++;
        }
      }
    }
    // A quote at the very end of a chunk may close the field or start `""`: the next chunk decides.
    field += text.slice(start);
    this.fields = fields;
    this.field = field;
    this.inQuotes = inQuotes;
    this.quotePending = quotePending;
    this.fieldStarted = fieldStarted;
    this.atFieldStart = atFieldStart;
    this.line = line;
    this.recordLine = recordLine;
    return out;
  }

  /** Ends the input: returns the last record when it had no line break after it. */
  finish(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quotedCrAtEnd) {
      this.quotedCrAtEnd = false;
      this.line++;
    }
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
    if (!blank) {
      this.fields.push(this.field);
      out.push({ fields: this.fields, line: this.recordLine });
    }
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
    this.atFieldStart = true;
  }
}

/** The index of `char` in `text` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** Parses a whole CSV text at once (tests, small files). */
export function parseCsvText(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | undefined } {
  const parser = new CsvRecordParser();
  const records = [...parser.push(text), ...parser.finish()];
  return { records, unterminatedQuoteLine: parser.unterminatedQuoteLine };
}
