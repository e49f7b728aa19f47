import { normalizeForParsing } from './match-text.js';

const kanjiDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十五 → 15, 二十 → 20, 三 → 3 (1–99); undefined for anything else. */
function kanjiNumber(run: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(run);
  if (!match || run === '') return undefined;
  const [, tens, ten, ones] = match;
  if (ten === undefined) return tens !== undefined && ones === undefined ? kanjiDigits[tens] : undefined;
  return (tens !== undefined ? kanjiDigits[tens]! : 1) * 10 + (ones !== undefined ? kanjiDigits[ones]! : 0);
}

/** Replaces simple kanji numerals (二泊三日, 月十日) by digits; other kanji are left alone. */
export function kanjiNumeralsToDigits(text: string): string {
  return text.replace(/[一二三四五六七八九十]+/gu, (run) => {
    const value = kanjiNumber(run);
    return value === undefined ? run : String(value);
  });
}

/** Days of the unit, for spreading a rate over a period (a month is 365.25 / 12 days). */
export const unitDays = { day: 1, week: 7, month: 365.25 / 12 } as const;

/** How many days of short stay (短期入所) a frequency text means per unit of time. */
export interface StayFrequency {
  daysPerUnit: number;
  unit: keyof typeof unitDays;
  /** How the text was read, in Japanese (「2泊3日×月2回＝月6日」). */
  reading: string;
}

const monthPrefix = '(?<!\\d)(?:毎月|月に?|ひと月に?)';
const weekPrefix = '(?<!\\d)(?:毎週|週に?)';

function num(value: string | undefined): number {
  return Number(value);
}

/** Length of one stay in days: 2泊3日 → 3, 3泊 → 4, 5日間 → 5, 1週間 → 7. */
function stayLength(s: string): { days: number; text: string } | undefined {
  const nightsDays = /(\d+)泊(\d+)日/u.exec(s);
  if (nightsDays) return { days: num(nightsDays[2]), text: nightsDays[0] };
  const nights = /(\d+)泊/u.exec(s);
  if (nights) return { days: num(nights[1]) + 1, text: `${nights[1]}泊（${num(nights[1]) + 1}日）` };
  const days = /(\d+)日間/u.exec(s);
  if (days) return { days: num(days[1]), text: days[0] };
  const weeks = /(\d+)週間/u.exec(s);
  if (weeks) return { days: num(weeks[1]) * 7, text: weeks[0] };
  return undefined;
}

type Rate = { count: number; unit: 'week' | 'month'; text: string };

/** Days of use per week or month written directly (月10日, 週2日, 毎月1日〜10日, 3か月に15日). */
function dayRate(s: string): Rate | undefined {
  const range = /(?:^|毎月)(\d{1,2})日?(?:~|〜|-|から)(\d{1,2})日(?!間)/u.exec(s);
  if (range && num(range[1]) >= 1 && num(range[1]) <= num(range[2])) return { count: num(range[2]) - num(range[1]) + 1, unit: 'month', text: range[0] };
  const perMonths = /(\d+)[かヶケカ箇]月(?:に|で)?(\d+)日(?!間)/u.exec(s);
  if (perMonths && num(perMonths[1]) > 0) return { count: num(perMonths[2]) / num(perMonths[1]), unit: 'month', text: perMonths[0] };
  // 2日/月, but not the 2日 of 1泊2日/月2回 (a stay's length, counted by stayRate).
  const month = new RegExp(`${monthPrefix}(\\d+)日(?!間)`, 'u').exec(s) ?? /(?<![泊\d])(\d+)日\/月/u.exec(s);
  if (month) return { count: num(month[1]), unit: 'month', text: month[0] };
  const monthWeeks = new RegExp(`${monthPrefix}(\\d+)週間`, 'u').exec(s);
  if (monthWeeks) return { count: num(monthWeeks[1]) * 7, unit: 'month', text: monthWeeks[0] };
  const week = new RegExp(`${weekPrefix}(\\d+)日(?!間)`, 'u').exec(s) ?? /(\d+)日\/週/u.exec(s);
  if (week) return { count: num(week[1]), unit: 'week', text: week[0] };
  return undefined;
}

