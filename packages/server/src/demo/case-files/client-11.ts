import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';
import { demoIssueResourceName } from '../seed-demo-region-issue.js';
import { everyDayOf, thisMonthUsage, usageLine, weekdaysOf } from './usage-helpers.js';

/**
 * 11 大塚シズ: function declining after a level change, yet the plan only compensates (no rehab,
 * no family role); the daily morning care takes this month's 利用票 over 区分支給限度基準額.
 */
export const client11: DemoCaseDefinition = {
  number: 11,
  note: '弱い例: 要介護1→2に悪化し歩行・立ち上がりが低下しているのに、機能訓練やリハビリの検討がなく介助中心。近くに住み協力できる長女がいるのに計画に役割がない。毎朝の身体介護で今月の利用票は区分支給限度基準額を超え、超えた分は全額自己負担（第7表）。',
  build: (cal) => {
    const ids = new DemoIds(11);
    const members = family(ids, [
      { name: '大塚 明美', relationship: '長女', livesTogether: false, age: 55, address: '架空市内（徒歩5分）', phone: '090-0000-1101', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '仕事帰りに寄れる。土日は買物に連れて行ける' },
      { name: '大塚 健', relationship: '長男', livesTogether: false, age: 52, address: '東京都（架空）', isEmergencyContact: true, emergencyPriority: 2, canHelp: false },
    ]);
    const previous = certification(ids, cal, { level: 'care_1', from: cal.month(-20), to: cal.monthEnd(-9), kind: 'new' });
    const cert = certification(ids, cal, { level: 'care_2', previous: 'care_1', from: cal.month(-8), to: cal.monthEnd(15), kind: 'renewal', opinion: '下肢筋力の低下に留意すること' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-8);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(3), 12), [
      {
        text: 'お風呂に入ってさっぱりしたい', items: ['adl', 'hygiene'], long: '週2回、介助を受けて入浴できる',
        short: [{ text: '介助を受けて週2回入浴できる', lines: [insured(ids, providers.sakuraDay, '入浴・食事・レクリエーション', '週2回'), insured(ids, providers.aozoraHelper, '身体介護（入浴介助）', '週1回')] }],
      },
      {
        text: '部屋をきれいにして暮らしたい', items: ['iadl', 'environment'], long: '掃除の行き届いた部屋で暮らせる',
        short: [{ text: '週2回の掃除で部屋が片付いている', lines: [insured(ids, providers.aozoraHelper, '生活援助（掃除・洗濯）', '週2回')] }],
      },
      {
        text: '朝の身支度を手伝ってほしい', items: ['adl'], long: '毎朝、介助を受けて身支度ができる',
        short: [{ text: '毎朝ヘルパーの介助で起床・着替え・トイレができる', lines: [insured(ids, providers.aozoraHelper, '身体介護（起床・更衣・排泄・朝食の介助）', '毎日')] }],
      },
      {
        text: '近所の人と話す機会を持ちたい', items: ['socialParticipation'], long: '月2回、近所の人と話す機会を持てる',
        short: [{
          text: 'サロンに月1回参加できる',
          lines: [
            informal(ids, 'community', 'ひばり町ふれあいサロン', 'お茶会への参加', '月1回'),
            informal(ids, 'volunteer', demoIssueResourceName, '水曜16:00〜17:30、近くのスーパーへの買い物に同行（品物は本人が選ぶ）', '週1回（水）'),
          ],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm2', cert, assessmentId,
      createdOn: cal.day(-9, 14), planDate: start, firstPlanDate: cal.month(-20), categories: ['continuation'],
      intentions: { client: '「足が弱ってきた。お風呂と掃除を手伝ってほしい」', family: '長女「仕事があるので、できるだけサービスでお願いしたい」' },
      overallPolicy: '入浴と家事を支援し、在宅生活を続けられるようにします。',
      livingSupport: 'living_alone',
      needs: planNeeds,
      weekly: weekly(ids, cal.day(-9, 14), [
        [2, '09:00', '16:00', '通所介護'], [5, '09:00', '16:00', '通所介護'], [1, '10:00', '11:00', '訪問介護（生活援助）'], [4, '10:00', '11:00', '訪問介護（生活援助）'], [6, '10:00', '11:00', '訪問介護（入浴介助）'],
        ...[1, 2, 3, 4, 5, 6, 7].map((day): [number, string, string, string] => [day, '07:00', '07:45', '訪問介護（起床・身支度）']),
      ], [['07:00', undefined, '起床'], ['21:00', undefined, '就寝']]),
      process: { meetingId, consentOn: cal.day(-9, 27), consentBy: '大塚 シズ', deliveredOn: cal.day(-9, 27) },
    });
    // This month's 第6表 (要介護2: 19,705 単位). The morning care every day, added last, is what goes over.
    const helper = { unitPrice: 10.42 };
    const helperLines = [
      usageLine(ids, providers.aozoraHelper, { ...helper, serviceCode: '118211', serviceName: '生活援助3', units: 220, startTime: '10:00', endTime: '11:00', plannedDays: weekdaysOf(cal, 0, [1, 4]) }),
      usageLine(ids, providers.aozoraHelper, { ...helper, serviceCode: '111311', serviceName: '身体介護3（入浴介助）', units: 567, startTime: '10:00', endTime: '11:00', plannedDays: weekdaysOf(cal, 0, [6]) }),
      usageLine(ids, providers.aozoraHelper, { ...helper, serviceCode: '111211', serviceName: '身体介護2（起床・身支度）', units: 387, startTime: '07:00', endTime: '07:45', plannedDays: everyDayOf(cal, 0) }),
    ];
    const helperUnits = helperLines.reduce((sum, l) => sum + (l.units ?? 0) * l.plannedDays.length, 0);
    const dayCare = { unitPrice: 10.33, startTime: '09:00', endTime: '16:00', plannedDays: weekdaysOf(cal, 0, [2, 5]) };
    const usageLines = [
      usageLine(ids, providers.sakuraDay, { ...dayCare, serviceCode: '151421', serviceName: '通所介護（通常規模型・7時間以上8時間未満・要介護2）', units: 777 }),
      usageLine(ids, providers.sakuraDay, { ...dayCare, serviceCode: '155301', serviceName: '通所介護入浴介助加算Ⅰ', units: 40 }),
      ...helperLines,
      // 介護職員等処遇改善加算 (24.5%) is outside the limit.
      usageLine(ids, providers.aozoraHelper, { ...helper, serviceCode: '116275', serviceName: '訪問介護処遇改善加算Ⅰ', units: Math.round(helperUnits * 0.245), plannedDays: [everyDayOf(cal, 0).length], outsideLimit: true }),
    ];
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900001111', name: '大塚 シズ', nameKana: 'オオツカ シズ', sex: 'female', birthDate: '1939-06-05',
          address: { postalCode: '999-1111', line1: '架空県架空市ひばり町11-6' }, phone: '0294-00-1101', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '中村 聡', institution: 'みどり町クリニック', phone: '0294-00-0510', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.month(-20),
        },
        certifications: [previous, cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-9, 6), place: 'home', author: 'cm2', reason: 'renewal', cert: previous,
          interviewees: [{ kind: 'client', name: '大塚 シズ' }, { kind: 'family', name: '大塚 明美', relationship: '長女' }],
          resources: [['long_term_care', '通所介護', providers.sakuraDay.name, '週2回'], ['long_term_care', '訪問介護', providers.aozoraHelper.name, '週3回']],
          independence: { physical: ['J2', 'A2'], dementia: ['I', 'I'] },
          wishes: { client: '「足が弱ってきて、外に出るのがおっくう。娘の家まで歩いて行けたらいいけど」', family: '長女「仕事があるので、サービス中心でお願いしたい。土日なら買物に連れて行ける」' },
          health: { heightCm: 147, weightKg: 50, bp: [128, 76], diagnoses: [['廃用症候群', '1年前', 'みどり町クリニック', true], ['骨粗鬆症', '10年前', 'みどり町クリニック']], visits: '月1回（長女の車）', companion: '長女', medications: [['骨粗鬆症治療薬', '週1回', '骨粗鬆症']] },
          adl: [
            { activity: 'walking', status: 'watch', whatCannotBeDone: '屋外は100mで休む。半年前は娘の家（400m）まで歩けた', whoHelpsNow: '長女（受診時）', aids: '杖', trend: 'declining', atRisk: true },
            { activity: 'standing_up', status: 'partial', whatCannotBeDone: '床や低い椅子から立てない', whoHelpsNow: '訪問介護', trend: 'declining', atRisk: true },
            { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽から立ち上がれない', whoHelpsNow: '通所介護・訪問介護', trend: 'declining' },
          ],
          iadl: [
            { activity: 'cleaning', status: 'partial', whatCannotBeDone: '掃除機をかけられない', whoHelpsNow: '訪問介護', trend: 'declining' },
            { activity: 'shopping', status: 'full', whatCannotBeDone: '店まで歩けない', whoHelpsNow: '長女（土日）', trend: 'declining' },
          ],
          family: members, caregiverBurden: '長女は平日仕事だが、負担感は大きくない',
          environment: { housingType: '一戸建て', layout: '寝室・トイレは1階', hazards: [['居間', 'こたつからの立ち上がり']], surroundings: '長女の家まで400m' },
          items: {
            lifeHistory: { lifeHistory: '和菓子屋の娘として生まれ、結婚後は夫と理髪店を営んだ。', valuesAndPreferences: '身ぎれいにしていたい', currentLife: '日中はこたつで過ごすことが多くなった', hobbies: '編み物' },
            socialParticipation: { familyRole: '孫にセーターを編む', familyRelations: '長女と良好', communityParticipation: 'サロン（最近は休みがち）', willingness: '誘われれば行く' },
          },
          trend: 'declining', risks: { fall: true, isolation: true },
          summary: '下肢筋力が半年で大きく低下。入浴と掃除に介助が必要。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-9, 24), startTime: '13:00', endTime: '13:30', place: '利用者宅', author: 'cm2',
          attendees: [{ name: '大塚 シズ', isClient: true }, { name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員' }, { name: '井上 真理', organization: providers.aozoraHelper.name, role: 'サービス提供責任者' }],
          itemsDiscussed: '更新後の計画原案', discussion: '入浴の介助量が増えたため訪問介護で入浴介助を追加する。', conclusions: '原案どおり', nextText: '6か月後',
        })],
        supportLog: [log(ids, 'cm2', cal.day(-9, 27), 'visit', '本人', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, {
          plan, from: start, day: 19, author: 'cm2', interviewees: '本人',
          changes: ['変化なし', '立ち上がりに時間がかかる', '屋外に出ていない', '変化なし', 'こたつで過ごす時間が長い', '変化なし', '変化なし', '変化なし', '変化なし'],
        }),
        serviceUsages: [thisMonthUsage(ids, cal, { plan, confirmedBy: '大塚 シズ', lines: usageLines })],
      },
    };
  },
};
