import type { CodeEntry } from '../common.schema.js';

/**
 * 要介護状態区分 (and 事業対象者 / 非該当). Keys are English; `code` is the CSV code of the
 * ケアプランデータ連携標準仕様 (01 非該当 appears only in 介護予防 利用者基本情報).
 */
export const careLevels = [
  'not_applicable',
  'business_target',
  'support_1',
  'support_2',
  'care_1',
  'care_2',
  'care_3',
  'care_4',
  'care_5',
] as const;
export type CareLevel = (typeof careLevels)[number];

export interface CareLevelEntry extends CodeEntry {
  /** 区分支給限度基準額 (単位/月), R1.10〜 (unchanged in R6); undefined when no benefit. */
  limitUnits: number | undefined;
}

/** 要介護状態区分 code table with 区分支給限度基準額. */
export const careLevelTable: Record<CareLevel, CareLevelEntry> = {
  /** 非該当 */
  not_applicable: { code: '01', label: '非該当', limitUnits: undefined },
  /** 事業対象者: the municipality may set its own limit; 要支援1 is the usual default. */
  business_target: { code: '06', label: '事業対象者', limitUnits: 5032 },
  support_1: { code: '12', label: '要支援1', limitUnits: 5032 },
  support_2: { code: '13', label: '要支援2', limitUnits: 10531 },
  care_1: { code: '21', label: '要介護1', limitUnits: 16765 },
  care_2: { code: '22', label: '要介護2', limitUnits: 19705 },
  care_3: { code: '23', label: '要介護3', limitUnits: 27048 },
  care_4: { code: '24', label: '要介護4', limitUnits: 30938 },
  care_5: { code: '25', label: '要介護5', limitUnits: 36217 },
};

/** The default 区分支給限度基準額 (単位/月) of a level, or undefined for 非該当. */
export function defaultBenefitLimitUnits(level: CareLevel): number | undefined {
  return careLevelTable[level].limitUnits;
}

/** The level with CSV code `code` (`'21'` → `'care_1'`), or undefined. */
export function careLevelFromCode(code: string): CareLevel | undefined {
  return careLevels.find((level) => careLevelTable[level].code === code);
}

/** True for 要介護1–5 (居宅介護支援); false for 要支援・事業対象者 (介護予防支援・ケアマネジメント). */
export function isCareLevel(level: CareLevel): boolean {
  return level.startsWith('care_');
}

/** True for 要支援1・2 and 事業対象者, whose plans are 介護予防サービス・支援計画書. */
export function isPreventionLevel(level: CareLevel): boolean {
  return level === 'support_1' || level === 'support_2' || level === 'business_target';
}
