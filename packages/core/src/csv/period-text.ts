import { findEra } from '../dates/eras.js';
import { daysInMonth, formatIsoDate, isValidDateParts, type IsoDate } from '../dates/iso-date.js';
import { tryParseDateInput } from '../dates/parse-date-input.js';
import { formatWareki } from '../dates/wareki.js';
import type { Period } from '../domain/common.schema.js';
import { toHalfWidth } from '../text/normalize-text.js';

/** A period read from the free text of 第2表 (長期期間・短期期間・実施期間). */
export interface PeriodReading {
  start?: IsoDate;
  end?: IsoDate;
  /** Set when the text could not be read as a period; the text itself is then kept as written. */
  warning?: string;
}

/** The separator written between the two ends: ～ (U+FF5E), which MS932 holds. */
export const periodSeparator = '～';

/**
 * The period as the form prints it: 令和7年4月1日～令和7年9月30日, or one end only
 * (令和7年4月1日～ when the end is not yet known). Undefined when neither end is set.
 */
export function formatPeriodText(period: Pick<Period, 'start' | 'end'>): string | undefined {
  if (!period.start && !period.end) return undefined;
  return `${period.start ? warekiOf(period.start) : ''}${periodSeparator}${period.end ? warekiOf(period.end) : ''}`;
}

/**
 * Plans repeat the same few dates on every row, so readings and 和暦 forms are memoized; the
 * caches are cleared when they grow past `cacheLimit`, which bounds their memory.
 */
const cacheLimit = 4096;
const warekiCache = new Map<string, string>();
const readingCache = new Map<string, { period: Period | undefined; warning?: string }>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
  return value;
}

function warekiOf(date: IsoDate): string {
  return warekiCache.get(date) ?? remember(warekiCache, date, formatWareki(date));
}

type Side = { date: IsoDate; year: number; month: number } | { monthOnly: true; year: number; month: number } | { noYear: true; month: number; day: number };

const monthWareki = /^(明治|大正|昭和|平成|令和|[MTSHR])\.?(元|\d{1,2})(?:年|[-/.])(\d{1,2})月?$/iu;
const monthWestern = /^(\d{4})(?:年|[-/.])(\d{1,2})月?$/u;
const noYear = /^(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/u;

function readSide(raw: string): Side | undefined {
  // 12月末 is the month's last day, as a month alone already reads at the end of a period.
  const text = raw.replace(/\s+/gu, '').replace(/(まで|より|から)$/u, '').replace(/月末日?$/u, '月');
  const date = tryParseDateInput(text);
  if (date) return { date, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  const wareki = monthWareki.exec(text);
  if (wareki) {
    const era = findEra(wareki[1] ?? '');
    const month = Number(wareki[3]);
    if (!era || month < 1 || month > 12) return undefined;
    return { monthOnly: true, year: era.firstYear + (wareki[2] === '元' ? 1 : Number(wareki[2])) - 1, month };
  }
  const western = monthWestern.exec(text);
  if (western) {
    const month = Number(western[2]);
    return month >= 1 && month <= 12 ? { monthOnly: true, year: Number(western[1]), month } : undefined;
  }
  const partial = noYear.exec(text);
  if (partial) return { noYear: true, month: Number(partial[1]), day: Number(partial[2]) };
  return undefined;
}

function resolve(side: Side, edge: 'start' | 'end', other: Side | undefined): IsoDate | undefined {
  if ('date' in side) return side.date;
  if ('monthOnly' in side) return formatIsoDate({ year: side.year, month: side.month, day: edge === 'start' ? 1 : daysInMonth(side.year, side.month) });
  // 令和7年10月1日～3月31日: the year of the other end, the next year when the month wraps.
  if (!other || 'noYear' in other) return undefined;
  let year = other.year;
  if (edge === 'end' && side.month < other.month) year += 1;
  if (edge === 'start' && side.month > other.month) year -= 1;
  const parts = { year, month: side.month, day: side.day };
  return isValidDateParts(parts) ? formatIsoDate(parts) : undefined;
}

function splitEnds(text: string): [string, string] | undefined {
  const tilde = text.split(/[~〜～]|から/u);
  if (tilde.length === 2) return [tilde[0] ?? '', tilde[1] ?? ''];
  if (tilde.length > 2) return undefined;
  // A hyphen-like separator: the one whose both sides read as dates (2025-04-01-2025-09-30).
  for (let i = 0; i < text.length; i++) {
    if (!/[-ー−‐]/u.test(text[i] ?? '')) continue;
    const left = text.slice(0, i);
    const right = text.slice(i + 1);
    if (readSide(left) && readSide(right)) return [left, right];
  }
  return undefined;
}

/**
 * Reads a free-text period as vendors write it: 令和7年4月1日～令和7年9月30日, R7.4.1～R7.9.30,
 * 2025/04/01～2025/09/30, 2025年4月1日〜2025年9月30日, R7.4～R7.9 (whole months), 令和7年10月1日～3月31日,
 * one end only (令和7年4月1日～), with ~ 〜 ～ - or から between. Returns a warning instead of dates
 * when the text is not such a period (認定期間中, 6か月) or its end comes before its start.
 */
export function parsePeriodText(text: string): PeriodReading {
  const flat = toHalfWidth(text).replace(/\s+/gu, '');
  const unreadable = { warning: `期間「${text}」を日付として読み取れません。記載どおりの文字として取り込みます。` };
  if (flat === '') return {};
  const ends = splitEnds(flat);
  if (!ends) {
    const single = readSide(flat);
    // A single date is the deadline (達成期限) the form asks for when the start is not written.
    return single && 'date' in single ? { end: single.date } : unreadable;
  }
  const [leftText, rightText] = ends;
  const left = leftText === '' ? undefined : readSide(leftText);
  const right = rightText === '' ? undefined : readSide(rightText);
  if ((leftText !== '' && !left) || (rightText !== '' && !right) || (!left && !right)) return unreadable;
  const start = left ? resolve(left, 'start', right) : undefined;
  const end = right ? resolve(right, 'end', left) : undefined;
  if ((left && !start) || (right && !end)) return unreadable;
  if (start && end && end < start) return { warning: `期間「${text}」は終了日が開始日より前です。記載どおりの文字として取り込みます。` };
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * The domain period for a CSV period text: dates when readable, and the text as written unless
 * it is exactly what {@link formatPeriodText} prints for those dates (so an export read back is
 * unchanged). Undefined for blank text.
 */
export function periodFromCsvText(text: string): { period: Period | undefined; warning?: string } {
  const known = readingCache.get(text) ?? remember(readingCache, text, readPeriod(text));
  // A copy, so no two rows of a plan share one period object.
  return { ...known, period: known.period && { ...known.period } };
}

function readPeriod(text: string): { period: Period | undefined; warning?: string } {
  if (text.trim() === '') return { period: undefined };
  const reading = parsePeriodText(text);
  const dates = { ...(reading.start ? { start: reading.start } : {}), ...(reading.end ? { end: reading.end } : {}) };
  if (reading.warning) return { period: { text }, warning: reading.warning };
  return { period: formatPeriodText(dates) === text ? dates : { ...dates, text } };
}

/** The CSV text of a domain period: the text as written when there is one, else the formatted dates. */
export function periodToCsvText(period: Period | undefined): string {
  if (!period) return '';
  return period.text ?? formatPeriodText(period) ?? '';
}
