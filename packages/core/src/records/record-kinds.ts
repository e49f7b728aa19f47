import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalDate, requiredDate, requiredText } from '../domain/common.schema.js';
import { caseFileSchema } from '../domain/document-bodies.js';
import { officeNumberSchema, type Role } from '../domain/organization.schema.js';
import { inspectionCaseSchema, isSignedOff } from '../inspection/inspection-case.schema.js';
import { selectionCriteria, type SelectionCriterion } from '../inspection/select-sample.js';
import { fiscalYearLabel } from '../inspection/draft-summary.js';
import { policyActivitySchema, policyIndicators } from '../policy-publication/policy-activity.schema.js';
import { officeRecordKinds } from './office-record-kinds.js';
import type { RecordKindRule } from './record.js';
import { regionRecordKinds } from './region-record-kinds.js';
import { regionIssueRecordKinds } from './region-issue-record-kinds.js';
import { meetingRecordKinds } from './meeting-record-kinds.js';

const insurerWriters: readonly Role[] = ['insurer_staff'];
const officeWriters: readonly Role[] = ['office_admin', 'care_manager', 'center_staff'];
/** 点検 of one's own office (自己点検) is run by the 管理者 or 主任CM, with the insurer's screens. */
const inspectionWriters: readonly Role[] = ['insurer_staff', 'office_admin', 'center_staff'];
const organizationId = (label: string) => z.string({ error: `${label}を指定してください` }).min(1, { error: `${label}を指定してください` }).max(100);
const fiscalYear = z.number({ error: '年度を数値（西暦）で指定してください' }).int({ error: '年度は整数で指定してください' }).min(2000, { error: '年度は2000以降で指定してください' }).max(2100, { error: '年度は2100以前で指定してください' });
const criterionKeys = Object.keys(selectionCriteria) as [SelectionCriterion, ...SelectionCriterion[]];

/** A required text whose line breaks matter (a change note, a YAML source). */
const requiredMultiline = (label: string, max: number) =>
  z
    .string({ error: `${label}を入力してください` })
    .max(max, { error: `${label}は${max}文字以内で入力してください` })
    .refine((text) => text.trim() !== '', { error: `${label}を入力してください` });
/** 基本方針の版: a policy pack version the insurer drafts and publishes; a published version never changes. */
export const policyVersionSchema = z.object({
  packId: requiredText('方針パックID', 60),
  version: z.string({ error: '版（例 1.2.0）を指定してください' }).regex(/^\d+\.\d+\.\d+$/u, { error: '版は「1.2.0」の形で指定してください' }),
  /** the version it was edited from (`hitachi@1.1.0`), for the diff */
  basedOn: inlineText(80),
  /** 変更の概要 (line breaks kept) */
  changeNote: requiredMultiline('変更の概要', 4000),
  /** the pack as YAML exactly as written (line breaks and comments kept), validated by the pack parser when saved */
  source: requiredMultiline('方針パックの内容', 400_000),
  status: choice(['draft', 'published'], '状態'),
  publishedOn: optionalDate(),
});
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

/** 基本方針の確認: an office's record that someone in it read a published version. */
export const policyAcknowledgementSchema = z.object({
  insurerOrganizationId: organizationId('保険者'),
  packId: requiredText('方針パックID', 60),
  version: requiredText('版', 20),
  readBy: requiredText('確認した人', 100),
  readOn: requiredDate('確認日'),
  comment: freeText(2000),
});
export type PolicyAcknowledgementRecord = z.infer<typeof policyAcknowledgementSchema>;

/** 確認の催促: the insurer's note that it reminded offices that had not acknowledged a version (no e-mail is sent). */
export const policyReminderSchema = z.object({
  packId: requiredText('方針パックID', 60),
  version: requiredText('版', 20),
  chasedOn: requiredDate('催促した日'),
  offices: z.array(z.object({ officeNumber: officeNumberSchema, officeName: inlineText(200) })).min(1, { error: '催促した事業所を1件以上選んでください' }),
  /** how (電話, 文書, 連絡会議で) */
  note: freeText(2000),
});
export type PolicyReminder = z.infer<typeof policyReminderSchema>;

/** 点検者の区分 (日立市: 保険者の職員と主任介護支援専門員; 地域包括支援センターの職員も加わる). */
export const inspectorKindLabels = {
  insurer_staff: '保険者の職員',
  chief_care_manager: '主任介護支援専門員',
  community_center: '地域包括支援センター',
  other: 'その他',
} as const;
const inspectorKinds = Object.keys(inspectorKindLabels) as [keyof typeof inspectorKindLabels, ...(keyof typeof inspectorKindLabels)[]];

