import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalTime, requiredDate } from './common.schema.js';

/** How the contact took place. */
export const supportLogKinds = ['visit', 'phone', 'meeting', 'email_fax', 'office_visit', 'online', 'other'] as const;
export type SupportLogKind = (typeof supportLogKinds)[number];
export const supportLogKindLabels: Record<SupportLogKind, string> = {
  visit: '訪問',
  phone: '電話',
  meeting: '会議',
  email_fax: 'メール・FAX',
  office_visit: '来所',
  online: 'オンライン',
  other: 'その他',
};

/** 居宅介護支援経過 (第5表) entry, document kind `support_log_entry`. */
export const supportLogEntrySchema = z.object({
  id: idSchema,
  date: requiredDate('日付'),
  time: optionalTime(),
  kind: choice(supportLogKinds, '方法').default('other'),
  /** 相手 (本人, 長女, ○○訪問介護 サービス提供責任者 …) */
  counterpart: inlineText(200),
  /** 項目 */
  title: inlineText(200),
  /** 内容 */
  content: freeText(8000),
  /** 記録者 (user id) */
  authorUserId: inlineText(100),
  /** A document this entry is about (plan, meeting, monitoring …). */
  relatedDocumentId: inlineText(100),
});
export type SupportLogEntry = z.infer<typeof supportLogEntrySchema>;
