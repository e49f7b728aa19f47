import { z } from 'zod';
import { isValidIsoDate } from '../dates/iso-date.js';
import { knownFeatureIds, type FeatureId } from './feature-ids.js';
import { isKnownRuleId, knownRuleIds, type RuleId } from './rule-ids.js';

/**
 * A policy pack (ポリシーパック): one insurer's ケアマネジメントに関する基本方針 as versioned data.
 * Packs are authored in YAML (packages/core/policies/<id>.yaml) and form a chain through
 * `extends`; every municipal pack extends `national`.
 */

const packIdSchema = z
  .string({ error: 'パックIDを文字で指定してください' })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'パックIDは半角英小文字・数字・ハイフンで指定してください（例: hitachi）' });

/** Ids of principles, checklist items and workflows: `<packId>.<name>`, unique across a chain. */
const itemIdSchema = z
  .string({ error: 'IDを文字で指定してください' })
  .regex(/^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/, { error: 'IDは「パックID.名前」の形で指定してください（例: hitachi.kyotaku-1）' });

const quoteSchema = z.string({ error: '文字で指定してください' }).trim().min(1, { error: '本文が空です' });
const labelSchema = z.string({ error: '文字で指定してください' }).trim().min(1, { error: '空にできません' });

const ruleIdSchema = z.enum(knownRuleIds as readonly [RuleId, ...RuleId[]], {
  error: (issue) => `不明なルールIDです: ${String(issue.input)}`,
});

const featureIdSchema = z.enum(knownFeatureIds as readonly [FeatureId, ...FeatureId[]], {
  error: (issue) => `不明な機能IDです: ${String(issue.input)}`,
});

/** A reference to a statute or notice: {law:'省令38号', article:'13条', item:'7号'}. */
export const statuteRefSchema = z.strictObject({
  /** 法令・告示・通知の略称（省令38号、告示95号、老企第29号 …） */
  law: labelSchema,
  /** 条（13条）; for notices the part cited (別紙1 第2表). */
  article: labelSchema,
  /** 項 */
  paragraph: labelSchema.optional(),
  /** 号 */
  item: labelSchema.optional(),
});
export type StatuteRef = z.infer<typeof statuteRefSchema>;

/** A citation: a principle id (string) or a statute reference. */
export const citationSchema = z.union([itemIdSchema, statuteRefSchema], {
  error: '根拠は原則ID（文字）か {law, article, item} の形で指定してください',
});
export type Citation = z.infer<typeof citationSchema>;

/** 基本方針の原則: the policy's own words, quoted verbatim (whitespace reflowed only). */
export const principleSchema = z.strictObject({
  id: itemIdSchema,
  heading: labelSchema,
  /** Verbatim quotation shown to users as the citation. */
  text: quoteSchema,
  /** Where the quote stands in the source (章・節). */
  section: labelSchema.optional(),
  /** Set when the principle is itself a statute text. */
  statute: statuteRefSchema.optional(),
  /** Self-check question when the principle needs human judgement. */
  question: labelSchema.optional(),
});
export type Principle = z.infer<typeof principleSchema>;

const judgementSchema = z.enum(['rule', 'human', 'both'], { error: "judgement は 'rule'・'human'・'both' のいずれかです" });
/** Who decides a checklist item: a rule, the care manager's own judgement, or both. */
export type Judgement = z.infer<typeof judgementSchema>;

/** One item of a checklist in the source (日立市の重点留意事項 …), worded as in the source. */
export const checklistItemSchema = z
  .strictObject({
    id: itemIdSchema,
    text: quoteSchema,
    judgement: judgementSchema,
    rules: z.array(ruleIdSchema).default([]),
    principles: z.array(itemIdSchema).default([]),
    /** 自己点検の問い（介護支援専門員への問いかけ） */
    question: labelSchema.optional(),
    features: z.array(featureIdSchema).default([]),
  })
  .superRefine((item, ctx) => {
    if (item.judgement !== 'human' && item.rules.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['rules'], message: 'judgement が rule・both の項目にはルールIDが必要です' });
    }
    if (item.judgement !== 'rule' && item.question === undefined) {
      ctx.addIssue({ code: 'custom', path: ['question'], message: 'judgement が human・both の項目には自己点検の問い（question）が必要です' });
    }
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A list of checklist items as it appears in the source. */
export const checklistSchema = z.strictObject({
  id: itemIdSchema,
  title: labelSchema,
  section: labelSchema.optional(),
  items: z.array(checklistItemSchema).min(1, { error: '点検項目が1件以上必要です' }),
});
export type Checklist = z.infer<typeof checklistSchema>;

const severitySchema = z.enum(['standard', 'advice', 'question'], {
  error: "severity は 'standard'（基準）・'advice'（助言）・'question'（問いかけ）のいずれかです",
});
/** How an observation is presented: a standard (基準), advice (助言) or a question (問いかけ). */
export type Severity = z.infer<typeof severitySchema>;

/** Settings of one rule. In a child pack every field is optional and overrides the parent's. */
export const ruleSettingSchema = z.strictObject({
  enabled: z.boolean({ error: 'enabled は true か false で指定してください' }).optional(),
  severity: severitySchema.optional(),
  /** Free parameters; each rule validates its own. Shallow-merged over the parent's. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Appended to the parent's citations. */
  citations: z.array(citationSchema).default([]),
});
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

