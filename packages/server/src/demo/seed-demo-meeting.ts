import { addDays, KizukiError, type CommunityCareMeeting } from '@kizuki/core';
import { createRecord } from '../services/record.service.js';
import { finalizeMeeting, presentCase } from '../services/community-meeting.service.js';
import type { Actor } from '../services/context.js';
import type { Store } from '../store/store.js';
import { demoCenter, demoOffice } from './demo-organizations.js';

/** Demo client 01 (小松 ハル, fictional), presented by the demo care manager. */
const presentedClient = 'demo-client-01';

async function actorOf(store: Store, tenantId: string, userId: string): Promise<Actor> {
  const user = await store.getUser(tenantId, userId);
  const organization = await store.getOrganization(tenantId);
  if (!user || !organization) throw new KizukiError('internal', `デモの利用者 ${userId} が見つかりません。`);
  return { user, organization, tenantId };
}

/**
 * 地域ケア会議 in the demo: the care manager of the 居宅介護支援事業所 presents client 01 to the
 * 地域包括支援センター, which holds a 地域ケア個別会議 ten days ago, records advice from the 理学療法士
 * and the 管理栄養士, agrees actions and a 地域課題 candidate, and finalizes it, so the advice is in
 * the client's 支援経過 and the case file's 地域ケア会議の助言.
 */
export async function seedDemoMeeting(store: Store, today: string): Promise<void> {
  const heldOn = addDays(today, -10);
  const at = (day: string) => () => new Date(`${day}T01:00:00Z`);
  const cm = await actorOf(store, demoOffice.id, 'demo-user-cm');
  const staff = await actorOf(store, demoCenter.id, 'demo-user-center');
  const { presentation, grant } = await presentCase({ store, now: at(addDays(today, -14)) }, cm, {
    clientId: presentedClient,
    meetingOrganizationId: demoCenter.id,
    area: '北部圏域',
    questions: '冬場に畑とサロンへの外出が減ると脚力が落ちそうです。雪の時期も外出と運動を続けるための工夫と、地域の協力を得る方法について助言をいただきたいです。',
    validUntil: addDays(today, 45),
    meetingNote: '北部圏域 地域ケア個別会議',
    shown: {},
  });
  const body: CommunityCareMeeting = {
    kind: 'individual',
    status: 'draft',
    title: '北部圏域 第2回',
    heldOn,
    place: 'みなと地域包括支援センター 会議室',
    area: '北部圏域',
    attendees: [
      { name: '石田 亮', profession: 'physical_therapist', organization: 'みなと病院 リハビリテーション科' },
      { name: '岡本 里美', profession: 'dietitian', organization: '日立市（デモ） 健康づくり推進課' },
      { name: '西村 香', profession: 'dental_hygienist', organization: 'みさき歯科クリニック' },
      { name: '高橋 さくら', profession: 'chief_care_manager', organization: demoCenter.name },
      { name: '松井 和夫', profession: 'life_support_coordinator', organization: '社会福祉協議会' },
      { name: '佐藤 みのり', profession: 'care_manager', organization: demoOffice.name },
    ],
    cases: [
      {
        id: 'demo-meeting-case-1',
        presentation: { ownerOrganizationId: demoOffice.id, grantId: grant.id, presentationId: presentation.id },
        sheet: presentation.body.sheet,
        individualIssues: '冬季（12〜3月）に外出の機会が減り、下肢筋力と食事量が落ちるおそれがある。',
        advice: [
          { profession: 'physical_therapist', adviser: '石田', content: '雪の日は屋内で椅子からの立ち上がり10回×3セットを。歩行車には冬用の太いタイヤを検討する。' },
          { profession: 'dietitian', adviser: '岡本', content: '朝食に卵か豆腐を加え、たんぱく質を1日60gを目安に。冬は配食の利用も選択肢に。' },
          { profession: 'dental_hygienist', adviser: '西村', content: '入れ歯の合いを年1回は歯科で確かめ、硬い野菜も食べられる状態を保つ。' },
        ],
        actions: [
          { action: '冬季のサロンへの送迎をボランティアに相談する', owner: '生活支援コーディネーター', dueOn: addDays(today, 30) },
          { action: '短期目標に冬季の屋内での運動を加えて計画を見直す', owner: '担当介護支援専門員', dueOn: addDays(today, 20) },
        ],
        periodGoals: [
          { period: '3か月（冬季）', target: '屋内での立ち上がり練習を毎日続け、サロンに月2回参加する' },
          { period: '6か月（春）', target: '畑まで歩行車で往復し、1時間の作業を再開する' },
        ],
        consensus: { agreement: '畑作業の再開を目標に、本人が自分でできることを増やす方針で支援者が一致した。', agreedBy: ['理学療法士', '管理栄養士', '歯科衛生士', '担当介護支援専門員', '生活支援コーディネーター'] },
        planSuggestions: '短期目標に「冬季も屋内で立ち上がり練習を毎日続ける」を加え、冬季の送迎の担い手を位置付ける。',
      },
    ],
    discussion: '北部圏域では冬季に通いの場への移動手段がない高齢者が多いことが話題になった。',
    regionIssueCandidates: [{ statement: '冬季に通いの場（サロン・体操）へ出かける移動手段がない', area: '北部圏域', category: 'resourceDevelopment' }],
  };
  const meetingDeps = { store, now: at(heldOn) };
  const record = await createRecord(meetingDeps, staff, { kind: 'community_care_meeting', body });
  await finalizeMeeting(meetingDeps, staff, record.id, record.revision);
}
