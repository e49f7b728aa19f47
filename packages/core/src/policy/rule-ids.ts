/**
 * The audit rules a policy pack may switch on and parameterize. The audit engine implements
 * exactly these ids; a pack naming any other id is rejected, so a typo never silently
 * disables a check.
 */
export const ruleTitles = {
  'assessment.items-incomplete': '課題分析標準項目の不足',
  'assessment.not-at-home': '居宅訪問・面接によらないアセスメント',
  'assessment.dependency-detail-missing': '「できないこと」と支援している人の把握がない',
  'assessment.medical-info-missing': '主治医等からの医療情報の不足',
  'assessment.life-history-missing': '生活歴・家族状況の把握の不足',
  'plan.overview-missing': '総合的な援助の方針の記載がない',
  'plan.need-without-goal': '目標のない課題（ニーズ）',
  'plan.goal-without-short-term': '短期目標のない長期目標',
  'plan.short-term-without-service': 'サービス内容のない短期目標',
  'plan.short-term-exceeds-long-term': '短期目標の期間が長期目標の期間を超えている',
  'plan.period-outside-certification': '計画の期間が認定の有効期間の外にある',
  'plan.no-informal-support': 'インフォーマルな支援の位置付けがない',
  'plan.goal-vague': '抽象的な目標',
  'plan.goal-is-service': 'サービスの利用そのものが目標になっている',
  'plan.need-not-own-words': '課題（ニーズ）が本人の言葉で書かれていない',
  'plan.livelihood-reason-missing': '生活援助中心型の算定理由の記載がない',
  'plan.family-role-missing': '家族の役割の位置付けがない',
  'plan.rehab-not-considered': 'リハビリテーション・機能訓練の必要性の検討がない',
  'plan.welfare-equipment-reason-missing': '福祉用具が必要な理由の記載がない',
  'plan.medical-service-without-physician': '主治の医師等の意見・指示のない医療サービス',
  'plan.short-stay-over-half': '短期入所の日数が認定の有効期間のおおむね半数を超える',
  'plan.uniform-across-clients': '他の利用者と画一的な計画',
  'process.meeting-missing': 'サービス担当者会議の開催がない',
  'process.consent-missing': '文書による同意がない',
  'process.delivery-missing': '計画の交付がない',
  'process.monitoring-overdue': 'モニタリングの期限超過',
  'process.certification-expiring': '認定の有効期間の終了が近い',
  'process.service-plans-not-requested': '個別サービス計画の提出を求めていない',
  'process.prevention-type-mismatch': '介護予防ケアマネジメントの類型と支援の過程が合っていない',
  'office.provider-concentration': '特定の事業者への集中（特定事業所集中減算）',
} as const satisfies Record<string, string>;

/** Id of an audit rule (`plan.goal-vague`). */
export type RuleId = keyof typeof ruleTitles;

/** Every rule id the audit engine implements, in display order. */
export const knownRuleIds = Object.keys(ruleTitles) as readonly RuleId[];

/** True when `value` names a rule the audit engine implements. */
export function isKnownRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(ruleTitles, value);
}