const wordSchema = z.string({ error: '語を文字で指定してください' }).trim().min(1, { error: '空の語は指定できません' });

/** Additions to and removals from a named word list inherited from the parent pack. */
export const lexiconChangeSchema = z.strictObject({
  add: z.array(wordSchema).default([]),
  remove: z.array(wordSchema).default([]),
});
export type LexiconChange = z.infer<typeof lexiconChangeSchema>;

const actorSchema = z.enum(['care_manager', 'office', 'insurer', 'community'], {
  error: "actor は care_manager・office・insurer・community のいずれかです",
});
/** Who carries out a workflow: the care manager, the office, the insurer or the community (地域). */
export type WorkflowActor = z.infer<typeof actorSchema>;

/** A part of the policy about offices, the insurer or the community, with the features that serve it. */
export const workflowSchema = z
  .strictObject({
  id: itemIdSchema,
  title: labelSchema,
  actor: actorSchema,
  /** Verbatim quotation; may be omitted when the linked principles already quote the source. */
  text: quoteSchema.optional(),
  section: labelSchema.optional(),
  features: z.array(featureIdSchema).min(1, { error: '対応する機能IDが1件以上必要です' }),
  principles: z.array(itemIdSchema).default([]),
}).refine((w) => w.text !== undefined || w.principles.length > 0, {
  path: ['text'],
  error: '取組には引用（text）か原則ID（principles）が必要です',
});
export type Workflow = z.infer<typeof workflowSchema>;

const isoDateSchema = z.string({ error: '日付を YYYY-MM-DD で指定してください' }).refine(isValidIsoDate, {
  error: '日付は YYYY-MM-DD の形の正しい日付で指定してください',
});

/** The published document a pack encodes. */
export const sourceDocumentSchema = z.strictObject({
  title: labelSchema,
  publisher: labelSchema,
  /** As stated in the document (令和７年４月); omitted when the document states none. */
  date: labelSchema.optional(),
  /** Edition or period as stated (令和３年度～令和５年度). */
  edition: labelSchema.optional(),
  url: z.url({ error: 'URL の形式が正しくありません' }).optional(),
  /** File name of the source text the quotes were taken from. */
  file: labelSchema,
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** 保険者: name and 保険者番号 (6 digits; left unset unless the source states it). */
export const insurerSchema = z.strictObject({
  name: labelSchema,
  number: z.string({ error: '保険者番号を文字で指定してください' }).regex(/^\d{6}$/, { error: '保険者番号は6桁の数字です' }).optional(),
  /** Why the number is unset, shown in the docs. */
  numberNote: labelSchema.optional(),
});

/** One policy pack as authored in a YAML file. */
export const policyPackSchema = z
  .strictObject({
    id: packIdSchema,
    title: labelSchema,
    version: z.string({ error: '版を文字で指定してください' }).regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, {
      error: '版は 1.0.0 の形（semver）で指定してください',
    }),
    date: isoDateSchema,
    insurer: insurerSchema.optional(),
    source: sourceDocumentSchema,
    extends: packIdSchema.optional(),
    principles: z.array(principleSchema).default([]),
    checklists: z.array(checklistSchema).default([]),
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    lexicons: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: '語彙の名前は英字で指定してください（例: vagueWords）' }), lexiconChangeSchema).default({}),
    workflows: z.array(workflowSchema).default([]),
  })
  .superRefine((pack, ctx) => {
    checkIdsOwnedAndUnique(pack, ctx);
    for (const [ruleId, setting] of Object.entries(pack.rules)) {
      if (!isKnownRuleId(ruleId)) {
        ctx.addIssue({ code: 'custom', path: ['rules', ruleId], message: `不明なルールIDです: ${ruleId}` });
      } else if (pack.extends === undefined && (setting.enabled === undefined || setting.severity === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['rules', ruleId], message: '継承元のないパックでは enabled と severity を必ず指定してください' });
      }
    }
    if (pack.extends === pack.id) ctx.addIssue({ code: 'custom', path: ['extends'], message: 'パックは自分自身を継承できません' });
  });

function checkIdsOwnedAndUnique(pack: { id: string; principles: Principle[]; checklists: Checklist[]; workflows: Workflow[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const check = (id: string, path: (string | number)[]): void => {
    if (!id.startsWith(`${pack.id}.`)) ctx.addIssue({ code: 'custom', path, message: `IDはパックID「${pack.id}.」で始めてください: ${id}` });
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `IDが重複しています: ${id}` });
    seen.add(id);
  };
  pack.principles.forEach((p, i) => check(p.id, ['principles', i, 'id']));
  pack.checklists.forEach((list, i) => {
    check(list.id, ['checklists', i, 'id']);
    list.items.forEach((item, j) => check(item.id, ['checklists', i, 'items', j, 'id']));
  });
  pack.workflows.forEach((w, i) => check(w.id, ['workflows', i, 'id']));
}

/** A validated policy pack as authored (before its `extends` chain is resolved). */
export type PolicyPack = Omit<z.infer<typeof policyPackSchema>, 'rules'> & { rules: Partial<Record<RuleId, RuleSetting>> };
