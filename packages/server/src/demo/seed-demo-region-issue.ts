import { addDays, meetingEvidenceOf, meetingRecordKind, regionIssueSchema, resourceSchema, unmetNeedSchema, type CouncilDiscussion, type IssueStatus, type RegionIssue, type StoredRecord, type UnmetNeed } from '@kizuki/core';
import type { Store } from '../store/store.js';
import { demoCenter, demoInsurers, demoOffice } from './demo-organizations.js';

/**
 * The region loop in the demo (fictional): the demo office's care managers record, over three
 * quarters, that nobody goes out shopping with clients of ひばり町・みどり町; the 包括 takes it into the
 * 地域課題 register, the 協議体 discusses it, the 社会福祉協議会 trains volunteers, the 地域ケア個別会議
 * of seed-demo-meeting.ts raises the same gap for 北部圏域 (its candidate is linked), and the new
 * directory entry 「ひばり町 おでかけ同行ボランティア 夕やけ便」 (createdForIssueId) closes the issue;
 * 大塚 シズ's plan (demo client 11) uses it as an informal-support line. Two more issues are at
 * earlier steps so every status shows.
 */
const area = '089902';
const insurerId = demoInsurers.find((o) => o.insurerNumber === area)?.id ?? 'demo-insurer-hitachi';

/** Name of the directory entry the demo issue creates; demo client 11's plan names it. */
export const demoIssueResourceName = 'ひばり町 おでかけ同行ボランティア 夕やけ便';

const shoppingNeeds: Array<{ daysAgo: number; body: Partial<UnmetNeed> & Pick<UnmetNeed, 'area' | 'need'> }> = [
  { daysAgo: 200, body: { area: '北部圏域', district: 'ひばり町', need: '平日の夕方にスーパーへ一緒に行ってくれる人', wantedKind: 'volunteer', tags: ['買い物', '同行'], days: [3], ageBand: '85plus', careLevel: '要介護2', note: '長女は土日しか来られない。生活援助の買い物代行では品物を自分で選べない。' } },
  { daysAgo: 130, body: { area: '北部圏域', district: 'みどり町', need: '買い物に付き添い、重い物を家まで運ぶ手伝い', wantedKind: 'volunteer', tags: ['買い物', '同行'], days: [2, 4], ageBand: '75to84', careLevel: '要介護1' } },
  { daysAgo: 70, body: { area: '北部圏域', district: 'ひばり町', need: '夕方の買い物への同行（週1回）', wantedKind: 'volunteer', tags: ['買い物', '同行', '夕方'], days: [3], ageBand: '75to84', careLevel: '要支援2' } },
];

const attendees = ['生活支援コーディネーター（みなと地域包括支援センター）', '社会福祉協議会 ボランティアセンター', '民生委員（北部圏域）', 'ひばり町自治会', '日立市（デモ） 高齢福祉課'];

function step(status: IssueStatus, on: string, note?: string): RegionIssue['history'][number] {
  return { status, on, ...(note ? { note } : {}) };
}

async function saveIssue(store: Store, tenantId: string, author: string, stages: unknown[]): Promise<StoredRecord> {
  const [first, ...rest] = stages.map((s) => regionIssueSchema.parse(s));
  let record = await store.createRecord({ tenantId, kind: 'region_issue', body: first, author, areaInsurerNumber: area });
  for (const body of rest) record = await store.updateRecord({ tenantId, id: record.id, baseRevision: record.revision, body, author, areaInsurerNumber: area });
  return record;
}