/** 年度の点検計画: which offices, how many plans each, how they are chosen, and who inspects. */
export const inspectionPlanSchema = z.object({
  fiscalYear,
  title: requiredText('点検の名称', 200),
  offices: z
    .array(
      z.object({
        officeNumber: officeNumberSchema,
        officeName: requiredText('事業所名', 200),
        /** the office's organization when it uses Kizuki (submissions then come through a grant) */
        organizationId: inlineText(100),
        planCount: z.number({ error: '点検する計画の数を指定してください' }).int().min(1, { error: '点検する計画は1件以上にしてください' }).max(100, { error: '点検する計画は100件以内にしてください' }),
        criteria: z.array(choice(criterionKeys, '抽出の観点')).default([]),
        requestedOn: optionalDate(),
        dueOn: optionalDate(),
      }),
    )
    .default([]),
  inspectors: z.array(z.object({ name: requiredText('点検者の氏名', 100), kind: choice(inspectorKinds, '点検者の区分') })).default([]),
  notes: freeText(4000),
});
export type InspectionPlan = z.infer<typeof inspectionPlanSchema>;

/** One case of a 点検 (the body of the record; its id is the record's). */
export const inspectionCaseRecordSchema = inspectionCaseSchema.omit({ id: true }).extend({
  /** the office's organization when it uses Kizuki: it reads the case and answers in its workspace */
  officeOrganizationId: inlineText(100),
  /** 抽出の観点 the office's proposal follows (copied from the year's plan when requested) */
  criteria: z.array(choice(criterionKeys, '抽出の観点')).default([]),
  /** 提出期限 */
  dueOn: optionalDate(),
  /** the client's case file read from the office's CSV (source kind csv): kept in the 点検, never in an office's records */
  csvCaseFile: caseFileSchema.optional(),
  /** the revised plan the inspector opened and verified (a later revision through a new grant; no grant in a 自己点検) */
  revisedSource: z.object({ grantId: idSchema.optional(), documentId: idSchema, revision: z.number().int().positive() }).optional(),
});
export type InspectionCaseRecord = z.infer<typeof inspectionCaseRecordSchema>;

/** The office's side of a 点検 case: written answers, sign-off, the revised plan and what it shared inside. */
export const inspectionReplySchema = z.object({
  inspectionCaseId: idSchema,
  insurerOrganizationId: organizationId('保険者'),
  answers: z.array(z.object({ observationId: idSchema, answer: freeText(2000), change: freeText(2000) })).default([]),
  /** the plan submitted for the 点検 through a grant (the case's source once the insurer receives it) */
  submission: z.object({ grantId: idSchema, clientId: idSchema, documentId: idSchema, revision: z.number().int().positive() }).optional(),
  /** the revised plan submitted through a grant */
  revisedPlan: z.object({ grantId: idSchema, documentId: idSchema, revision: z.number().int().positive() }).optional(),
  /** 他の計画への反映 (小樽市: the lessons applied to the office's other plans) */
  otherPlans: freeText(2000),
  /** 事業所内での共有（事例検討会・研修） */
  sharedInOffice: freeText(2000),
  signOff: z.object({ name: requiredText('確認した人', 100), on: requiredDate('確認日') }).optional(),
});
export type InspectionReply = z.infer<typeof inspectionReplySchema>;

/** 総評: the annual report, drafted from the year's records and edited by the insurer; never personal data. */
export const inspectionSummarySchema = z.object({
  fiscalYear,
  inspectionPlanId: inlineText(100),
  title: requiredText('題名', 200),
  sections: z.array(z.object({ heading: requiredText('見出し', 200), text: freeText(20_000) })).default([]),
  status: choice(['draft', 'published'], '状態'),
  publishedOn: optionalDate(),
});
export type InspectionSummaryRecord = z.infer<typeof inspectionSummarySchema>;

