import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, insured, meeting, needs, planFrame } from './plan-helpers.js';
import { providers } from './providers.js';

/** 05 高田キヨ: the process is complete but the plan is written in service words, not in hers. */
export const client05: DemoCaseDefinition = {
  number: 5,
  note: '弱い例: 手続きは揃っているが、ニーズが「〜が必要」、目標が「安心して在宅生活を送る」「現状維持」「デイサービスに通う」。インフォーマル支援なし、生活援助の算定理由なし。',
  build: (cal) => {
    const ids = new DemoIds(5);
    const members = family(ids, [
      { name: '高田 茂', relationship: '夫', livesTogether: true, age: 86, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: false, roleNotes: '本人も腰痛があり家事は難しい' },
      { name: '高田 由美子', relationship: '長女', livesTogether: false, age: 58, address: '水戸市（架空）', phone: '090-0000-0501', isEmergencyContact: true, emergencyPriority: 2 },
    ]);
    const cert = certification(ids, cal, { level: 'care_2', previous: 'care_2', from: cal.month(-6), to: cal.monthEnd(17), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-6);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(5), 9), [
      { text: '入浴の介助が必要', items: ['adl', 'hygiene'], long: '安心して在宅生活を送る', short: [{ text: 'デイサービスに週2回通う', lines: [insured(ids, providers.sakuraDay, '入浴介助・食事・レクリエーション', '週2回')] }] },
      { text: '家事の支援が必要', items: ['iadl'], long: '現状維持', short: [{ text: 'ヘルパーを利用する', lines: [insured(ids, providers.aozoraHelper, '生活援助（掃除・調理）', '週3回')] }] },
      { text: '転倒しないよう見守りが必要', items: ['adl', 'environment'], long: '安全に過ごす', short: [{ text: '転倒なく安全に生活する', lines: [insured(ids, providers.sasaeEquipment, '手すりの貸与', '毎日', { reason: '転倒予防のため' })] }] },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-7, 18), planDate: start, firstPlanDate: cal.month(-30), categories: ['continuation'],
      intentions: { client: '今のまま家で暮らしたい', family: '長女「このままサービスを続けてほしい」', analysisResult: '入浴・家事に支援が必要。' },
      overallPolicy: '住み慣れた自宅で安心して生活できるよう支援します。',
      needs: planNeeds,
      process: { meetingId, consentOn: cal.day(-7, 27), consentBy: '高田 キヨ', deliveredOn: cal.day(-7, 27) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900000505', name: '高田 キヨ', nameKana: 'タカダ キヨ', sex: 'female', birthDate: '1940-03-08',
          address: { postalCode: '999-0505', line1: '架空県架空市みどり町5-1-2' }, phone: '0294-00-0501', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '中村 聡', institution: 'みどり町クリニック', phone: '0294-00-0510', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-30),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-7, 10), place: 'home', author: 'cm', reason: 'renewal', cert,
          interviewees: [{ kind: 'client', name: '高田 キヨ' }, { kind: 'family', name: '高田 茂', relationship: '夫' }],
          resources: [['long_term_care', '通所介護', providers.sakuraDay.name, '週2回'], ['long_term_care', '訪問介護', providers.aozoraHelper.name, '週3回']],
          independence: { physical: ['A1', 'A1'], dementia: ['I', 'I'] },
          wishes: { client: '「腰が痛くて台所に長く立てない。昔みたいに煮物を作って近所に配りたい」', family: '長女「サービスを続けてほしい」' },
          health: { heightCm: 150, weightKg: 52, bp: [134, 78], diagnoses: [['腰部脊柱管狭窄症', '5年前', 'みどり町クリニック', true], ['慢性心不全', '3年前', '架空市立病院']], pain: '腰から両脚のしびれ', visits: '月1回（タクシー）', medications: [['鎮痛薬', '1日2回', '腰痛'], ['利尿薬', '1日1回朝', '心不全']], adherence: '自己管理できている' },
          adl: [
            { activity: 'walking', status: 'watch', whatCannotBeDone: '10分歩くと脚がしびれて休む', whoHelpsNow: '夫', aids: 'シルバーカー', trend: 'stable', atRisk: true },
            { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽のまたぎと洗髪', whoHelpsNow: '通所介護', trend: 'stable' },
          ],
          iadl: [
            { activity: 'cooking', status: 'partial', whatCannotBeDone: '長く立っていられない', whoHelpsNow: '訪問介護', trend: 'stable', notes: '座ってなら下ごしらえはできる' },
            { activity: 'cleaning', status: 'partial', whatCannotBeDone: '掃除機をかけられない', whoHelpsNow: '訪問介護', trend: 'stable' },
          ],
          family: members, caregiverBurden: '夫も高齢で腰痛がある',
          environment: { housingType: '一戸建て', layout: '寝室・トイレ・浴室は1階', hazards: [['廊下', '敷物でつまずきやすい']], surroundings: '近所に友人が多い' },
          items: {
            lifeHistory: { lifeHistory: '日立（架空）で生まれ育ち、給食調理員を30年務めた。', valuesAndPreferences: '料理を人にふるまうのが好き', dailyLifeBefore: '近所に煮物を配り、お茶飲みをしていた', currentLife: '家事の多くを訪問介護に頼っている', hobbies: '料理、園芸' },
            socialParticipation: { familyRole: '以前は家族の食事作り', communityParticipation: '近所の友人とのお茶飲み（最近は減った）', willingness: '友人とまた集まりたい' },
          },
          trend: 'stable', risks: { fall: true },
          summary: '腰痛で家事と入浴に支援が必要。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-7, 24), startTime: '14:00', endTime: '14:20', place: '利用者宅', author: 'cm',
          attendees: [{ name: '高田 キヨ', isClient: true }, { name: '高田 茂', isFamily: true, relationship: '夫' }, { name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員' }, { name: '井上 真理', organization: providers.aozoraHelper.name, role: 'サービス提供責任者' }],
          itemsDiscussed: '更新後の計画', discussion: '現在のサービスを継続する。', conclusions: '前回と同じ内容で継続', nextText: '更新時',
        })],
        supportLog: [log(ids, 'cm', cal.day(-7, 27), 'visit', '本人', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 20, author: 'cm', interviewees: '本人', comments: Array.from({ length: 3 }, () => Array<string>(12).fill('変わりなし')), changes: Array<string>(12).fill('変わりなし') }),
      },
    };
  },
};