/** Stays per week or month (月2回, 週1回, 隔週, 3か月に1回, 年4回); each stay's length is separate. */
function stayRate(s: string): Rate | undefined {
  const perMonths = /(\d+)[かヶケカ箇]月(?:に|で)?(\d+)回/u.exec(s);
  if (perMonths && num(perMonths[1]) > 0) return { count: num(perMonths[2]) / num(perMonths[1]), unit: 'month', text: perMonths[0] };
  const month = new RegExp(`${monthPrefix}(\\d+)回`, 'u').exec(s) ?? /(\d+)回\/月/u.exec(s);
  if (month) return { count: num(month[1]), unit: 'month', text: month[0] };
  // 毎月2泊3日を2回: the stay's length stands between 月 and the count.
  const monthAround = /(?<!\d)(?:毎月|月に?)\d+泊\d+日を?(\d+)回/u.exec(s);
  if (monthAround) return { count: num(monthAround[1]), unit: 'month', text: `月${monthAround[1]}回` };
  const year = /(?<!\d)(?:毎年|年に?)(\d+)回/u.exec(s);
  if (year) return { count: num(year[1]) / 12, unit: 'month', text: year[0] };
  const week = new RegExp(`${weekPrefix}(\\d+)回`, 'u').exec(s) ?? /(\d+)回\/週/u.exec(s);
  if (week) return { count: num(week[1]), unit: 'week', text: week[0] };
  if (/隔週/u.test(s)) return { count: 0.5, unit: 'week', text: '隔週' };
  return undefined;
}

function plausible(daysPerUnit: number, unit: keyof typeof unitDays): boolean {
  return Number.isFinite(daysPerUnit) && daysPerUnit > 0 && daysPerUnit <= Math.ceil(unitDays[unit]);
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Reads a 第2表 frequency of 短期入所 as days of use per week or month: 月10日, 毎月20日,
 * 週2日, 毎日, 2泊3日を月2回, 月1回（5日間）, 毎月1日〜10日, 3か月に1回2泊3日. A count of
 * stays without their length (月2回) is not read: how many days that means is unknown, and
 * guessing would turn a plan into a false finding. Returns undefined for anything unread.
 * 「毎月20日」 is read as 20 days a month, as 第2表 frequencies are written.
 */
export function parseStayFrequency(text: string): StayFrequency | undefined {
  const s = kanjiNumeralsToDigits(normalizeForParsing(text));
  if (s === '') return undefined;
  const days = dayRate(s);
  if (days) {
    const unitLabel = days.unit === 'week' ? '週' : '月';
    return plausible(days.count, days.unit) ? { daysPerUnit: days.count, unit: days.unit, reading: days.text === `${unitLabel}${days.count}日` ? days.text : `${days.text}＝${unitLabel}${round(days.count)}日` } : undefined;
  }
  const stays = stayRate(s);
  const length = stayLength(s);
  if (stays && length) {
    const perUnit = stays.count * length.days;
    const unitLabel = stays.unit === 'week' ? '週' : '月';
    return plausible(perUnit, stays.unit) ? { daysPerUnit: perUnit, unit: stays.unit, reading: `${length.text}×${stays.text}＝${unitLabel}${round(perUnit)}日` } : undefined;
  }
  if (/毎日|連日|常時|全日/u.test(s)) return { daysPerUnit: 1, unit: 'day', reading: '毎日' };
  return undefined;
}

/**
 * Days of use over a period of `periodDays` days at `frequency`, rounded, never more than
 * the period itself.
 */
export function estimateStayDays(frequency: StayFrequency, periodDays: number): number {
  if (periodDays <= 0) return 0;
  return Math.min(periodDays, Math.round((periodDays * frequency.daysPerUnit) / unitDays[frequency.unit]));
}
