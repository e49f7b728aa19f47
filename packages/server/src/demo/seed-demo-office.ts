import { addDays, addMonths, daysInMonth, fiscalYearOfMonth, judgementPeriodOf, recordKindRule, serviceUsageSchema, trainingTopics, type RecordKind } from '@kizuki/core';
import { getPolicyPack } from '../policy/load-packs.js';
import type { Store } from '../store/store.js';
import { providers } from './case-files/providers.js';
import { demoOffice } from './demo-organizations.js';

const admin = { id: 'demo-user-office-admin', name: '鈴木 由美' };

/** Fictional staff of ひだまり居宅介護支援事業所（デモ）: one 主任 (so (Ⅱ), not (Ⅰ)), three care managers, a clerk. */
function staff(today: string) {
  return [
    { name: '鈴木 由美', userId: 'demo-user-office-admin', qualification: 'chief_care_manager', employment: 'full_time', dedication: 'concurrent_allowed', weeklyHours: 40, chiefValidUntil: addDays(today, 300), cardValidUntil: addMonths(today, 30), hiredOn: addMonths(today, -96), notes: '管理者と兼務' },
    { name: '佐藤 みのり', userId: 'demo-user-cm', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: addMonths(today, 40), hiredOn: addMonths(today, -60) },
    { name: '田中 健太', userId: 'demo-user-cm2', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: addDays(today, 120), hiredOn: addMonths(today, -40) },
    { name: '山本 直子', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: addMonths(today, 22), hiredOn: addMonths(today, -20) },
    { name: '中村 聡', qualification: 'clerk', employment: 'part_time', dedication: 'concurrent_other', weeklyHours: 20, hiredOn: addMonths(today, -30), notes: '請求事務' },
    // Hired lately: the 採用時研修 is still to do.
    { name: '小林 さやか', qualification: 'clerk', employment: 'part_time', dedication: 'concurrent_other', weeklyHours: 24, hiredOn: addDays(today, -20), notes: '受付・記録の整理' },
  ];
}

/**
 * Items of the demo's yearly training plan: the yearly trainings already held this 年度 (done), one
 * item of 山本 planned last month and not yet recorded (overdue, within the month of grace so (Ⅱ)
 * holds), the ハラスメント研修 of this month and the trainings to come. Only months of the 年度 are
 * planned (in April there is no month before, so nothing is overdue).
 */
function plannedTrainings(today: string, managers: string[]) {
  const month = today.slice(0, 7);
  const fy = fiscalYearOfMonth(month);
  const monthOf = (monthsAgo: number) => addMonths(today, -monthsAgo).slice(0, 7);
  const held = [
    { topic: 'bcp_training', monthsAgo: 8 },
    { topic: 'infection', monthsAgo: 5 },
    { topic: 'abuse_prevention', monthsAgo: 3 },
  ] as const;
  const items = [
    ...held.map((h) => ({ topic: h.topic, title: trainingTopics[h.topic].label, plannedMonth: monthOf(h.monthsAgo), staffIds: [] as string[] })),
    { topic: 'other', title: '認知症の方の意思決定支援の研修（県）', plannedMonth: monthOf(1), staffIds: [managers[3]!] },
    { topic: 'harassment', title: 'ハラスメント対策の研修', plannedMonth: month, staffIds: [] },
    { topic: 'bcp_drill', title: 'BCPの訓練（夜間の災害を想定）', plannedMonth: monthOf(-1), staffIds: [] },
    { topic: 'other', title: '主任介護支援専門員更新研修', plannedMonth: monthOf(-2), staffIds: [managers[0]!] },
  ];
  return items.filter((i) => fiscalYearOfMonth(i.plannedMonth) === fy);
}

async function put(store: Store, kind: RecordKind, body: unknown): Promise<string> {
  const parsed = recordKindRule(kind).schema.parse(body);
  const record = await store.createRecord({ tenantId: demoOffice.id, kind, body: parsed, author: admin.id, authorName: admin.name });
  return record.id;
}

