import type { CodeEntry } from '../common.schema.js';

/** 計画書区分 flags: 初回 / 紹介 / 継続. A plan may carry several (CSV codes 51–54). */
export const planCategories = ['initial', 'referral', 'continuation'] as const;
export type PlanCategory = (typeof planCategories)[number];

export const planCategoryLabels: Record<PlanCategory, string> = {
  initial: '初回',
  referral: '紹介',
  continuation: '継続',
};

/** 計画書区分 CSV codes by combination (order: initial, referral, continuation). */
const planCategoryCodes: ReadonlyArray<{ code: string; categories: readonly PlanCategory[] }> = [
  { code: '11', categories: ['initial'] },
  { code: '12', categories: ['referral'] },
  { code: '21', categories: ['continuation'] },
  { code: '51', categories: ['initial', 'referral'] },
  { code: '52', categories: ['initial', 'continuation'] },
  { code: '53', categories: ['referral', 'continuation'] },
  { code: '54', categories: ['initial', 'referral', 'continuation'] },
];

/** The CSV 計画書区分 code of a set of categories (`['initial','referral']` → `'51'`), or undefined when empty. */
export function planCategoryCode(categories: readonly PlanCategory[]): string | undefined {
  const sorted = planCategories.filter((c) => categories.includes(c));
  return planCategoryCodes.find((row) => row.categories.length === sorted.length && row.categories.every((c, i) => c === sorted[i]))?.code;
}

/** The categories of a CSV 計画書区分 code (`'53'` → `['referral','continuation']`), or undefined. */
export function planCategoriesFromCode(code: string): PlanCategory[] | undefined {
  const row = planCategoryCodes.find((r) => r.code === code);
  return row ? [...row.categories] : undefined;
}

/** 認定状況区分: 申請中 / 認定済. */
export const certificationStatuses = ['applying', 'certified'] as const;
export type CertificationStatus = (typeof certificationStatuses)[number];
export const certificationStatusTable: Record<CertificationStatus, CodeEntry> = {
  applying: { code: '1', label: '申請中' },
  certified: { code: '2', label: '認定済' },
};

/** 生活援助中心型の算定理由. */
export const livingSupportReasons = ['living_alone', 'family_unable', 'other'] as const;
export type LivingSupportReason = (typeof livingSupportReasons)[number];
export const livingSupportReasonTable: Record<LivingSupportReason, CodeEntry> = {
  living_alone: { code: '1', label: '一人暮らし' },
  family_unable: { code: '2', label: '家族等が障害、疾病等' },
  other: { code: '3', label: 'その他' },
};

/** 申請区分 of a 要介護認定. */
export const applicationKinds = ['new', 'renewal', 'level_change'] as const;
export type ApplicationKind = (typeof applicationKinds)[number];
export const applicationKindLabels: Record<ApplicationKind, string> = {
  new: '新規',
  renewal: '更新',
  level_change: '区分変更',
};