export async function seedDemoRegionIssues(store: Store, today: string): Promise<void> {
  const day = (n: number) => addDays(today, -n);
  const needs = shoppingNeeds.map((u) => unmetNeedSchema.parse({ ...u.body, recordedOn: day(u.daysAgo) }));
  const needIds: string[] = [];
  for (const body of needs) needIds.push((await store.createRecord({ tenantId: demoOffice.id, kind: 'region_unmet_need', body, author: 'demo-user-cm2', areaInsurerNumber: area })).id);
  const existing = (await store.listRecords({ tenantId: demoOffice.id }, { kind: 'region_unmet_need', scope: 'own' })) as StoredRecord<UnmetNeed>[];
  const idOf = (text: string) => existing.filter((r) => r.body.need.includes(text)).map((r) => r.id);
  // The 包括's 地域ケア個別会議 candidates for 北部圏域 (seed-demo-meeting.ts runs first).
  const meetings = (await store.listRecords({ tenantId: demoCenter.id }, { kind: meetingRecordKind, scope: 'own' })).map(meetingEvidenceOf);
  const meetingLinks = meetings.flatMap((m) => m.candidates.filter((c) => c.area === '北部圏域').map((c) => ({ recordId: m.id, statement: c.statement, heldOn: m.heldOn, meetingLabel: m.label })));

  const statement = 'ひばり町・みどり町に、買い物や通いの場へ一緒に出かける担い手がいない';
  const base = { statement, area: '北部圏域', district: 'ひばり町', category: 'resourceDevelopment', unmetNeedIds: needIds.slice(0, 2), meetingLinks: [] as RegionIssue['meetingLinks'], resourceIds: [] as string[] };
  const first: CouncilDiscussion = {
    heldOn: day(100), attendees, discussed: '北部圏域で、平日夕方の買い物同行の不足が2四半期続けて記録されている。生活援助の買い物代行では本人が品物を選べず、意欲の低下につながっている。',
    decisions: '住民ボランティアによる買い物同行を立ち上げる。社会福祉協議会がボランティア養成講座を開く。', nextSteps: '社会福祉協議会: 養成講座の日程案（1か月以内）。生活支援コーディネーター: ひばり町自治会に担い手を相談。',
  };
  const second: CouncilDiscussion = {
    heldOn: day(60), attendees, discussed: '養成講座の受講者8人。ひばり町集会所を集合場所に、水曜夕方にスーパーまで同行する案。',
    decisions: '水曜16時〜17時30分で試行する。保険は社会福祉協議会のボランティア保険。', nextSteps: '生活支援コーディネーター: 試行の結果を次回報告。',
  };
  const third: CouncilDiscussion = {
    heldOn: day(4), attendees, discussed: `試行は6週で延べ30人が利用。${meetingLinks.length > 0 ? '地域ケア個別会議でも、冬に通いの場へ出かける手段がないことが地域課題の候補に挙がった。' : ''}`,
    decisions: '水曜夕方の買い物同行を続け、冬季は通いの場への同行も行う。', nextSteps: '生活支援コーディネーター: 社会資源の一覧に登録し、管内の居宅介護支援事業所に周知。',
  };
  const identified = { ...base, status: 'identified', history: [step('identified', day(125), '不足している資源の記録が2件（2四半期）')] };
  const council = { ...identified, status: 'council', history: [...identified.history, step('council', day(100))], discussions: [first] };
  const developing = { ...council, status: 'developing', unmetNeedIds: needIds, history: [...council.history, step('developing', day(60), '社会福祉協議会が担い手を養成')], discussions: [first, second] };
  const center = { tenantId: demoCenter.id, author: 'demo-user-center' };
  const issue = await saveIssue(store, center.tenantId, center.author, [identified, council, developing]);

  const resource = resourceSchema.parse({
    name: demoIssueResourceName, kind: 'volunteer', area: '北部圏域', district: 'ひばり町', tags: ['買い物', '同行', '外出', '通いの場', '荷物運び'], days: [3], start: '16:00', end: '17:30', cost: '無料',
    capacity: 6, waiting: 0, contact: '社会福祉協議会 ボランティアセンター 0000-00-1003', address: 'ひばり町集会所（集合）', maintainer: 'みなと地域包括支援センター 生活支援コーディネーター', confirmedOn: day(3),
    scheduleNote: '冬季は通いの場への同行も', description: '養成講座を受けた住民ボランティアが、近くのスーパーまで一緒に歩き、品物選びを見守り、荷物を家まで運びます。冬は通いの場への行き帰りにも付き添います。', createdForIssueId: issue.id,
  });
  const created = await store.createRecord({ tenantId: center.tenantId, kind: 'region_resource', body: resource, author: center.author, areaInsurerNumber: area });
  const resolved = regionIssueSchema.parse({
    ...developing, status: 'resolved', meetingLinks, discussions: [first, second, third], resourceIds: [created.id],
    history: [...developing.history, step('resolved', day(3), '夕やけ便を社会資源の一覧に登録')], resolution: '住民ボランティアの同行「夕やけ便」（水曜夕方の買い物、冬季は通いの場へも）を開始。',
  });
  await store.updateRecord({ tenantId: center.tenantId, id: issue.id, baseRevision: issue.revision, body: resolved, author: center.author, areaInsurerNumber: area });

  // Two more issues at earlier steps, kept by the insurer and the 包括.
  const meals = { statement: '中央圏域で、土日に減塩食を届ける配食がない', area: '中央圏域', category: 'resourceDevelopment', unmetNeedIds: idOf('土日の配食'), status: 'identified', history: [step('identified', day(80))] };
  await saveIssue(store, insurerId, 'demo-user-insurer', [
    meals,
    { ...meals, status: 'council', history: [...meals.history, step('council', day(30))], discussions: [{ heldOn: day(30), attendees: ['日立市（デモ） 高齢福祉課', '生活支援コーディネーター（みなと地域包括支援センター）', '配食事業者（2社）'], discussed: '土日の配食の需要と、事業者の人手。', nextSteps: '高齢福祉課: 土日の配食に補助ができるか次年度予算で検討。' }] },
  ]);
  await saveIssue(store, center.tenantId, center.author, [
    { statement: 'みさき町に歩いて行ける通いの場や買い物の手段が少ない', area: '南部圏域', district: 'みさき町', category: 'issueDiscovery', unmetNeedIds: [...idOf('夕方の買い物に同行'), ...idOf('通いの場')], status: 'identified', history: [step('identified', day(10))] },
  ]);
}
