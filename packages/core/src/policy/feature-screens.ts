import { roleLabels, type Role } from '../domain/organization.schema.js';
import type { FeatureId } from './feature-ids.js';

/**
 * Where each Kizuki feature a policy pack may name is served in the web: the screen's path and the
 * roles that use it. `:clientId` stands for any client's case file. A feature without an entry has
 * no screen yet, and docs/policies.md says so.
 */
export interface FeatureScreen {
  /** web route path (`/inspection`, `/clients/:clientId/support-log`) */
  path: string;
  /** 画面の名前 */
  label: string;
  roles: readonly Role[];
}

const officeRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff'];
const inspectionRoles: readonly Role[] = ['insurer_staff', 'office_admin', 'center_staff', 'care_manager'];

export const featureScreens: Partial<Record<FeatureId, readonly FeatureScreen[]>> = {
  'feature.care-plan-inspection': [{ path: '/inspection', label: 'ケアプラン点検', roles: inspectionRoles }],
  'feature.self-inspection': [
    { path: '/inspection', label: 'ケアプラン点検（自己点検）', roles: ['office_admin', 'center_staff'] },
    { path: '/', label: '気づきの一覧', roles: officeRoles },
  ],
  'feature.office-knowledge-sharing': [{ path: '/inspection', label: 'ケアプラン点検（事業所内での共有の記録）', roles: ['office_admin', 'center_staff', 'care_manager'] }],
  'feature.policy-publication': [{ path: '/policy', label: '基本方針', roles: ['insurer_staff', ...officeRoles] }],
  'feature.policy-history': [{ path: '/policy', label: '基本方針（版と改訂履歴）', roles: ['insurer_staff', ...officeRoles] }],
  'feature.policy-effect-report': [
    { path: '/effect', label: '方針の効果', roles: ['insurer_staff'] },
    { path: '/effect', label: '方針の効果（事業所の匿名集計）', roles: ['office_admin', 'center_staff'] },
  ],
  'feature.benefit-data-review': [{ path: '/effect/benefit-review', label: '給付実績の活用', roles: ['insurer_staff', 'office_admin', 'center_staff', 'care_manager'] }],
  'feature.care-plan-data-exchange': [
    { path: '/csv-import', label: 'CSV取り込み', roles: officeRoles },
    { path: '/csv-audit', label: 'ケアプラン点検（CSV）', roles: ['insurer_staff'] },
  ],
  'feature.collaboration-record': [{ path: '/clients/:clientId/support-log', label: '支援経過', roles: officeRoles }],
  'feature.community-care-meeting': [
    { path: '/region/meetings', label: '地域ケア会議', roles: ['center_staff', 'insurer_staff'] },
    { path: '/region/issues', label: '地域課題（会議の候補・不足している資源から協議体へ）', roles: ['center_staff', 'insurer_staff'] },
    { path: '/clients/:clientId', label: '地域ケア会議に提出（ケースファイル）', roles: officeRoles },
  ],
  'feature.resource-directory': [
    { path: '/region', label: '地域の社会資源', roles: ['insurer_staff', ...officeRoles] },
    { path: '/region/reports', label: '不足している資源の集計・協議体の資料', roles: ['insurer_staff', 'center_staff'] },
  ],
  'feature.prevention-care-management': [
    { path: '/clients/:clientId/prevention', label: '介護予防（基本チェックリスト・類型A/B/C・委託と確認欄・介護予防手帳）', roles: ['center_staff', 'care_manager'] },
    { path: '/prevention', label: '委託状況（地域包括支援センター）・委託された利用者（居宅介護支援事業所）', roles: ['center_staff', 'care_manager', 'office_admin'] },
  ],
  'feature.specific-office-addition': [{ path: '/office/addition', label: '特定事業所加算（算定要件確認表）', roles: ['office_admin', 'care_manager'] }],
  'feature.provider-concentration-report': [{ path: '/office/concentration', label: '特定事業所集中減算（判定書）', roles: ['office_admin', 'care_manager'] }],
  'feature.municipal-notification': [{ path: '/office/notifications', label: '市町村への届出（生活援助中心型の回数・支給限度基準額に占める割合）', roles: ['office_admin', 'care_manager'] }],
  'feature.training-record': [{ path: '/office/training', label: '研修・訓練の記録', roles: ['office_admin', 'care_manager'] }],
  'feature.bcp-record': [{ path: '/office/bcp', label: '業務継続計画（BCP）と安否確認の一覧', roles: ['office_admin', 'care_manager'] }],
  'feature.supervision-record': [{ path: '/office/practice', label: 'スーパービジョンの記録', roles: ['office_admin', 'care_manager'] }],
  'feature.quality-self-evaluation': [{ path: '/office/practice', label: '質の自己評価', roles: ['office_admin', 'care_manager'] }],
  'feature.rights-protection-record': [{ path: '/office/practice', label: '人権の擁護・虐待の防止の記録', roles: ['office_admin', 'care_manager'] }],
};

/** The screens of a feature (empty when it has none yet). */
export function screensOfFeature(id: FeatureId): readonly FeatureScreen[] {
  return featureScreens[id] ?? [];
}

/** 「/inspection（保険者職員・事業所管理者）」 for docs and lists. */
export function describeFeatureScreens(id: FeatureId): string {
  const screens = screensOfFeature(id);
  if (screens.length === 0) return 'Kizuki にはまだ画面がありません';
  return screens.map((s) => `${s.label} \`${s.path}\`（${s.roles.map((r) => roleLabels[r]).join('・')}）`).join('、');
}
