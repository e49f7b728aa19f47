import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';

/** 07 斎藤ミツ: own-words needs and neighbours, but the medical side is missing. */
export const client07: DemoCaseDefinition = {
  number: 7,
  note: '弱い例: 本人の言葉と近隣の見守りはあるが、主治医・病名・服薬の把握がなく、訪問看護に主治医の指示の記載なし、福祉用具（特殊寝台・車いす）の必要な理由なし、短期目標のない長期目標あり。',
  build: (cal) => {
    const ids = new DemoIds(7);
    const members = family(ids, [
      { name: '斎藤 進', relationship: '甥', livesTogether: false, age: 60, address: '札幌市（架空）', phone: '090-0000-0701', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: false, roleNotes: '遠方。緊急時の連絡先のみ' },
      { name: '木村 和代', relationship: '隣家の住人', livesTogether: false, age: 72, phone: '0134-00-0702', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '朝の安否確認' },
    ]);
    const cert = certification(ids, cal, { level: 'care_2', previous: 'care_2', from: cal.month(-8), to: cal.monthEnd(15), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-8);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(3), 12), [
      {
        text: '坂の上のこの家で一人暮らしを続けたい', items: ['adl', 'environment'], long: '室内を車いすで移動し、ベッドから一人で起き上がれる',
        short: [{
          text: 'ベッドの背上げ機能を使って一人で起き上がり、車いすに移れる',
          lines: [
            insured(ids, providers.sasaeEquipment, '特殊寝台・特殊寝台付属品・車いすの貸与', '毎日'),
            insured(ids, providers.aozoraHelper, '生活援助（掃除・買物）', '週3回'),
            informal(ids, 'neighbour', '隣家の木村さん', '朝、カーテンが開いているか確認し、開いていなければ電話する', '毎日'),
          ],
        }],
      },
      {
        text: '足のむくみと体調を見てもらいながら家で過ごしたい', items: ['health'], long: '体調の変化に早く気づき、入院せずに暮らせる',
        short: [{
          text: 'むくみが強くなったら3日以内に受診できる',
          lines: [insured(ids, providers.tsubasaNurse, '体調管理・むくみの観察', '週1回'), informal(ids, 'community', '町内会の見守り隊', '月2回の声かけ訪問', '月2回')],
        }],
      },
      { text: '雪の日も買物に困らないようにしたい', items: ['iadl', 'environment'], long: '冬の間も食料品を切らさずに暮らせる', short: [] },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-9, 15), planDate: start, firstPlanDate: cal.month(-32), categories: ['continuation'],
      intentions: { client: '「坂の上の家から離れたくない。港が見えるこの家で最期まで暮らしたい」', analysisResult: '下肢筋力が低下し、室内は車いす。一人暮らしを続けるため、起き上がりと移乗、家事の支援が必要。' },
      overallPolicy: '住み慣れた家で一人暮らしを続けられるよう、近隣の見守りと在宅サービスで支えます。',
      livingSupport: 'living_alone',
      needs: planNeeds,
      weekly: weekly(ids, cal.day(-9, 15), [[1, '10:00', '11:00', '訪問介護（生活援助）'], [3, '10:00', '11:00', '訪問介護（生活援助）'], [5, '10:00', '11:00', '訪問介護（生活援助）'], [2, '13:30', '14:30', '訪問看護']], [['07:00', undefined, '起床'], ['21:00', undefined, '就寝']]),
      process: { meetingId, consentOn: cal.day(-9, 26), consentBy: '斎藤 ミツ', deliveredOn: cal.day(-9, 26) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.otaru, insuredNumber: '1900000707', name: '斎藤 ミツ', nameKana: 'サイトウ ミツ', sex: 'female', birthDate: '1938-12-01',
          address: { postalCode: '999-0707', line1: '架空県架空市さかのうえ町7-7' }, phone: '0134-00-0701', householdType: 'alone', familyMembers: members,
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-32),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-9, 8), place: 'home', author: 'cm', reason: 'renewal', cert,
          interviewees: [{ kind: 'client', name: '斎藤 ミツ' }],
          resources: [['long_term_care', '訪問介護', providers.aozoraHelper.name, '週3回'], ['informal', '隣家の安否確認', '木村さん', '毎日']],
          independence: { physical: ['B1', 'B1'], dementia: ['I', 'I'] },
          wishes: { client: '「港が見えるこの家で最期まで暮らしたい」' },
          health: { diagnoses: [], visits: '本人に聞いたが病院名がはっきりしない' },
          adl: [
            { activity: 'sitting_up', status: 'partial', whatCannotBeDone: '布団から一人で起き上がれない', whoHelpsNow: 'なし（時間をかけて起きている）', trend: 'declining', atRisk: true },
            { activity: 'transfer', status: 'watch', whatCannotBeDone: '車いすへの移乗でふらつく', whoHelpsNow: '訪問介護の時間のみ', trend: 'declining', atRisk: true },
            { activity: 'mobility', status: 'independent', aids: '車いす（室内）', trend: 'stable' },
          ],
          iadl: [
            { activity: 'shopping', status: 'full', whatCannotBeDone: '坂道を降りられない', whoHelpsNow: '訪問介護', trend: 'stable' },
            { activity: 'cleaning', status: 'partial', whatCannotBeDone: '掃除機をかけられない', whoHelpsNow: '訪問介護', trend: 'stable' },
          ],
          family: members,
          environment: { housingType: '一戸建て（坂の上）', layout: '平屋。居間にベッド', hazards: [['玄関前', '急な坂と階段15段'], ['冬季', '坂道の凍結']], surroundings: '最寄りの商店まで坂を下りて600m' },
          items: {
            lifeHistory: { lifeHistory: '小樽（架空）で生まれ、夫と坂の上で商店を営んだ。夫は15年前に他界、子はいない。', valuesAndPreferences: '港を見ながらお茶を飲む時間が好き', currentLife: '冬は家から出られない', hobbies: 'ちぎり絵' },
          },
          trend: 'declining', risks: { fall: true, isolation: true },
          summary: '起き上がりと移乗が難しくなっている。冬の買物と体調管理が課題。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-9, 22), startTime: '10:00', endTime: '10:30', place: '利用者宅', author: 'cm',
          attendees: [{ name: '斎藤 ミツ', isClient: true }, { name: '井上 真理', organization: providers.aozoraHelper.name, role: 'サービス提供責任者' }, { name: '三浦 由香', organization: providers.sasaeEquipment.name, role: '福祉用具専門相談員' }, { name: '吉川 舞', organization: providers.tsubasaNurse.name, role: '看護師' }],
          itemsDiscussed: '更新後の計画原案', discussion: 'ベッドと車いすを継続。訪問看護で体調を見る。', conclusions: '原案どおり', nextText: '6か月後',
        })],
        supportLog: [log(ids, 'cm', cal.day(-9, 26), 'visit', '本人', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 16, author: 'cm', interviewees: '本人' }),
      },
    };
  },
};

