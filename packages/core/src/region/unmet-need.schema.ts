import { z } from 'zod';
import { choice, freeText, inlineText, requiredDate, requiredText } from '../domain/common.schema.js';
import { resourceKinds } from './resource.schema.js';

/**
 * 不足している社会資源 (unmet need): what a care manager looked for and did not find, recorded
 * without naming the person: an age band, the care level and the area stand for "for whom". These
 * records feed the 地域課題 register; no name, address, 被保険者番号 or birth date goes in.
 */
export const ageBands = ['under65', '65to74', '75to84', '85plus'] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandLabels: Record<AgeBand, string> = { under65: '65歳未満', '65to74': '65〜74歳', '75to84': '75〜84歳', '85plus': '85歳以上' };

export const unmetNeedSchema = z.object({
  recordedOn: requiredDate('記録日'),
  /** 日常生活圏域 where it was needed */
  area: requiredText('日常生活圏域', 60),
  district: inlineText(60),
  /** 何が必要だったか (no names) */
  need: requiredText('必要だった支援', 500),
  /** the kind of resource that would have answered it */
  wantedKind: choice(resourceKinds, '必要だった資源の種別').optional(),
  tags: z.array(requiredText('内容タグ', 30)).max(20).default([]),
  /** days it was needed on (1 = 月 … 7 = 日) */
  days: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  ageBand: choice(ageBands, '年齢層').optional(),
  /** 要介護状態区分 label (要介護2, 事業対象者 …) */
  careLevel: inlineText(20),
  /** what was tried instead, what happens now */
  note: freeText(1000),
});
export type UnmetNeed = z.infer<typeof unmetNeedSchema>;