/**
 * This month's 利用票 of 高田 キヨ (要介護2, 夫も家事ができない; 第1表に生活援助中心型の算定理由なし):
 * 生活援助 every morning and on 月・水・金 evenings too, which reaches the 告示の回数 (34) whatever
 * the month's length, so 市町村への届出 has a plan to list. サービスコード and 単位数 are plausible
 * examples for the demo, like the case files' 利用票.
 */
async function seedNotificationUsage(store: Store, today: string): Promise<void> {
  const client = (await store.listClients(demoOffice.id)).find((c) => c.name === '高田 キヨ');
  if (!client) return;
  const documents = await store.listDocuments(demoOffice.id, client.id);
  const plan = documents.filter((d) => d.kind === 'care_plan').at(-1);
  const cert = documents.filter((d) => d.kind === 'certification').at(-1);
  const month = today.slice(0, 7);
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  const days = Array.from({ length: daysInMonth(year, monthNumber) }, (_, i) => i + 1);
  const weekday = (day: number) => new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay();
  const helper = { providerOfficeNumber: providers.aozoraHelper.officeNumber, providerName: providers.aozoraHelper.name };
  const usage = serviceUsageSchema.parse({
    id: 'demo-usage-05-notification',
    month,
    createdOn: addDays(`${month}-01`, -6),
    ...(plan ? { carePlanId: plan.id } : {}),
    ...(cert ? { certificationId: cert.id } : {}),
    lines: [
      { id: 'demo-usage-05-line-1', ...helper, serviceCode: '118211', serviceName: '生活援助3', units: 220, startTime: '09:00', endTime: '10:00', plannedDays: days },
      { id: 'demo-usage-05-line-2', ...helper, serviceCode: '118111', serviceName: '生活援助2', units: 179, startTime: '16:30', endTime: '17:00', plannedDays: days.filter((d) => [1, 3, 5].includes(weekday(d))) },
      { id: 'demo-usage-05-line-3', providerOfficeNumber: providers.sakuraDay.officeNumber, providerName: providers.sakuraDay.name, serviceCode: '151111', serviceName: '通所介護11', units: 658, startTime: '09:30', endTime: '16:00', plannedDays: days.filter((d) => [2, 4].includes(weekday(d))) },
    ],
    confirmedOn: addDays(`${month}-01`, -3),
    confirmedBy: '本人',
  });
  await store.createDocument(demoOffice.id, { id: usage.id, clientId: client.id, kind: 'service_usage', body: usage }, 'demo-user-cm');
}

/**
 * The office's compliance records for the demo: staff register, 事業所の体制, weekly meetings,
 * the year's training plan and the other evidence of 特定事業所加算(Ⅱ), trainings (the BCP drill
 * overdue), an infection BCP (the disaster BCP not yet written), and a 利用票 whose 生活援助 reaches
 * the 告示の回数.
 */
