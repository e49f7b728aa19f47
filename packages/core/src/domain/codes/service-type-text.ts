import { findServiceType, serviceTypes, type ServiceTypeEntry } from './service-types.js';

/**
 * Everyday names of サービス種類 that care managers and their software write in 第2表's サービス種別
 * (the column is free text in the ケアプランデータ連携 standard). Each maps to exactly one code; a
 * name that could mean several (ショートステイ for 21 or 22, 通所型サービス for A5〜A8) is left out,
 * so the reader never picks a type the text does not say. Source: the names used in 介護サービス情報公表
 * システム and in 老企第29号's examples; correct or extend here.
 */
const everydayNames: readonly [name: string, code: string][] = [
  ['ホームヘルプ', '11'],
  ['ホームヘルプサービス', '11'],
  ['ホームヘルパー', '11'],
  ['訪問介護（ホームヘルプ）', '11'],
  ['訪問入浴', '12'],
  ['訪問リハ', '14'],
  ['訪問リハビリ', '14'],
  ['デイサービス', '15'],
  ['通所介護（デイサービス）', '15'],
  ['デイケア', '16'],
  ['通所リハ', '16'],
  ['通所リハビリ', '16'],
  ['通所リハビリテーション（デイケア）', '16'],
  ['福祉用具レンタル', '17'],
  ['福祉用具貸与（レンタル）', '17'],
  ['短期入所', '21'],
  ['ショートステイ（短期入所生活介護）', '21'],
  ['短期入所生活介護（ショートステイ）', '21'],
  ['居宅療養管理', '31'],
  ['特定福祉用具購入', '41'],
  ['福祉用具購入', '41'],
  ['認知症デイ', '72'],
  ['認知症対応型デイサービス', '72'],
  ['小規模多機能', '73'],
  ['定期巡回', '76'],
  ['定期巡回・随時対応サービス', '76'],
  ['看護小規模多機能', '77'],
  ['看多機', '77'],
  ['地域密着型デイサービス', '78'],
  ['介護予防訪問看護', '63'],
  ['介護予防福祉用具貸与', '67'],
  ['介護予防通所リハ', '66'],
];

/** Comparable form of a name: NFKC (ﾃﾞｲｻｰﾋﾞｽ → デイサービス, １１ → 11), no spaces, 「()」 unified. */
function key(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/gu, '').replace(/[（]/gu, '(').replace(/[）]/gu, ')').toUpperCase();
}

const byName = new Map<string, ServiceTypeEntry>();
for (const entry of serviceTypes) byName.set(key(entry.name), entry);
for (const [name, code] of everydayNames) {
  const entry = findServiceType(code);
  if (entry && !byName.has(key(name))) byName.set(key(name), entry);
}

const codeOnly = /^([0-9A-Z]{2})$/u;
/** 「11 訪問介護」「11:訪問介護」「訪問介護(11)」「[11]訪問介護」: a code written with its name. */
const codeWithName = /^[[(]?([0-9A-Z]{2})[\])]?[:.\-_/]?(.+)$|^(.+?)\(([0-9A-Z]{2})\)$/u;

/**
 * The サービス種類 a サービス種別 text names, as vendors write it: the name (訪問介護), an everyday
 * name (デイサービス), the code (11, full-width １１), code and name together (11 訪問介護), in
 * half-width katakana or with spaces. Undefined when the text names no type or could name several.
 */
export function serviceTypeFromText(text: string | undefined): ServiceTypeEntry | undefined {
  if (text === undefined) return undefined;
  const k = key(text);
  if (k === '') return undefined;
  const named = byName.get(k);
  if (named) return named;
  const code = codeOnly.exec(k)?.[1];
  if (code !== undefined) return findServiceType(code);
  const both = codeWithName.exec(k);
  if (both) {
    const entry = findServiceType(both[1] ?? both[4] ?? '');
    const name = both[2] ?? both[3] ?? '';
    // The code decides only when the name beside it does not contradict it.
    if (entry && (byName.get(name) === undefined || byName.get(name) === entry)) return entry;
  }
  return undefined;
}
