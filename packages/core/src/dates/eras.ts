import { addDays, type IsoDate } from './iso-date.js';

/** One Japanese era (元号). */
export interface Era {
  key: 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';
  /** 元号 as written: 令和 */
  name: string;
  /** Letter used in short forms: R7.4.1 */
  letter: 'M' | 'T' | 'S' | 'H' | 'R';
  /** First day of the era (Gregorian). */
  start: IsoDate;
  /** Gregorian year of 元年 */
  firstYear: number;
}

/**
 * Eras newest first. 明治 is supported from 1873-01-01, the day Japan adopted the
 * Gregorian calendar (明治6年); earlier 明治 dates were lunisolar and are rejected.
 */
export const eras: readonly Era[] = [
  { key: 'reiwa', name: '令和', letter: 'R', start: '2019-05-01', firstYear: 2019 },
  { key: 'heisei', name: '平成', letter: 'H', start: '1989-01-08', firstYear: 1989 },
  { key: 'showa', name: '昭和', letter: 'S', start: '1926-12-25', firstYear: 1926 },
  { key: 'taisho', name: '大正', letter: 'T', start: '1912-07-30', firstYear: 1912 },
  { key: 'meiji', name: '明治', letter: 'M', start: '1873-01-01', firstYear: 1868 },
];

/** The earliest date the 和暦 helpers accept. */
export const earliestWarekiDate: IsoDate = '1873-01-01';

/** The era whose name (令和) or letter (R, r) is `token`, if any. */
export function findEra(token: string): Era | undefined {
  const upper = token.toUpperCase();
  return eras.find((era) => era.name === token || era.letter === upper);
}

/** The era in force on `date` (a valid ISO date), or undefined before 1873. */
export function eraOf(date: IsoDate): Era | undefined {
  return eras.find((era) => date >= era.start);
}

/** The day before the next era starts, or undefined for the current era. */
export function eraEnd(era: Era): IsoDate | undefined {
  const index = eras.indexOf(era);
  const next = index > 0 ? eras[index - 1] : undefined;
  if (!next) return undefined;
  return addDays(next.start, -1);
}