/** 08 岩崎信夫: good content, but periods that do not fit and a two-month gap in monitoring. */
export const client08: DemoCaseDefinition = {
  number: 8,
  note: '弱い例: 内容は個別的だが、長期目標の期間が認定の有効期間を超え、短期目標の期間が長期目標を超え、サービスのない短期目標があり、先月・先々月のモニタリングが未実施。',
  build: (cal) => {
    const ids = new DemoIds(8);
    const members = family(ids, [
      { name: '岩崎 和江', relationship: '妻', livesTogether: true, age: 76, isMainCaregiver: true, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0263-00-0801', canHelp: true, roleNotes: '夕方の散歩の付き添い、毎晩の足の確認' },
    ]);
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-5), to: cal.monthEnd(6), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-5);
    const frame = planFrame(start, cal.monthEnd(6));
    const planNeeds = needs(ids, frame, [
      {
        text: '公民館の囲碁クラブに通い続けたい', items: ['adl', 'socialParticipation'], long: '公民館（1km）まで歩いて行き、囲碁クラブに週1回参加できる',
        longPeriod: { start, end: cal.monthEnd(12) },
        short: [{
          text: '自宅から500mを休まず歩ける',
          lines: [
            insured(ids, providers.kazeDayCare, '歩行練習、足の感覚低下に配慮したバランス訓練', '週2回', { physicianInstruction: 'しおの内科 原田医師より、足の傷の有無を毎回確認するよう指示' }),
            informal(ids, 'family', '妻', '夕方の散歩に付き添う', '毎日'),
            informal(ids, 'community', '囲碁クラブの仲間', '雨の日は車に同乗させてもらう', '週1回'),
          ],
        }],
      },
      {
        text: '足の傷に早く気づいて、歩ける足を守りたい', items: ['health'], long: '足の傷や靴擦れを早く見つけ、悪化させない',
        longPeriod: { start, end: cal.monthEnd(0) },
        short: [{ text: '毎晩、妻と一緒に足の裏を鏡で確かめる習慣がつく', period: { start, end: cal.monthEnd(2) }, lines: [informal(ids, 'family', '妻', '毎晩、鏡で足の裏を一緒に確認する', '毎日')] }],
      },
      { text: '夜ぐっすり眠りたい', items: ['excretion', 'dailyRhythm'], long: '夜間のトイレを2回以内にし、6時間眠れる', short: [{ text: '寝る前の水分のとり方を工夫する', lines: [] }] },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-6, 15), planDate: start, firstPlanDate: cal.month(-17), categories: ['continuation'],
      intentions: { client: '「囲碁の仲間に会うのが生きがい。歩けなくなったら困る」', family: '妻「足の傷が心配。散歩には付き合う」', analysisResult: '糖尿病性神経障害で足の感覚が鈍く、傷に気づきにくい。歩行機会を保ちつつ足の確認を習慣にする。' },
      overallPolicy: '囲碁クラブへの参加を続けられるよう、歩く力と足を守る習慣づくりを支援します。',
      needs: planNeeds,
      process: { meetingId, consentOn: cal.day(-6, 27), consentBy: '岩崎 信夫', deliveredOn: cal.day(-6, 27) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.shiojiri, insuredNumber: '2000000808', name: '岩崎 信夫', nameKana: 'イワサキ ノブオ', sex: 'male', birthDate: '1941-04-17',
          address: { postalCode: '999-0808', line1: '架空県架空市たかいで8-1' }, phone: '0263-00-0801', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '原田 和也', institution: 'しおの内科', phone: '0263-00-0310', wroteOpinion: true, collaborationNotes: '受診時に妻が足の記録を見せる' },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-17),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-6, 9), place: 'home', author: 'cm', reason: 'renewal', cert,
          interviewees: [{ kind: 'client', name: '岩崎 信夫' }, { kind: 'family', name: '岩崎 和江', relationship: '妻' }],
          resources: [['long_term_care', '通所リハビリテーション', providers.kazeDayCare.name, '週2回'], ['informal', '囲碁クラブ', '公民館', '週1回']],
          independence: { physical: ['J2', 'J2'], dementia: ['independent', 'independent'] },
          wishes: { client: '「囲碁の仲間に会えなくなるのが一番困る」', family: '妻「足の傷が心配」' },
          health: { heightCm: 163, weightKg: 60, bp: [136, 80], diagnoses: [['2型糖尿病・糖尿病性神経障害', '20年前', 'しおの内科', true]], symptoms: '両足先のしびれと感覚低下', visits: '月1回（妻の運転）', medications: [['インスリン', '1日1回朝', '糖尿病']], adherence: '自己注射できている' },
          adl: [{ activity: 'walking', status: 'watch', whatCannotBeDone: '足元が見えにくい段差でつまずく', whoHelpsNow: '妻が付き添う', trend: 'stable', atRisk: true }],
          iadl: [{ activity: 'driving', status: 'full', whatCannotBeDone: '足の感覚低下で運転をやめた', whoHelpsNow: '妻', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '寝室は2階、トイレは1階', floor: 2, hazards: [['階段', '夜間のトイレで昇り降り']], surroundings: '公民館まで1km' },
          items: { lifeHistory: { lifeHistory: '中学校の数学教師を退職後、公民館の囲碁クラブの世話役を務めた。', valuesAndPreferences: '筋道立てて考えるのが好き', hobbies: '囲碁、詰碁' } },
          trend: 'stable', risks: { fall: true },
          summary: '足の感覚低下による転倒と傷の悪化に注意しながら、歩行と社会参加を保つ。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-6, 24), startTime: '15:00', endTime: '15:40', place: '利用者宅', author: 'cm',
          attendees: [{ name: '岩崎 信夫', isClient: true }, { name: '岩崎 和江', isFamily: true, relationship: '妻' }, { name: '大野 亮', organization: providers.kazeDayCare.name, role: '理学療法士' }],
          itemsDiscussed: '更新後の計画原案', discussion: '足の確認を習慣にする。', conclusions: '原案どおり', nextText: '6か月後',
        })],
        supportLog: [log(ids, 'cm', cal.day(-6, 27), 'visit', '本人・妻', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 10, author: 'cm', interviewees: '本人・妻', skip: [cal.month(-2), cal.month(-1)] }),
      },
    };
  },
};
