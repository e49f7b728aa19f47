import { z } from 'zod';

/**
 * Kinds of versioned documents in a client's case file. Every save of a document appends
 * a revision holding the whole document; the store never overwrites one in place.
 */
export const documentKindSchema = z.enum([
  /** 利用者基本情報 */
  'client',
  /** 要介護認定 */
  'certification',
  /** アセスメント（課題分析） */
  'assessment',
  /** 居宅サービス計画（第1〜3表） */
  'care_plan',
  /** サービス担当者会議の要点（第4表）または照会 */
  'care_team_meeting',
  /** 居宅介護支援経過（第5表）の記録 */
  'support_log_entry',
  /** モニタリング */
  'monitoring',
  /** 基本チェックリスト */
  'basic_checklist',
  /** 介護予防サービス・支援計画書 */
  'prevention_plan',
  /** サービス利用票（第6表）・別表（第7表）: one month */
  'service_usage',
]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Japanese names of document kinds for display and messages. */
export const documentKindLabels: Record<DocumentKind, string> = {
  client: '利用者基本情報',
  certification: '要介護認定',
  assessment: 'アセスメント',
  care_plan: '居宅サービス計画',
  care_team_meeting: 'サービス担当者会議の要点',
  support_log_entry: '居宅介護支援経過',
  monitoring: 'モニタリング',
  basic_checklist: '基本チェックリスト',
  prevention_plan: '介護予防サービス・支援計画書',
  service_usage: 'サービス利用票',
};
