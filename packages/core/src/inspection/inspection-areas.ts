import type { RuleId } from '../policy/rule-ids.js';

/**
 * The areas a ケアプラン点検 sorts its observations into, as 小樽市 publishes its 総評
 * ((1) ケアマネジメントプロセス (2) アセスメント (3) ケアプラン (4) 連携 (5) リハビリ) and as the
 * ケアプラン点検支援マニュアル walks the forms. Kept as data: an insurer may use others.
 */
export const inspectionAreas = {
  process: 'ケアマネジメントプロセス',
  assessment: 'アセスメント',
  care_plan: 'ケアプラン',
  collaboration: '連携',
  rehabilitation: 'リハビリ',
} as const;
export type InspectionArea = keyof typeof inspectionAreas;
export const inspectionAreaKeys = Object.keys(inspectionAreas) as [InspectionArea, ...InspectionArea[]];

/** Rules whose 気づき belong to another area than their family (assessment.* → アセスメント …). */
const areaOfRule: Partial<Record<RuleId, InspectionArea>> = {
  'plan.medical-service-without-physician': 'collaboration',
  'process.service-plans-not-requested': 'collaboration',
  'plan.rehab-not-considered': 'rehabilitation',
};

/** The area an automatic 気づき starts in when a 点検者 takes it up (they may move it). */
export function inspectionAreaOfRule(ruleId: RuleId): InspectionArea {
  const own = areaOfRule[ruleId];
  if (own) return own;
  if (ruleId.startsWith('assessment.')) return 'assessment';
  if (ruleId.startsWith('process.')) return 'process';
  return 'care_plan';
}
