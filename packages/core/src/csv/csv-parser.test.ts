import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, parseCsvText } from './csv-parser.js';
import { formatCsvRecord } from './csv-record.js';

describe('CSV record writer', () => {
  it('quotes free text, doubles quotes, keeps commas and writes line breaks as CRLF', () => {
    expect(formatCsvRecord(['202407', 'a "b", c\nd', ''], [false, true, true])).toBe('202407,"a ""b"", c\r\nd",""\r\n');
    expect(formatCsvRecord(['1', '', '3'], [false, false, false])).toBe('1,,3\r\n');
  });
});

describe('CSV record parser', () => {
  it('reads quoted fields with "", commas and embedded CRLF, and tells the starting line', () => {
    const { records } = parseCsvText('1,"a ""b"", c\r\nd",x\r\n2,,\r\n\r\n3,"",z');
    expect(records).toEqual([
      { fields: ['1', 'a "b", c\r\nd', 'x'], line: 1 },
      { fields: ['2', '', ''], line: 3 },
      { fields: ['3', '', 'z'], line: 5 },
    ]);
  });

  it('accepts bare LF records from lenient writers', () => {
    expect(parseCsvText('a,b\nc,d\n').records.map((r) => r.fields)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reports a file that ends inside a quoted field', () => {
    const parsed = parseCsvText('1,"ok"\r\n2,"cut here');
    expect(parsed.records).toHaveLength(1);
    expect(parsed.unterminatedQuoteLine).toBe(2);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'あ', '"', ',', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (records, cuts) => {
        const text = records.map((r) => formatCsvRecord(r, r.map(() => true))).join('');
        const parser = new CsvRecordParser();
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const out = [];
        let from = 0;
        for (const p of [...points, text.length]) {
          out.push(...parser.push(text.slice(from, p)));
          from = p;
        }
        out.push(...parser.finish());
        expect(out.map((r) => r.fields)).toEqual(records);
        expect(parser.unterminatedQuoteLine).toBeUndefined();
      }),
    );
  });

  it('counts a CRLF inside quotes once when a chunk ends between CR and LF', () => {
    const parser = new CsvRecordParser();
    const records = [...parser.push('"a\r'), ...parser.push('\nb"\r\nx'), ...parser.finish()];
    expect(records).toEqual([
      { fields: ['a\r\nb'], line: 1 },
      { fields: ['x'], line: 3 },
    ]);
  });

  it('reads any text as the straightforward character-by-character parser does, lines included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'あ', '"', ',', '\r', '\n', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, cuts) => {
        const parser = new CsvRecordParser();
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const out = [];
        let from = 0;
        for (const p of [...points, input.length]) {
          out.push(...parser.push(input.slice(from, p)));
          from = p;
        }
        out.push(...parser.finish());
        const expected = referenceParse(input);
        expect(out).toEqual(expected.records);
        expect(parser.unterminatedQuoteLine).toBe(expected.unterminatedQuoteLine);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The parser as first written, one character at a time over the whole text: the reference for the faster one. */
function referenceParse(text: string): { records: { fields: string[]; line: number }[]; unterminatedQuoteLine: number | undefined } {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotePending = false;
  let fieldStarted = false;
  let atFieldStart = true;
  let pendingCr = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    if (!(fields.length === 0 && field === '' && !fieldStarted)) records.push({ fields: [...fields, field], line: recordLine });
    fields = [];
    field = '';
    fieldStarted = false;
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (pendingCr) {
      pendingCr = false;
      if (ch === '\n') continue;
    }
    if (inQuotes) {
      if (quotePending) {
        quotePending = false;
        if (ch === '"') {
          field += '"';
          continue;
        }
        inQuotes = false;
      } else {
        if (ch === '"') quotePending = true;
        else {
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          field += ch;
        }
        continue;
      }
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
      atFieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
      if (ch === '\r') pendingCr = true;
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      fieldStarted = true;
      atFieldStart = false;
    } else {
      field += ch;
      fieldStarted = true;
      atFieldStart = false;
    }
  }
  if (inQuotes && !quotePending) return { records, unterminatedQuoteLine: recordLine };
  endRecord();
  return { records, unterminatedQuoteLine: undefined };
}
