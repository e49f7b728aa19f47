/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Everything is integer arithmetic on the
 * proleptic Gregorian calendar, so results never depend on the process time zone
 * (a `new Date('2025-04-01')` is UTC midnight and shows as 3/31 in negative offsets).
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** A date split into numbers; months and days are 1-based. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** A period of dates, both ends inclusive; a missing end is open. */
export interface DatePeriod {
  start?: IsoDate | undefined;
  end?: IsoDate | undefined;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a day that exists (years 1–9999). */
export function isValidDateParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const parts = splitIso(value);
  return parts !== undefined && isValidDateParts(parts);
}

function splitIso(value: string): DateParts | undefined {
  const m = isoPattern.exec(value);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Splits a valid `YYYY-MM-DD` into numbers; throws a RangeError for anything else. */
export function toDateParts(date: IsoDate): DateParts {
  const parts = splitIso(date);
  if (!parts || !isValidDateParts(parts)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${date}`);
  return parts;
}

/** Formats numbers as `YYYY-MM-DD` (zero-padded). */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `dayNumber` days after 1970-01-01 (inverse of {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
/** Dates already validated by compareDates (bounded: cleared when it grows large). */
const validated = new Set<string>();

function validate(date: IsoDate): void {
  if (validated.has(date)) return;
  toDateParts(date);
  if (validated.size >= 50_000) validated.clear();
  validated.add(date);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  // Zero-padded ISO dates sort lexically; validate so a typo does not compare silently.
  validate(a);
  validate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` plus `months` calendar months; the day is clamped to the end of the target month
 * (2025-01-31 + 1 month = 2025-02-28), as 認定有効期間 and monitoring months are counted.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Age in completed years on `date`, counted by birthdays (a person born on 2/29 is a year
 * older from 3/1 in common years).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const b = toDateParts(birthDate);
  const d = toDateParts(date);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * The day a person legally reaches `age` (年齢到達日): the day before the birthday, per
 * 年齢計算ニ関スル法律 (someone born 1960-04-01 reaches 65 on 2025-03-31). Used for the
 * 第1号被保険者 (65歳) boundary.
 */
export function dateOfReachingAge(birthDate: IsoDate, age: number): IsoDate {
  const { year, month, day } = toDateParts(birthDate);
  // The day before 2/29 is 2/28 in every year, leap or not.
  if (month === 2 && day === 29) return formatIsoDate({ year: year + age, month: 2, day: 28 });
  return addDays(formatIsoDate({ year: year + age, month, day }), -1);
}

/** True when `date` lies in `period` (inclusive; missing ends are open). */
export function periodContains(period: DatePeriod, date: IsoDate): boolean {
  if (period.start !== undefined && compareDates(date, period.start) < 0) return false;
  if (period.end !== undefined && compareDates(date, period.end) > 0) return false;
  return true;
}

/**
 * True when `inner` lies completely inside `outer` (for example a short-term goal inside
 * its long-term goal, or a goal inside the 認定有効期間). An open end of `inner` is only
 * inside an open end of `outer`.
 */
export function periodWithin(inner: DatePeriod, outer: DatePeriod): boolean {
  if (outer.start !== undefined && (inner.start === undefined || compareDates(inner.start, outer.start) < 0)) return false;
  if (outer.end !== undefined && (inner.end === undefined || compareDates(inner.end, outer.end) > 0)) return false;
  return true;
}

/** True when the two periods share at least one day. */
export function periodsOverlap(a: DatePeriod, b: DatePeriod): boolean {
  const startsBeforeBEnds = a.start === undefined || b.end === undefined || compareDates(a.start, b.end) <= 0;
  const startsBeforeAEnds = b.start === undefined || a.end === undefined || compareDates(b.start, a.end) <= 0;
  return startsBeforeBEnds && startsBeforeAEnds;
}

/** The first day of the month of `date` (`2025-04-17` → `2025-04-01`). */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = toDateParts(date);
  return formatIsoDate({ year, month, day: 1 });
}

/** The last day of the month of `date` (`2025-02-10` → `2025-02-28`). */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = toDateParts(date);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}