export async function seedDemoOffice(store: Store, today: string): Promise<void> {
  await seedNotificationUsage(store, today);
  const staffIds: string[] = [];
  for (const member of staff(today)) staffIds.push(await put(store, 'staff_member', member));
  await put(store, 'office_profile', {
    billingType: 'I',
    fullTimeWeeklyHours: 40,
    contact24h: '管理者と介護支援専門員が週替わりで事業所の携帯電話を持ち、夜間・休日も連絡を受ける（当番表を毎月作成）',
    difficultCases: '地域包括支援センターから紹介された支援困難事例は、管理者が受け、担当を決めて引き受ける',
    practicum: '茨城県介護支援専門員実務研修の実習受入れに協力（年1名程度）',
  });
  const fy = fiscalYearOfMonth(today.slice(0, 7));
  const fyStart = `${fy}-04-01`;
  const inYear = (days: number) => (addDays(today, -days) < fyStart ? fyStart : addDays(today, -days));
  const managers = staffIds.slice(0, 4);
  await put(store, 'office_activity', { type: 'training_plan', date: addDays(fyStart, -20), title: `${fy}年度 介護支援専門員ごとの研修計画`, participants: '鈴木、佐藤、田中、山本', content: '各自の経験年数に応じ、法定研修・地域の事例検討会・事業所内研修を割り当てた。', staffIds: managers, plannedItems: plannedTrainings(today, managers) });
  for (let week = 0; week < 14; week += 1) {
    await put(store, 'office_activity', { type: 'meeting', date: addDays(today, -7 * week), title: '定例会議（利用者情報の共有）', participants: '鈴木、佐藤、田中、山本', content: '新規・変更のあった利用者の情報と、サービス提供上の留意事項を共有した。' });
  }
  await put(store, 'office_activity', { type: 'diverse_study', date: inYear(40), title: 'ヤングケアラー支援の事例検討会（市主催）', participants: '佐藤、田中', content: '家族の介護を担う児童への支援と関係機関の連携を学んだ。' });
  await put(store, 'office_activity', { type: 'joint_conference', date: inYear(25), title: '近隣3事業所合同の事例検討会', participants: '鈴木、山本ほか他法人6名', content: '認知症の独居の方の支援について検討した。' });
  await put(store, 'office_activity', { type: 'difficult_case', date: inYear(60), title: '包括から紹介: 経済的困窮のある独居の方', participants: '田中', content: '包括と同行訪問し、受け入れた。' });
  // All staff but the newcomer took them: the planned trainings of the 年度 are matched with these.
  const everyone = staffIds.slice(0, 5);
  await put(store, 'training_record', { topic: 'bcp_training', date: addMonths(today, -8), title: 'BCP（感染症・災害）の内容の共有', method: 'lecture', participants: '全職員5名', content: '業務継続計画の内容と役割分担を確認した。', materials: '事業所BCP（感染症）', staffIds: everyone });
  await put(store, 'training_record', { topic: 'bcp_drill', date: addMonths(today, -14), title: '地震を想定した安否確認訓練', method: 'desk', participants: '全職員5名', content: '利用者の安否確認の順番と連絡手段を確認した。', staffIds: everyone });
  await put(store, 'training_record', { topic: 'infection', date: addMonths(today, -5), title: '感染症予防と訪問時の対応', method: 'practical', participants: '全職員5名', content: '手指衛生、ガウンの着脱を実習した。', staffIds: everyone });
  await put(store, 'training_record', { topic: 'abuse_prevention', date: addMonths(today, -3), title: '高齢者虐待防止と権利擁護', method: 'lecture', participants: '全職員5名', content: '虐待の早期発見と通報の流れ、不適切なケアの例を学んだ。', staffIds: everyone });
  await put(store, 'supervision_record', { date: addDays(today, -21), supervisor: '鈴木 由美', supervisee: '山本 直子', method: 'individual', theme: '独居の認知症の方の支援の振り返り', content: 'モニタリングの記録をもとに、本人の意向の確かめ方を一緒に振り返った。', followUp: '次回は家族との面談に同席する。' });
  await put(store, 'supervision_record', { date: addDays(today, -50), supervisor: '鈴木 由美', supervisee: '佐藤 みのり、田中 健太', method: 'case_conference', theme: '医療連携の事例検討', content: '退院時の情報共有の課題を整理した。' });
  await put(store, 'rights_protection_record', { type: 'person_in_charge', date: addMonths(today, -10), title: '虐待防止の担当者に管理者を選任', participants: '鈴木 由美' });
  await put(store, 'rights_protection_record', { type: 'guideline', date: addMonths(today, -10), title: '虐待防止のための指針を見直し', content: '通報の流れと相談窓口（市・包括）を更新した。' });
  await put(store, 'rights_protection_record', { type: 'committee', date: addMonths(today, -2), title: '虐待防止検討委員会（第2回）', participants: '全職員5名', content: '不適切なケアの兆しの共有方法を決めた。' });
  const pack = getPolicyPack('hitachi');
  const ratings = ['done', 'partly', 'done', 'not_yet'] as const;
  const items = pack.checklists.flatMap((list) => list.items.map((item) => ({ itemId: item.id, text: `${list.title}: ${item.text}` })));
  await put(store, 'quality_self_evaluation', { fiscalYear: fy, packId: 'hitachi', items: items.map((item, i) => (i < 8 ? { ...item, rating: ratings[i % ratings.length] } : item)), summary: '前半の項目を評価した。残りは次の会議で評価する。' });
  // The infection BCP as first written, then the yearly review's version: the page shows what changed between them.
  const firstBcp = {
    type: 'infection',
    title: '感染症に係る業務継続計画',
    sections: [
      { heading: '平時からの備え', text: '感染対策委員会（管理者・主任）を置き、マスク・手袋・消毒液を1週間分備蓄する。' },
      { heading: '初動対応', text: '職員・利用者に感染疑いがあれば管理者に報告し、サービス事業所と保健所に連絡する。' },
      { heading: '感染拡大防止体制の確立', text: '保健所の指示に従い、濃厚接触者の訪問を控える。' },
    ],
  };
  const bcpId = await put(store, 'bcp_document', firstBcp);
  await store.updateRecord({
    tenantId: demoOffice.id,
    id: bcpId,
    baseRevision: 1,
    author: admin.id,
    authorName: admin.name,
    body: recordKindRule('bcp_document').schema.parse({
      ...firstBcp,
      sections: [
        { heading: '平時からの備え', text: '感染対策委員会（管理者・主任）を置き、マスク・手袋・消毒液を2週間分備蓄する。' },
        firstBcp.sections[1],
        { heading: '感染拡大防止体制の確立', text: '保健所の指示に従い、濃厚接触者の訪問は電話モニタリングに切り替える。関係者には日々の状況を共有する。' },
      ],
      reviewedOn: addMonths(today, -8),
      reviewNote: '備蓄を2週間分に増やし、濃厚接触者には電話モニタリングで支援を続けることにした。連絡先一覧を更新した。',
    }),
  });
  // 特定事業所集中減算, this 判定期間: 訪問介護 is under 80% by 事業所 (あおぞら 5 of 8) but over it by 法人
  // (あおぞら and あおぞら北, 7 of 8), with a 正当な理由 recorded; 福祉用具貸与 stays just under (ささえ 7 of 9).
  // かえで, ひなた, さくら and こみち have no 法人 recorded, so the page lists them.
  const aozora = { corporationName: '社会福祉法人 あおぞら福祉会（デモ）', corporationAddress: '架空県架空市そよかぜ町2-4-6', source: '介護サービス情報公表システム（事業所の運営法人）', confirmedOn: addMonths(today, -2) };
  await put(store, 'provider_corporation', { providerOfficeNumber: providers.aozoraHelper.officeNumber, providerName: providers.aozoraHelper.name, ...aozora });
  await put(store, 'provider_corporation', { providerOfficeNumber: providers.aozoraHelperKita.officeNumber, providerName: providers.aozoraHelperKita.name, ...aozora });
  await put(store, 'provider_corporation', {
    providerOfficeNumber: providers.sasaeEquipment.officeNumber,
    providerName: providers.sasaeEquipment.name,
    corporationName: '株式会社ささえ（デモ）',
    source: '事業所の重要事項説明書',
    confirmedOn: addMonths(today, -2),
  });
  await put(store, 'concentration_reason', {
    periodStart: judgementPeriodOf(today).start,
    serviceCode: '11',
    reason: 'few_providers',
    explanation: '通常の事業の実施地域で早朝・夜間の訪問に応じる訪問介護事業所が3か所しかなく、利用者の希望する時間帯に対応できるのが社会福祉法人あおぞら福祉会の2事業所（あおぞらヘルパーステーション、同 北）のみのため。',
    evidence: '市の介護サービス事業所一覧、各利用者の支援経過（事業所の選択の記録）',
  });
  // 特定事業所加算(A) の連携: kept though the office meets (Ⅱ) on its own, in case a 主任 or care manager leaves.
  await put(store, 'partner_agreement', {
    partnerName: 'かしわ居宅介護支援事業所（デモ）',
    partnerOfficeNumber: '0879930001',
    agreedOn: addMonths(today, -6),
    requirements: ['r4', 'r6', 'r12'],
    shared: '夜間・休日の連絡当番の相互応援、年度の研修計画の共同作成、合同の事例検討会（年2回）',
  });
}
