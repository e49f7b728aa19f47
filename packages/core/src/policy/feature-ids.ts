/**
 * Kizuki features that serve the parts of a policy which concern offices, the insurer or the
 * community rather than a single case file (地域ケア会議, ケアプラン点検, 研修, BCP …). A pack
 * lists such items with the feature that serves them, so nothing in a policy is silently dropped.
 */
export const featureTitles = {
  'feature.care-plan-inspection': 'ケアプラン点検（保険者と介護支援専門員がともに検証する記録）',
  'feature.self-inspection': 'ケアプランの自己点検（気づきの一覧）',
  'feature.office-knowledge-sharing': '点検で得た気づきの事業所内での共有',
  'feature.community-care-meeting': '地域ケア会議・地域ケア個別会議への事例提出と記録',
  'feature.resource-directory': '地域資源（インフォーマルサービスを含む）の一覧',
  'feature.provider-concentration-report': '特定事業所集中減算の判定書類（前6月間の割合）',
  'feature.municipal-notification': '市町村への届出（生活援助中心型の回数・支給限度基準額に占める割合）',
  'feature.specific-office-addition': '特定事業所加算の要件の確認',
  'feature.training-record': '研修・訓練・事例検討会の記録',
  'feature.supervision-record': '主任介護支援専門員によるスーパービジョンの記録',
  'feature.quality-self-evaluation': '事業所による居宅介護支援の質の自己評価',
  'feature.rights-protection-record': '人権の擁護・虐待の防止のための体制の記録',
  'feature.bcp-record': '業務継続計画（BCP）の策定・周知・見直しの記録',
  'feature.appropriate-care-management': '「適切なケアマネジメント手法」（基本ケア・疾患別ケア）の想定される支援内容の参照',
  'feature.collaboration-record': '関係機関・多職種との連携の記録（支援経過・照会）',
  'feature.prevention-care-management': '介護予防ケアマネジメント（類型A・B・C）の管理',
  'feature.benefit-data-review': '給付実績の活用・縦覧点検',
  'feature.care-plan-data-exchange': 'ケアプランデータ連携（標準仕様CSV）',
  'feature.policy-publication': '基本方針（ポリシーパック）の公開と周知',
  'feature.policy-history': '基本方針の版と改訂履歴',
  'feature.policy-effect-report': '気づきの集計による基本方針の浸透・効果の検証',
} as const satisfies Record<string, string>;

/** Id of a Kizuki feature (`feature.care-plan-inspection`). */
export type FeatureId = keyof typeof featureTitles;

/** Every feature id a policy pack may name. */
export const knownFeatureIds = Object.keys(featureTitles) as readonly FeatureId[];

/** True when `value` names a known Kizuki feature. */
export function isKnownFeatureId(value: unknown): value is FeatureId {
  return typeof value === 'string' && Object.hasOwn(featureTitles, value);
}
