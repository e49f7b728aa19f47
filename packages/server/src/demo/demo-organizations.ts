import type { Organization, Role } from '@kizuki/core';

/**
 * Demo organizations. The insurers carry the names of the five municipalities whose published
 * policies Kizuki ships as packs; their 保険者番号 here are demo values, not the real ones.
 * Every person in the demo is fictional.
 */
export const demoInsurers: Organization[] = [
  { id: 'demo-insurer-omagari-senboku', kind: 'insurer', name: '大曲仙北広域市町村圏組合（デモ）', insurerNumber: '059901', policyPackId: 'omagari-senboku' },
  { id: 'demo-insurer-hitachi', kind: 'insurer', name: '日立市（デモ）', insurerNumber: '089902', policyPackId: 'hitachi' },
  { id: 'demo-insurer-shiojiri', kind: 'insurer', name: '塩尻市（デモ）', insurerNumber: '209903', policyPackId: 'shiojiri' },
  { id: 'demo-insurer-nemuro', kind: 'insurer', name: '根室市（デモ）', insurerNumber: '019904', policyPackId: 'nemuro' },
  { id: 'demo-insurer-otaru', kind: 'insurer', name: '小樽市（デモ）', insurerNumber: '019905', policyPackId: 'otaru' },
];

export const demoOffice: Organization = {
  id: 'demo-office',
  kind: 'care_management_office',
  name: 'ひだまり居宅介護支援事業所（デモ）',
  officeNumber: '0879900001',
  defaultInsurerNumber: '089902',
  address: '架空県架空市みどり町1-2-3',
  phone: '000-000-0000',
};

export const demoCenter: Organization = {
  id: 'demo-center',
  kind: 'community_center',
  name: 'みなと地域包括支援センター（デモ）',
  officeNumber: '0879900002',
  defaultInsurerNumber: '089902',
  address: '架空県架空市みなと町4-5-6',
};

/** The demo password of every demo account (shown by `npm start`). */
export const demoPassword = 'kizuki-demo-2025';

/**
 * The 二要素認証 secret (base32) of the demo accounts that must have it (insurer staff, admin),
 * fictional and public like the password: add it to an authenticator app to sign in as them.
 */
export const demoTotpSecret = 'KIZUKIDEMOSECRETKIZUKIDEMOSECRET';

export interface DemoAccount {
  id: string;
  organizationId: string;
  login: string;
  displayName: string;
  role: Role;
}

export const demoAccounts: DemoAccount[] = [
  { id: 'demo-user-cm', organizationId: demoOffice.id, login: 'cm.sato', displayName: '佐藤 みのり', role: 'care_manager' },
  { id: 'demo-user-cm2', organizationId: demoOffice.id, login: 'cm.tanaka', displayName: '田中 健太', role: 'care_manager' },
  { id: 'demo-user-office-admin', organizationId: demoOffice.id, login: 'office.admin', displayName: '鈴木 由美', role: 'office_admin' },
  { id: 'demo-user-center', organizationId: demoCenter.id, login: 'center.staff', displayName: '高橋 さくら', role: 'center_staff' },
  { id: 'demo-user-insurer', organizationId: 'demo-insurer-hitachi', login: 'insurer.hitachi', displayName: '伊藤 誠', role: 'insurer_staff' },
  { id: 'demo-user-admin', organizationId: demoOffice.id, login: 'admin', displayName: 'システム管理者', role: 'admin' },
];
