import { resourceSchema, unmetNeedSchema, addDays, type Resource, type UnmetNeed } from '@kizuki/core';
import type { Store } from '../store/store.js';
import { demoCenter, demoInsurers, demoOffice } from './demo-organizations.js';

/**
 * Demo 社会資源 of 日立市（デモ）'s area (fictional groups, places and numbers) kept by the insurer and
 * the 包括, and a few de-identified unmet needs recorded by the demo office, so the directory, the
 * map and the plan editor's suggestions have content after `npm start`.
 */
const area = '089902';
const insurerId = demoInsurers.find((o) => o.insurerNumber === area)?.id ?? 'demo-insurer-hitachi';

const resources: Array<{ keeper: 'insurer' | 'center'; confirmedDaysAgo?: number; body: Partial<Resource> & Pick<Resource, 'name' | 'kind' | 'area' | 'maintainer'> }> = [
  { keeper: 'center', body: { name: 'ひばり町いきいき百歳体操', kind: 'gathering_place', area: '北部圏域', district: 'ひばり町', tags: ['体操', '散歩', '筋力', '仲間づくり'], days: [2, 5], start: '10:00', end: '11:30', cost: '無料', capacity: 25, waiting: 0, contact: 'ひばり町集会所 0000-00-1001', address: 'ひばり町集会所', maintainer: 'みなと地域包括支援センター 生活支援コーディネーター', description: 'おもりを使った体操のあと、近くの公園をみんなで歩きます。' } },
  { keeper: 'center', body: { name: 'みどり町ふれあいサロン', kind: 'salon', area: '北部圏域', district: 'みどり町', tags: ['交流', 'お茶会', '話し相手', '脳トレ'], days: [3], start: '13:30', end: '15:30', scheduleNote: '第2・第4水曜', cost: '1回100円', capacity: 20, contact: 'みどり町自治会 0000-00-1002', maintainer: 'みどり町自治会' } },
  { keeper: 'center', body: { name: 'ひばり町見守りボランティア', kind: 'watching', area: '北部圏域', district: 'ひばり町', tags: ['見守り', '声かけ', 'ゴミ出し'], scheduleNote: '随時', cost: '無料', contact: '社会福祉協議会 0000-00-1003', maintainer: '社会福祉協議会 ボランティアセンター' } },
  { keeper: 'insurer', body: { name: 'あおば配食サービス', kind: 'meal_delivery', area: '北部圏域', district: 'ひばり町', tags: ['配食', '弁当', '安否確認', '減塩食'], days: [1, 2, 3, 4, 5], start: '11:00', end: '12:30', cost: '1食550円', contact: '0000-00-2001', maintainer: '日立市（デモ） 高齢福祉課' } },
  { keeper: 'insurer', body: { name: 'みなと町買い物送迎便', kind: 'transport', area: '南部圏域', district: 'みなと町', tags: ['買い物', '送迎', '移動'], days: [4], start: '09:30', end: '12:00', cost: '1回200円', capacity: 8, waiting: 3, contact: 'みなと町地区社協 0000-00-2002', maintainer: 'みなと町地区社会福祉協議会' } },
  { keeper: 'insurer', body: { name: 'みなと老人クラブ 寿会', kind: 'senior_club', area: '南部圏域', district: 'みなと町', tags: ['趣味', 'グラウンドゴルフ', '仲間'], days: [1], start: '09:00', end: '11:00', cost: '年会費1,200円', contact: '0000-00-2003', maintainer: '寿会 会長' } },
  { keeper: 'insurer', confirmedDaysAgo: 420, body: { name: '北部圏域 民生委員（ひばり町・みどり町）', kind: 'welfare_commissioner', area: '北部圏域', district: 'みどり町', tags: ['相談', '見守り', '安否'], scheduleNote: '随時・要連絡', cost: '無料', contact: '日立市（デモ） 福祉総務課 0000-00-2004', maintainer: '日立市（デモ） 福祉総務課' } },
  { keeper: 'insurer', body: { name: 'さくら通所型サービスA', kind: 'comprehensive_service', area: '中央圏域', district: 'いなほ町', tags: ['運動', '体操', '入浴なし', '短時間'], days: [1, 4], start: '13:30', end: '15:30', cost: '1回300円', capacity: 15, waiting: 0, contact: '0000-00-2005', maintainer: '日立市（デモ） 高齢福祉課' } },
  { keeper: 'insurer', body: { name: 'みさき歯科クリニック', kind: 'medical', area: '南部圏域', district: 'みさき町', tags: ['歯科', '訪問歯科', '口腔ケア', '受診'], days: [1, 2, 3, 5, 6], start: '09:00', end: '18:00', contact: '0000-00-2006', maintainer: '日立市（デモ） 地域医療係' } },
];

const unmet: Array<{ daysAgo: number; body: Partial<UnmetNeed> & Pick<UnmetNeed, 'area' | 'need'> }> = [
  { daysAgo: 12, body: { area: '南部圏域', district: 'みさき町', need: '夕方の買い物に同行してくれる人（週1回）', wantedKind: 'volunteer', tags: ['買い物', '同行'], days: [3], ageBand: '85plus', careLevel: '要介護1', note: '長女が来られない週の買い物ができない。送迎便は木曜午前のみ。' } },
  { daysAgo: 40, body: { area: '南部圏域', district: 'みさき町', need: '歩いて行ける距離の通いの場（みさき町内）', wantedKind: 'gathering_place', tags: ['体操', '交流'], days: [], ageBand: '75to84', careLevel: '要支援2' } },
  { daysAgo: 95, body: { area: '中央圏域', district: 'はまなす町', need: '土日の配食（減塩食）', wantedKind: 'meal_delivery', tags: ['配食', '減塩食'], days: [6, 7], ageBand: '75to84', careLevel: '要介護2' } },
];

export async function seedDemoRegion(store: Store, today: string): Promise<void> {
  // Validate everything before writing.
  const parsedResources = resources.map((r) => ({ keeper: r.keeper, body: resourceSchema.parse({ ...r.body, confirmedOn: addDays(today, -(r.confirmedDaysAgo ?? 30)) }) }));
  const parsedUnmet = unmet.map((u) => unmetNeedSchema.parse({ ...u.body, recordedOn: addDays(today, -u.daysAgo) }));
  for (const { keeper, body } of parsedResources) {
    const tenantId = keeper === 'insurer' ? insurerId : demoCenter.id;
    await store.createRecord({ tenantId, kind: 'region_resource', body, author: keeper === 'insurer' ? 'demo-user-insurer' : 'demo-user-center', areaInsurerNumber: area });
  }
  for (const body of parsedUnmet) {
    await store.createRecord({ tenantId: demoOffice.id, kind: 'region_unmet_need', body, author: 'demo-user-cm', areaInsurerNumber: area });
  }
}
