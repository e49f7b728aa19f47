import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KizukiError } from '../errors/kizuki-error.js';
import { eraEnd, eraOf, eras } from './eras.js';
import { fromDayNumber, toDayNumber } from './iso-date.js';
import { parseDateInput } from './parse-date-input.js';
import { formatWareki, toWareki } from './wareki.js';

const dayInRange = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);

/** Independent oracle: ICU's Japanese calendar, read in UTC so the process TZ cannot matter. */
function icuWareki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
    .formatToParts(Date.UTC(y, m - 1, d));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = get('year') === '1' ? '元' : get('year');
  return `${get('era')}${year}年${get('month')}月${get('day')}日`;
}

describe('formatWareki', () => {
  it('formats long and short styles', () => {
    expect(formatWareki('2025-04-01')).toBe('令和7年4月1日');
    expect(formatWareki('2025-04-01', { style: 'short' })).toBe('R7.4.1');
    expect(formatWareki('2025-04-01', { style: 'short', pad: true })).toBe('R07.04.01');
    expect(formatWareki('2019-05-01', { gannen: false })).toBe('令和1年5月1日');
  });

  it('is correct at era boundaries', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('1926-12-24')).toBe('大正15年12月24日');
    expect(formatWareki('1926-12-25')).toBe('昭和元年12月25日');
    expect(formatWareki('1912-07-29')).toBe('明治45年7月29日');
    expect(formatWareki('1912-07-30')).toBe('大正元年7月30日');
  });

  it('rejects invalid and pre-1873 dates with validation_failed', () => {
    expect(() => formatWareki('2025-02-30')).toThrow(KizukiError);
    expect(() => formatWareki('1872-12-31')).toThrow(/明治6年/u);
    expect(() => toWareki('2025/04/01')).toThrow(/日付の形式/u);
  });

  it('agrees with ICU for every day 1900–2100', () => {
    fc.assert(
      fc.property(dayInRange, (iso) => {
        expect(formatWareki(iso)).toBe(icuWareki(iso));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through parseDateInput in long and short styles', () => {
    fc.assert(
      fc.property(dayInRange, (iso) => {
        expect(parseDateInput(formatWareki(iso))).toBe(iso);
        expect(parseDateInput(formatWareki(iso, { style: 'short' }))).toBe(iso);
        expect(parseDateInput(formatWareki(iso, { style: 'short', pad: true }))).toBe(iso);
        expect(parseDateInput(formatWareki(iso, { gannen: false }))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips from 和暦 parts to ISO and back', () => {
    const eraYear = fc.record({ eraIndex: fc.integer({ min: 0, max: eras.length - 1 }), year: fc.integer({ min: 1, max: 64 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(eraYear, ({ eraIndex, year, month, day }) => {
        const era = eras[eraIndex]!;
        const text = `${era.name}${year}年${month}月${day}日`;
        let iso: string;
        try {
          iso = parseDateInput(text);
        } catch (error) {
          // Only dates that do not exist or lie outside the era may be rejected.
          expect(error).toBeInstanceOf(KizukiError);
          return;
        }
        const back = toWareki(iso);
        expect([back.era.key, back.year, back.month, back.day]).toEqual([era.key, year, month, day]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('eras', () => {
  it('know their ranges', () => {
    expect(eraOf('2019-05-01')?.key).toBe('reiwa');
    expect(eraOf('2019-04-30')?.key).toBe('heisei');
    expect(eraOf('1872-12-31')).toBeUndefined();
    expect(eraEnd(eras[1]!)).toBe('2019-04-30');
    expect(eraEnd(eras[0]!)).toBeUndefined();
  });
});
