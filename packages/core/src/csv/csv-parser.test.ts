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
});
