/**
 * The 和暦 parser (parseDateInput) on what people type: any text answers a real YYYY-MM-DD date
 * that reads back the same, or a validation_failed refusal in Japanese; every date from 明治6年
 * written in 和暦 (long, short, padded) reads back to itself.
 */
import { addDays, formatWareki, isValidIsoDate, parseDateInput, type IsoDate } from '@kizuki/core';
import fc from 'fast-check';
import { refusalProblem, runProperty, type FuzzOptions, type FuzzOutcome } from './fuzz-support.js';

const eraWords = ['明治', '大正', '昭和', '平成', '令和', 'M', 'T', 'S', 'H', 'R', 'r', 'ｒ', 'Ｒ', '令', '和', 'X'];
const separators = ['年', '月', '日', '.', '/', '-', '．', '／', '－', ' ', '　', '', '元'];
const digits = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.integer({ min: 0, max: 9999 }).map(String), fc.constantFrom('０', '１２', '３１', '00', '001', '元'));

/** Text shaped like a date: era or year, numbers, separators, in any order and width. */
const dateLike = fc
  .array(fc.oneof(fc.constantFrom(...eraWords), fc.constantFrom(...separators), digits), { minLength: 1, maxLength: 9 })
  .map((parts) => parts.join(''));

const anyDate = fc.integer({ min: 0, max: 82_000 }).map((n) => addDays('1873-01-01', n));

function answerProblem(text: string): string | undefined {
  let date: IsoDate;
  try {
    date = parseDateInput(text);
  } catch (error) {
    const problem = refusalProblem(error);
    if (problem) return problem;
    return (error as { code: string }).code === 'validation_failed' ? undefined : `refused with ${(error as { code: string }).code}`;
  }
  if (!isValidIsoDate(date)) return `answered ${String(date)}, not a date`;
  if (parseDateInput(date) !== date) return `answered ${date}, which does not read back to itself`;
  return undefined;
}

export async function fuzzWareki(options: FuzzOptions): Promise<FuzzOutcome[]> {
  return [
    await runProperty('和暦: arbitrary text', fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => answerProblem(text) === undefined), options),
    await runProperty('和暦: date-shaped text', fc.property(dateLike, (text) => answerProblem(text) === undefined), options),
    await runProperty(
      '和暦: every date reads back from its 和暦',
      fc.property(anyDate, fc.constantFrom({}, { style: 'short' as const }, { style: 'short' as const, pad: true }, { gannen: false }), (date, style) => parseDateInput(formatWareki(date, style)) === date),
      options,
    ),
  ];
}
