import { KizukiError } from '../errors/kizuki-error.js';
import { eraOf, type Era } from './eras.js';
import { isValidIsoDate, toDateParts, type IsoDate } from './iso-date.js';

/** A date in 和暦: era plus the year within it (1 = 元年). */
export interface WarekiDate {
  era: Era;
  year: number;
  month: number;
  day: number;
}

export interface FormatWarekiOptions {
  /** `long` = 令和7年4月1日 (default), `short` = R7.4.1 */
  style?: 'long' | 'short';
  /** Write the first year as 元年 (default true; short style always uses 1). */
  gannen?: boolean;
  /** Zero-pad year, month and day in the short style (R07.04.01). */
  pad?: boolean;
}

/** Converts a `YYYY-MM-DD` date to 和暦; throws KizukiError('validation_failed') for invalid or pre-1873 dates. */
export function toWareki(date: IsoDate): WarekiDate {
  const input: string = date; // kept un-narrowed for the message
  if (!isValidIsoDate(date)) {
    throw new KizukiError('validation_failed', `日付の形式が正しくありません: ${input}`);
  }
  const era = eraOf(date);
  if (!era) {
    throw new KizukiError('validation_failed', '明治6年（1873年）より前の日付は和暦に変換できません');
  }
  const { year, month, day } = toDateParts(date);
  return { era, year: year - era.firstYear + 1, month, day };
}

/**
 * Formats a `YYYY-MM-DD` date in 和暦: `formatWareki('2025-04-01')` → `令和7年4月1日`,
 * `formatWareki('2019-05-01')` → `令和元年5月1日`, `{ style: 'short' }` → `R7.4.1`.
 */
export function formatWareki(date: IsoDate, options: FormatWarekiOptions = {}): string {
  const { era, year, month, day } = toWareki(date);
  if (options.style === 'short') {
    const pad = (n: number): string => (options.pad ? String(n).padStart(2, '0') : String(n));
    return `${era.letter}${pad(year)}.${pad(month)}.${pad(day)}`;
  }
  const yearText = year === 1 && options.gannen !== false ? '元' : String(year);
  return `${era.name}${yearText}年${month}月${day}日`;
}
