import { editPackSource, policyAcknowledgementSchema, policyActivitySchema, policyVersionSchema, type PolicyVersion } from '@kizuki/core';
import { bundledSource } from '../services/policy-versions.service.js';
import type { Store } from '../store/store.js';
import { demoInsurers, demoOffice } from './demo-organizations.js';

const insurer = demoInsurers.find((o) => o.id === 'demo-insurer-hitachi')!;
const insurerStaff = { author: 'demo-user-insurer', authorName: '伊藤 誠' };

/** The record id of a demo version (fixed, so tests and links can name it): `demo-policy-hitachi-1-1-0`. */
export const demoPolicyVersionId = (version: string) => `demo-policy-hitachi-${version.replaceAll('.', '-')}`;

/** 日立市's versions: the bundled 1.0.0 and 1.1.0 published, 1.2.0 a draft. */
function versions(): PolicyVersion[] {
  const v100 = bundledSource('hitachi');
  const v110 = editPackSource(v100, [
    { path: ['version'], value: '1.1.0' },
    { path: ['date'], value: '2025-10-01' },
    { path: ['rules', 'plan.no-informal-support', 'severity'], value: 'standard' },
    { path: ['lexicons', 'vagueWords', 'add'], value: ['様子を見る', '安心して'] },
  ]);
  const v120 = editPackSource(v110, [
    { path: ['version'], value: '1.2.0' },
    { path: ['date'], value: '2026-10-01' },
    { path: ['rules', 'plan.family-role-missing', 'severity'], value: 'question' },
  ]);
  return [
    { packId: 'hitachi', version: '1.0.0', basedOn: '', changeNote: '日立市ケアマネジメントに関する基本方針（令和３年度～令和５年度）を初版として公開。', source: v100, status: 'published', publishedOn: '2025-04-01' },
    {
      packId: 'hitachi',
      version: '1.1.0',
      basedOn: 'hitachi@1.0.0',
      changeNote: '地域ケア推進会議での協議を受け、インフォーマルサービスの位置付けがない計画を「基準」として扱うことにしました。目標のあいまいな表現の例に「様子を見る」「安心して」を加えました。',
      source: v110,
      status: 'published',
      publishedOn: '2025-10-01',
    },
    { packId: 'hitachi', version: '1.2.0', basedOn: 'hitachi@1.1.0', changeNote: '家族の役割の記載を「問いかけ」に変更する案（協議中）。', source: v120, status: 'draft' },
  ];
}

const activities = [
  { id: 'demo-act-2025-a', indicator: 'discussion', date: '2025-05-20', title: '日立市地域包括ケア推進会議', participants: '委員12名（医師会・介護支援専門員協会・地域包括支援センター・市）', minutes: '基本方針の運用状況と点検で多かった気づきを共有し、インフォーマルサービスの位置付けについて協議した。', decisions: 'インフォーマルサービスの位置付けがない計画を基準として扱う改訂案を了承。', policyVersion: 'hitachi@1.0.0' },
  { id: 'demo-act-2025-i', indicator: 'publication', date: '2025-10-01', medium: 'website', where: '日立市ホームページ 介護保険のページ', url: 'https://www.example.jp/kaigo/careplan-policy', policyVersion: 'hitachi@1.1.0' },
  {
    id: 'demo-act-2025-u',
    indicator: 'dissemination',
    date: '2025-10-15',
    kind: 'liaison_meeting',
    title: '居宅介護支援事業者連絡会議（基本方針の改訂説明）',
    audience: '市内の居宅介護支援事業所の管理者・介護支援専門員',
    attendance: [{ officeNumber: demoOffice.officeNumber!, officeName: demoOffice.name, careManagers: 3 }],
    materials: '基本方針 1.1.0 の変更点（A4 2枚）、点検でよくある気づきの例',
    policyVersion: 'hitachi@1.1.0',
  },
  { id: 'demo-act-2025-e', indicator: 'effect_verification', date: '2026-03-10', method: '点検した計画の気づきの割合を、連絡会議（10月）の前後で比較', result: 'インフォーマルサービスの位置付けがない計画の割合は 42%（12件中5件）から 25%（12件中3件）。件数が少なく、周知の効果とは断定できない。', policyVersion: 'hitachi@1.1.0' },
  { id: 'demo-act-2026-a', indicator: 'discussion', date: '2026-06-18', title: '日立市介護保険運営協議会', participants: '委員15名', minutes: '家族の役割の記載について、問いかけとして扱う案を協議した。', decisions: '次回の協議で改訂案（1.2.0）を確認する。' },
  {
    id: 'demo-act-2026-u',
    indicator: 'dissemination',
    date: '2026-07-09',
    kind: 'training',
    title: '介護支援専門員研修「本人の言葉で書く目標」',
    audience: '市内の介護支援専門員',
    attendance: [{ officeNumber: demoOffice.officeNumber!, officeName: demoOffice.name, careManagers: 2 }],
    materials: '研修資料（基本方針の重点留意事項）',
  },
];

/**
 * 日立市's 基本方針 in the demo: versions 1.0.0 and 1.1.0 published, 1.2.0 drafted; the demo office
 * acknowledged 1.0.0 only (so the insurer has an office to chase and the office sees a notice);
 * 指標 ア〜エ activities of 令和7年度 and some of 令和8年度.
 */
export async function seedDemoPolicy(store: Store): Promise<void> {
  const bodies = versions().map((v) => policyVersionSchema.parse(v));
  for (const body of bodies) {
    await store.createRecord({ id: demoPolicyVersionId(body.version), tenantId: insurer.id, kind: 'policy_version', body, ...insurerStaff, ...(body.status === 'published' ? { areaInsurerNumber: insurer.insurerNumber! } : {}) });
  }
  const ack = policyAcknowledgementSchema.parse({ insurerOrganizationId: insurer.id, packId: 'hitachi', version: '1.0.0', readBy: '佐藤 みのり', readOn: '2025-04-10', comment: '事業所内の会議で共有しました。' });
  await store.createRecord({ tenantId: demoOffice.id, kind: 'policy_acknowledgement', body: ack, author: 'demo-user-cm', authorName: '佐藤 みのり', addresseeTenantId: insurer.id });
  for (const activity of activities) {
    await store.createRecord({ tenantId: insurer.id, kind: 'policy_activity', body: policyActivitySchema.parse(activity), ...insurerStaff });
  }
}
