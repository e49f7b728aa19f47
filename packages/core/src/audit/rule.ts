import type { z } from 'zod';
import type { Assessment } from '../domain/assessment.schema.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { RuleId } from '../policy/rule-ids.js';
import type { ProviderCorporation } from '../office/provider-shares.js';
import type { Evidence } from './finding.js';

/**
 * Parts of a case file a rule reads. An input may carry only some of them (a ケアプランデータ連携
 * CSV export has the plan but no assessment or monitoring); rules needing a missing part are
 * reported as not evaluated, never as passed.
 */
export const dataParts = ['client', 'family', 'certification', 'assessment', 'plan', 'lineNotes', 'process', 'monitoring', 'prevention'] as const;
export type DataPart = (typeof dataParts)[number];
export const dataPartLabels: Record<DataPart, string> = {
  client: '利用者の基本情報',
  /** Who the family are (家族構成); a ケアプランデータ連携 CSV names no family member. */
  family: '家族構成',
  certification: '要介護認定',
  assessment: 'アセスメント',
  plan: '居宅サービス計画',
  /** Kept with each 援助内容 but not a column of 第2表 in the CSV standard. */
  lineNotes: '援助内容ごとの記録（主治の医師等の指示・福祉用具が必要な理由）',
  process: '担当者会議・同意・交付の記録',
  monitoring: 'モニタリング',
  prevention: '介護予防の記録',
};

/** What a rule observed: the engine adds the rule id, severity and citations. */
export interface Observation {
  message: string;
  evidence: Evidence[];
}

/** What a case rule sees: one case file, the date of the audit and its own settings. */
export interface CaseRuleContext<P> {
  caseFile: CaseFile;
  asOf: IsoDate;
  params: P;
  /** Words of a pack lexicon (empty when the pack has none of that name). */
  lexicon: (name: string) => readonly string[];
  /** The plan being audited: the latest plan that is not superseded; undefined when none. */
  plan: CarePlan | undefined;
  /** Index of {@link plan} in caseFile.carePlans (for evidence). */
  planIndex: number;
  /** The certification the plan is based on, else the one in force on asOf. */
  certification: Certification | undefined;
  /** The assessment the plan is based on, else the latest one. */
  assessment: Assessment | undefined;
  /** The latest 介護予防サービス・支援計画書 not superseded, if any. */
  preventionPlan: PreventionPlan | undefined;
  /** True when the input carries `part` (one the rule declares in `requires` or `reads`). */
  has: (part: DataPart) => boolean;
  /**
   * Reports that one check of the rule could not be made on this input (the data is absent or
   * cannot be told apart), with the reason in Japanese; the rule's other checks still run.
   */
  notEvaluable: (reason: string) => void;
}

interface RuleBase<P> {
  id: RuleId;
  /** Validates and defaults the pack's params (from `rules.<id>.params`). */
  params: z.ZodType<P>;
  /** Data parts the rule needs; with any missing the rule is not evaluated. */
  requires: readonly DataPart[];
  /**
   * Data parts some of the rule's checks read when the input has them; a check whose part is
   * missing is reported through `notEvaluable`, never passed silently.
   */
  reads?: readonly DataPart[];
}

/** A rule that looks at one case file. */
export interface CaseRule<P = unknown> extends RuleBase<P> {
  scope: 'case';
  evaluate(ctx: CaseRuleContext<P>): Observation[];
}

/** An observation about one case file among many (cross-plan rules). */
export interface CohortObservation extends Observation {
  /** Index of the case file (in the list given to the rule) the observation belongs to. */
  caseIndex: number;
}

/** What a cross-plan rule sees: all case files audited together. */
export interface CohortRuleContext<P> {
  caseFiles: readonly CaseFile[];
  /** Indices of the case files to report on (the others are peers only). */
  targets: readonly number[];
  asOf: IsoDate;
  params: P;
  lexicon: (name: string) => readonly string[];
  /** The audited plan of each case file (same choice as {@link CaseRuleContext.plan}). */
  plans: readonly (CarePlan | undefined)[];
  /**
   * The 法人 of providers as the office recorded them (`provider_corporation` records), for
   * 特定事業所集中減算; undefined when the audit runs without the office's records (a CSV 点検,
   * case-file exports), and then every 事業所 counts as its own 法人.
   */
  providerCorporations?: readonly ProviderCorporation[] | undefined;
}

/** A rule that compares the plans of many clients (画一的なプラン). */
export interface CohortRule<P = unknown> extends RuleBase<P> {
  scope: 'cohort';
  evaluate(ctx: CohortRuleContext<P>): CohortObservation[];
}

/** A rule about an office as a whole (特定事業所集中減算). */
export interface OfficeRule<P = unknown> extends RuleBase<P> {
  scope: 'office';
  evaluate(ctx: CohortRuleContext<P>): Observation[];
}

export type AuditRule<P = unknown> = CaseRule<P> | CohortRule<P> | OfficeRule<P>;

/** Declares a rule with its params type inferred from its schema. */
export function defineRule<P>(rule: AuditRule<P>): AuditRule<P> {
  return rule;
}