/** 06 菅原武: a new client assessed at the office from the daughter only; the assessment is thin. */
export const client06: DemoCaseDefinition = {
  number: 6,
  note: '弱い例: 新規。事業所で長女だけに面接したアセスメント（居宅訪問なし）、生活歴など7項目が未記入、「一部介助」なのに何ができず誰が支援しているかの記載なし。計画は交付済で実施開始待ち。',
  build: (cal) => {
    const ids = new DemoIds(6);
    const members = family(ids, [
      { name: '菅原 由紀', relationship: '長女', livesTogether: true, age: 48, phone: '090-0000-0601', isKeyPerson: true, isMainCaregiver: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '朝夕の服薬確認（日中は仕事）' },
    ]);
    const cert = certification(ids, cal, { level: 'care_2', from: cal.day(-2, 6), to: cal.monthEnd(4), kind: 'new' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(0);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(4), 3), [
      {
        text: '自分でお風呂に入れるようになりたい', items: ['adl'], long: '手すりにつかまり、見守りで浴槽に出入りできる',
        short: [{ text: '介助を受けながら週2回入浴し、洗体の一部を自分で行える', lines: [insured(ids, providers.aozoraHelperKita, '身体介護（入浴介助）', '週2回'), insured(ids, providers.sakuraDay, '個別機能訓練（立ち上がり・歩行）', '週2回'), insured(ids, providers.kaedeEquipment, '浴室の手すり（据え置き型）の貸与', '毎日', { reason: 'パーキンソン病で立ち上がりが不安定なため、浴槽の出入りで体を支える' })] }],
      },
      {
        text: '薬を決まった時間に飲めるようにしたい', items: ['health'], long: 'パーキンソン病の薬を決まった時間に飲み、動ける時間を保てる',
        short: [{ text: '朝夕の薬を飲み忘れない', lines: [{ id: ids.next('line'), kind: 'informal', insured: false, informalCategory: 'family', content: '朝夕の服薬確認', providerName: '長女', frequency: '毎日' }] }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'delivered', author: 'cm2', cert, assessmentId,
      createdOn: cal.day(-1, 16), planDate: cal.day(-1, 16), firstPlanDate: cal.day(-1, 16), categories: ['initial'],
      intentions: { client: '（長女より）お風呂に入りたいと言っている', family: '長女「仕事中が心配。入浴だけでもお願いしたい」' },
      overallPolicy: '入浴と服薬を中心に支援し、長女の介護負担を軽くします。',
      needs: planNeeds,
      process: { meetingId, consentOn: cal.day(-1, 22), consentBy: '菅原 由紀', relationship: '長女', deliveredOn: cal.day(-1, 22) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900000606', name: '菅原 武', nameKana: 'スガワラ タケシ', sex: 'male', birthDate: '1944-07-21',
          address: { postalCode: '999-0606', line1: '架空県架空市ひばり町6-3' }, householdType: 'with_family', familyMembers: members,
          primaryDoctor: { doctorName: '林 誠一', institution: '架空市立病院 脳神経内科', phone: '0294-00-0610', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.day(-1, 22),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-1, 12), place: 'office', placeText: '事業所の相談室（長女が来所）', author: 'cm2', reason: 'initial', cert, reception: '長女が来所',
          interviewees: [{ kind: 'family', name: '菅原 由紀', relationship: '長女' }],
          independence: { physical: ['A2', 'A2'], dementia: ['I', 'I'] },
          wishes: { client: '（長女より）お風呂に入りたいと言っている', family: '長女「入浴だけでもお願いしたい」' },
          health: { diagnoses: [['パーキンソン病', '4年前', '架空市立病院', true]], visits: '月1回', medications: [['抗パーキンソン病薬', '1日3回', 'パーキンソン病']] },
          adl: [
            { activity: 'walking', status: 'partial' },
            { activity: 'bathing', status: 'partial' },
            { activity: 'dressing', status: 'partial' },
            { activity: 'toileting', status: 'watch' },
          ],
          iadl: [{ activity: 'cooking', status: 'full' }, { activity: 'medication_management', status: 'partial' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '不明' },
          omit: ['lifeHistory', 'oral', 'communication', 'socialParticipation', 'dailyRhythm', 'environment', 'specialCircumstances'],
          trend: 'declining',
          summary: '入浴に介助が必要。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'new_plan', planId, date: cal.day(-1, 20), startTime: '17:30', endTime: '17:50', place: '利用者宅', author: 'cm2',
          attendees: [{ name: '菅原 武', isClient: true }, { name: '菅原 由紀', isFamily: true, relationship: '長女' }, { name: '石田 恵', organization: providers.aozoraHelperKita.name, role: 'サービス提供責任者' }],
          absentees: [{ name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員', inquiryContent: '利用開始日', reply: '今月から週2回で受け入れ可能', repliedOn: cal.day(-1, 19) }],
          itemsDiscussed: '初回の計画原案', discussion: '入浴介助と通所での機能訓練を開始する。', conclusions: '原案どおり', nextText: '1か月後',
        })],
        supportLog: [
          log(ids, 'cm2', cal.day(-1, 12), 'office_visit', '長女', '初回相談・アセスメント', '長女が来所。本人は来所せず、長女から状況を聞き取った。', { relatedDocumentId: assessmentId }),
          log(ids, 'cm2', cal.day(-1, 22), 'visit', '本人・長女', '計画の交付', '計画を説明し、長女が署名。サービス開始は今月から。', { relatedDocumentId: planId }),
        ],
      },
    };
  },
};