/** An office's opt-in anonymous counts for the insurer's effect verification: no personal data. */
export const effectAggregateSchema = z.object({
  insurerOrganizationId: organizationId('保険者'),
  month: z.string({ error: '月を YYYY-MM で指定してください' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/u, { error: '月は YYYY-MM の形で指定してください' }),
  packId: requiredText('方針パックID', 60),
  planCount: z.number().int().min(0),
  /** plans with at least one finding of the rule, per rule id */
  ruleCounts: z.record(z.string(), z.number().int().min(0)),
  /** plans the rule was evaluated on, per rule id, when fewer than `planCount` (data it needs was missing) */
  rulePlans: z.record(z.string(), z.number().int().min(0)).optional(),
});
export type EffectAggregate = z.infer<typeof effectAggregateSchema>;

/** An office's decision to send (or stop sending) effect aggregates to its insurer: who decided, when. */
export const effectParticipationSchema = z.object({
  insurerOrganizationId: organizationId('保険者'),
  optedIn: z.boolean({ error: '参加するかどうかを指定してください' }),
  decidedBy: requiredText('決めた人', 100),
  decidedOn: requiredDate('決めた日'),
});
export type EffectParticipation = z.infer<typeof effectParticipationSchema>;

/** Every kind of organization record and what it allows. Issue-specific kinds are added here. */
export const recordKinds = {
  policy_version: {
    label: '基本方針の版',
    schema: policyVersionSchema,
    keeperKinds: ['insurer'],
    writerRoles: insurerWriters,
    sharing: 'area',
    sharedWhen: (b) => b.status === 'published',
    frozenWhen: (b) => b.status === 'published',
    titleOf: (b) => `${b.packId} ${b.version}${b.status === 'draft' ? '（下書き）' : ''}`,
  } satisfies RecordKindRule<PolicyVersion>,
  policy_acknowledgement: {
    label: '基本方針の確認',
    schema: policyAcknowledgementSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: officeWriters,
    sharing: 'addressee',
    addresseeOf: (b) => b.insurerOrganizationId,
    titleOf: (b) => `${b.packId} ${b.version} ${b.readBy}（${b.readOn}）`,
  } satisfies RecordKindRule<PolicyAcknowledgementRecord>,
  policy_reminder: {
    label: '基本方針の確認の催促',
    schema: policyReminderSchema,
    keeperKinds: ['insurer'],
    writerRoles: insurerWriters,
    sharing: 'none',
    titleOf: (b) => `${b.packId} ${b.version} 催促 ${b.chasedOn}（${b.offices.length}事業所）`,
  } satisfies RecordKindRule<PolicyReminder>,
  policy_activity: {
    label: '基本方針の取組（指標ア〜エ）',
    schema: policyActivitySchema,
    keeperKinds: ['insurer'],
    writerRoles: insurerWriters,
    sharing: 'none',
    titleOf: (b) => `${policyIndicators[b.indicator].mark} ${b.date} ${'title' in b ? b.title : 'where' in b ? b.where : b.method}`,
  } satisfies RecordKindRule<z.infer<typeof policyActivitySchema>>,
  inspection_plan: {
    label: 'ケアプラン点検の計画',
    schema: inspectionPlanSchema,
    keeperKinds: ['insurer', 'care_management_office', 'community_center'],
    writerRoles: inspectionWriters,
    sharing: 'none',
    titleOf: (b) => `${fiscalYearLabel(b.fiscalYear)} ${b.title}`,
  } satisfies RecordKindRule<InspectionPlan>,
  inspection_case: {
    label: 'ケアプラン点検の事例',
    schema: inspectionCaseRecordSchema,
    keeperKinds: ['insurer', 'care_management_office', 'community_center'],
    writerRoles: inspectionWriters,
    sharing: 'addressee',
    addresseeOf: (b) => b.officeOrganizationId,
    lockedWhen: (b) => isSignedOff(b),
    titleOf: (b) => `${b.officeName || b.officeNumber} ${b.label}`,
  } satisfies RecordKindRule<InspectionCaseRecord>,
  inspection_reply: {
    label: 'ケアプラン点検への回答',
    schema: inspectionReplySchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: officeWriters,
    sharing: 'addressee',
    addresseeOf: (b) => b.insurerOrganizationId,
    lockedWhen: (b) => b.signOff !== undefined,
    titleOf: (b) => `回答 ${b.inspectionCaseId}`,
  } satisfies RecordKindRule<InspectionReply>,
  inspection_summary: {
    label: 'ケアプラン点検の総評',
    schema: inspectionSummarySchema,
    keeperKinds: ['insurer', 'care_management_office', 'community_center'],
    writerRoles: inspectionWriters,
    sharing: 'area',
    sharedWhen: (b) => b.status === 'published',
    lockedWhen: (b) => b.status === 'published',
    titleOf: (b) => b.title,
  } satisfies RecordKindRule<InspectionSummaryRecord>,
  effect_aggregate: {
    label: '方針の効果検証のための集計',
    schema: effectAggregateSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: ['office_admin'],
    sharing: 'addressee',
    addresseeOf: (b) => b.insurerOrganizationId,
    titleOf: (b) => `${b.packId} ${b.month}（${b.planCount}件）`,
  } satisfies RecordKindRule<EffectAggregate>,
  effect_participation: {
    label: '方針の効果検証への参加',
    schema: effectParticipationSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: ['office_admin'],
    sharing: 'addressee',
    addresseeOf: (b) => b.insurerOrganizationId,
    titleOf: (b) => `${b.optedIn ? '参加' : '参加をやめる'}（${b.decidedBy} ${b.decidedOn}）`,
  } satisfies RecordKindRule<EffectParticipation>,
  ...officeRecordKinds,
  ...regionRecordKinds,
  ...regionIssueRecordKinds,
  ...meetingRecordKinds,
} as const;

export type RecordKind = keyof typeof recordKinds;
export const recordKindKeys = Object.keys(recordKinds) as [RecordKind, ...RecordKind[]];
export const recordKindSchema = choice(recordKindKeys, '記録の種類');
/** The body type of a kind. */
export type RecordBody<K extends RecordKind> = z.infer<(typeof recordKinds)[K]['schema']>;

/** The rule of a kind, typed loosely for code that handles every kind alike. */
export function recordKindRule(kind: RecordKind): RecordKindRule {
  return recordKinds[kind] as unknown as RecordKindRule;
}
