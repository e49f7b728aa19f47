import { KizukiError } from '../errors/kizuki-error.js';
import { toHalfWidth } from '../text/normalize-text.js';
import { earliestWarekiDate, eraEnd, findEra, type Era } from './eras.js';
import { formatIsoDate, isValidDateParts, toDateParts, type IsoDate } from './iso-date.js';

const westernPattern = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/u;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/u;
const warekiPattern = /^(明治|大正|昭和|平成|令和|[MTSHR])\.?(元|\d{1,2})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/iu;

const formatHint = '例: 令和7年4月1日、R7.4.1、2025-04-01';

function fail(message: string): never {
  throw new KizukiError('validation_failed', message);
}

/**
 * Reads a date as care managers type it and returns `YYYY-MM-DD`. Accepts 令和7年4月1日,
 * 令和元年5月1日, R7.4.1, R07/04/01, H31.4.30, 平成31年4月30日 (and 明治/大正/昭和 or M/T/S),
 * 2025-04-01, 2025/4/1, 2025年4月1日, 20250401, full-width digits and spaces. Throws
 * KizukiError('validation_failed') with a Japanese message for unreadable input, days that
 * do not exist (2025-02-30) and 和暦 dates outside their era (平成31年5月1日, 令和1年4月30日).
 */
export function parseDateInput(text: string): IsoDate {
  const input = toHalfWidth(text).replace(/\s+/gu, '');
  if (input === '') fail('日付を入力してください');

  const western = westernPattern.exec(input) ?? compactPattern.exec(input);
  if (western) {
    const year = Number(western[1]);
    const month = Number(western[2] ?? western[4]);
    const day = Number(western[3] ?? western[5]);
    if (!isValidDateParts({ year, month, day })) fail(`存在しない日付です: ${year}年${month}月${day}日`);
    return formatIsoDate({ year, month, day });
  }

  const wareki = warekiPattern.exec(input);
  if (!wareki) fail(`日付の形式が正しくありません（${formatHint}）`);
  const era = findEra(wareki[1] ?? '');
  if (!era) fail(`日付の形式が正しくありません（${formatHint}）`);
  const eraYear = wareki[2] === '元' ? 1 : Number(wareki[2]);
  const month = Number(wareki[3]);
  const day = Number(wareki[4]);
  return warekiToIso(era, eraYear, month, day);
}

function warekiToIso(era: Era, eraYear: number, month: number, day: number): IsoDate {
  const written = `${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`;
  if (eraYear < 1) fail(`存在しない年です: ${era.name}${eraYear}年`);
  const year = era.firstYear + eraYear - 1;
  if (!isValidDateParts({ year, month, day })) fail(`存在しない日付です: ${written}`);
  const iso = formatIsoDate({ year, month, day });
  const start = era.key === 'meiji' ? earliestWarekiDate : era.start;
  if (iso < start) {
    const reason = era.key === 'meiji' ? '明治6年1月1日より前の日付には対応していません' : `${era.name}は${seireki(era.start)}からです`;
    fail(`${written}は${era.name}の期間外です（${reason}）`);
  }
  const end = eraEnd(era);
  if (end !== undefined && iso > end) {
    fail(`${written}は${era.name}の期間外です（${era.name}は${seireki(end)}までです）`);
  }
  return iso;
}

/** Like {@link parseDateInput} but returns undefined instead of throwing. */
export function tryParseDateInput(text: string): IsoDate | undefined {
  try {
    return parseDateInput(text);
  } catch {
    return undefined;
  }
}

function seireki(date: IsoDate): string {
  const { year, month, day } = toDateParts(date);
  return `${year}年${month}月${day}日`;
}
