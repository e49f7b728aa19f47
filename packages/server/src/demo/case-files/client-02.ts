import { addDays } from '@kizuki/core';
import { assessment, type AssessmentSpec } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';

/** 02 山本正治: exemplary. Stroke recurrence → 区分変更, the old plan superseded by a revision. */
export const client02: DemoCaseDefinition = {
  number: 2,
  note: '模範例: 脳梗塞の再発で区分変更。旧計画は「変更済」、新計画が実施中。認定履歴3件、訪問リハは主治医の指示あり、目標は「孫の結婚式に歩いて出席したい」。',
  build: (cal) => {
    const ids = new DemoIds(2);
    const members = family(ids, [
      { name: '山本 和子', relationship: '妻', livesTogether: true, age: 77, isMainCaregiver: true, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0294-00-0201', canHelp: true, roleNotes: '屋内歩行の見守り、入浴の準備' },
      { name: '山本 大輔', relationship: '長男', livesTogether: false, age: 50, phone: '090-0000-0202', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '月2回の週末に来て外出に付き添う' },
      { name: '山本 翔太', relationship: '孫', livesTogether: false, age: 27, canHelp: true, roleNotes: '結婚式の準備の相談、ビデオ通話' },
    ]);
    const levelChangeFrom = cal.day(-3, 8);
    const cert1 = certification(ids, cal, { level: 'care_1', from: cal.month(-26), to: cal.monthEnd(-15), kind: 'new' });
    const cert2 = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-14), to: addDays(levelChangeFrom, -1), kind: 'renewal', notes: '区分変更により有効期間が終了' });
    const cert3 = certification(ids, cal, { level: 'care_2', previous: 'care_1', from: levelChangeFrom, to: cal.monthEnd(8), kind: 'level_change', certifiedOn: cal.day(-3, 18), opinion: '再発予防のため医療との連携に留意すること' });
    const [assessment1Id, assessment2Id] = [ids.next('assessment'), ids.next('assessment')];
    const [plan1Id, plan2Id] = [ids.next('plan'), ids.next('plan')];
    const [meeting1Id, meeting2Id] = [ids.next('meeting'), ids.next('meeting')];
    const start1 = cal.month(-14);
    const start2 = cal.day(-3, 22);

    const needs1 = needs(ids, planFrame(start1, cal.monthEnd(-4)), [
      {
        text: '妻と一緒に近くの公園まで散歩を続けたい', items: ['adl', 'socialParticipation'],
        long: '杖を使って公園（片道500m）まで妻と歩いて往復できる',
        short: [{ text: '杖で自宅周辺を20分続けて歩ける', lines: [insured(ids, providers.sakuraDay, '個別機能訓練（歩行練習）・入浴', '週2回'), informal(ids, 'family', '妻', '夕方に一緒に家の周りを歩く', '毎日')] }],
      },
    ]);
    const plan1 = carePlan({
      id: plan1Id, cal, ids, status: 'superseded', author: 'cm', cert: cert2, assessmentId: assessment1Id,
      createdOn: cal.day(-15, 18), planDate: start1, firstPlanDate: cal.month(-26), categories: ['continuation'],
      intentions: { client: '「散歩を続けて、脚を弱らせたくない」', family: '妻「一緒に歩けるうちは歩かせたい」' },
      overallPolicy: '歩く習慣を保ち、再発予防のため血圧と服薬を主治医と連携して管理します。',
      needs: needs1,
      process: { meetingId: meeting1Id, consentOn: cal.day(-15, 27), consentBy: '山本 正治', deliveredOn: cal.day(-15, 27) },
      supersededBy: plan2Id, supersededOn: start2,
    });

    const frame2 = planFrame(start2, cal.monthEnd(8));
    const needs2 = needs(ids, frame2, [
      {
        text: '孫の結婚式に杖で歩いて出席したい', items: ['adl', 'socialParticipation', 'family'],
        long: '結婚式場で受付から席まで（約50m）杖で歩き、式の間2時間座っていられる',
        short: [
          {
            text: '4点杖で屋内を見守りなしで歩き、玄関の段差を手すりで昇り降りできる',
            lines: [
              insured(ids, providers.midoriRehab, '屋内歩行・段差昇降の練習、妻への介助方法の助言', '週2回', { physicianInstruction: 'みどり病院 脳神経内科 小川医師の指示書（退院時）による。血圧150以上の日は中止' }),
              insured(ids, providers.sasaeEquipment, '4点杖・玄関の置き型手すりの貸与', '毎日', { reason: '左片麻痺の悪化で一本杖では屋内歩行が不安定。玄関の段差（25cm）を一人で昇降するため置き型手すりが必要', equipment: { taisCode: '00000-000201', name: '4点杖・置き型手すり（デモ）' } }),
              informal(ids, 'family', '妻', 'リハビリで教わった方法で、屋内歩行を見守る', '毎日'),
            ],
          },
          {
            text: '車いすを使わずに近所のスーパー（300m）まで歩いて往復できる',
            lines: [
              insured(ids, providers.sakuraDay, '個別機能訓練（屋外歩行）・入浴', '週2回'),
              informal(ids, 'family', '長男', '週末にスーパーまで一緒に歩く', '月2回'),
              informal(ids, 'family', '孫', 'ビデオ通話で結婚式の準備の様子を伝え、練習の励みにする', '週1回'),
            ],
          },
        ],
      },
      {
        text: '再発しないよう、血圧と薬を自分で管理したい', items: ['health', 'iadl'],
        long: '朝晩の血圧測定と服薬を自分で行い、収縮期血圧を140未満に保てる',
        short: [{
          text: '朝晩の血圧を手帳に記録し、飲み忘れが月1回以下になる',
          lines: [
            insured(ids, providers.tsubasaNurse, '血圧・服薬の確認、再発の兆候の観察', '週1回', { physicianInstruction: 'みどり病院 小川医師の訪問看護指示書による' }),
            informal(ids, 'self', '本人', '朝晩に血圧を測り手帳に書く', '毎日'),
            informal(ids, 'family', '妻', '夕食後の服薬を一緒に確認する', '毎日'),
          ],
        }],
      },
    ]);
    const plan2 = carePlan({
      id: plan2Id, cal, ids, status: 'active', author: 'cm', cert: cert3, assessmentId: assessment2Id,
      createdOn: cal.day(-3, 15), planDate: start2, firstPlanDate: cal.month(-26), categories: ['continuation'],
      intentions: {
        client: '「孫の結婚式には車いすでなく歩いて出たい。それまでにもう一度歩けるようになりたい」',
        family: '妻「また倒れないか心配。でも本人の目標を応援したい」 長男「週末は付き添える」',
        analysisResult: '再発で左半身の麻痺が強まり、屋内歩行にも見守りが必要になった。退院直後で回復が見込める時期であり、集中的な歩行練習と再発予防の管理で、結婚式への歩行での出席を目指せる。',
      },
      overallPolicy: '孫の結婚式（約5か月後）に杖で歩いて出席することを目標に、訪問リハと通所での歩行練習を組み合わせます。再発予防は主治医・訪問看護と連携し、妻の介護負担にも配慮します。妻が急病などで介護できないときは、長男が泊まり込み、必要に応じて短期入所を調整します。',
      emergency: '妻 山本和子 0294-00-0201、みどり病院 0294-00-0210',
      needs: needs2,
      weekly: weekly(ids, cal.day(-3, 15), [[1, '10:00', '10:40', '訪問リハビリテーション'], [4, '10:00', '10:40', '訪問リハビリテーション'], [2, '09:00', '16:00', '通所介護'], [5, '09:00', '16:00', '通所介護'], [3, '14:00', '14:30', '訪問看護']], [['06:30', undefined, '起床・血圧測定'], ['19:00', undefined, '夕食・服薬'], ['21:30', undefined, '就寝']], '福祉用具貸与（4点杖・置き型手すり）、長男の付き添い（月2回）'),
      process: { meetingId: meeting2Id, consentOn: cal.day(-3, 21), consentBy: '山本 正治', deliveredOn: cal.day(-3, 21) },
      supersedes: plan1Id,
    });

    const base: Omit<AssessmentSpec, 'id' | 'date' | 'reason' | 'cert' | 'adl' | 'trend' | 'summary' | 'wishes'> = {
      place: 'home', placeText: '自宅居間', author: 'cm',
      interviewees: [{ kind: 'client', name: '山本 正治' }, { kind: 'family', name: '山本 和子', relationship: '妻' }],
      pension: '厚生年金', independence: { physical: ['A2', 'A2'], dementia: ['independent', 'independent'] },
      resources: [['long_term_care', '通所介護', providers.sakuraDay.name, '週2回'], ['medical', '外来受診', 'みどり病院', '月1回']],
      health: {
        heightCm: 165, weightKg: 61, bp: [138, 84],
        diagnoses: [['脳梗塞（左片麻痺）', '3年前発症、今回再発', 'みどり病院 脳神経内科', true], ['高血圧症', '50代から', 'みどり病院']],
        visits: '脳神経内科に月1回（長男の車）', companion: '妻・長男', dentist: 'ひかり歯科', pharmacy: 'みなと薬局',
        medications: [['抗血小板薬', '1日1回朝', '再発予防'], ['降圧薬', '1日2回', '高血圧']], adherence: '妻が夕食後の分を確認', awareness: '再発を恐れており、血圧の記録には熱心',
      },
      iadl: [
        { activity: 'shopping', status: 'full', whatCannotBeDone: '一人で店まで歩けない', whoHelpsNow: '妻', trend: 'declining' },
        { activity: 'medication_management', status: 'watch', whatCannotBeDone: '夕食後の飲み忘れ', whoHelpsNow: '妻', trend: 'stable' },
        { activity: 'money_management', status: 'independent', trend: 'stable' },
      ],
      family: members, caregiverBurden: '妻は腰痛があり、入浴介助は難しい',
      environment: { housingType: '一戸建て', layout: '寝室・トイレ・浴室とも1階', hazards: [['玄関', '段差25cm'], ['浴室', '浴槽が深い']], modification: 'トイレに手すり', surroundings: 'スーパーまで300m、平坦' },
      items: {
        lifeHistory: { lifeHistory: '日立市内の工場で旋盤工として40年勤めた。退職後は町内会の会計を10年務めた。', valuesAndPreferences: '几帳面で、決めたことはやり通す。家族の行事を大切にしている。', dailyLifeBefore: '毎朝妻と公園を散歩し、午後は将棋会所に通っていた。', currentLife: '退院後は屋内で過ごすことが多い。', hobbies: '将棋、盆栽' },
        socialParticipation: { familyRole: '家計の管理、孫の相談相手', familyRelations: '長男家族と良好。孫の結婚式を心待ちにしている', communityParticipation: '将棋会所（現在は休み）', willingness: '歩けるようになったら将棋会所にも戻りたい' },
      },
      risks: { fall: true },
    };
    const assess1 = assessment(ids, {
      ...base, id: assessment1Id, date: cal.day(-15, 10), reason: 'renewal', cert: cert1,
      wishes: { client: '「散歩はずっと続けたい」', family: '妻「このまま元気でいてほしい」' },
      adl: [{ activity: 'walking', status: 'independent', aids: '杖', trend: 'stable', atRisk: true }, { activity: 'bathing', status: 'watch', whatCannotBeDone: '浴槽のまたぎ', whoHelpsNow: '通所介護', trend: 'stable' }],
      trend: 'stable', summary: '歩行は杖で自立。散歩の習慣を保つことが再発予防と筋力維持につながる。',
    });
    const assess2 = assessment(ids, {
      ...base, id: assessment2Id, date: cal.day(-3, 12), reason: 'discharge', cert: cert3, reception: '病院の退院調整看護師から電話',
      wishes: { client: '「孫の結婚式には歩いて出たい」', family: '妻「家で看たいが、転ばないか心配」' },
      adl: [
        { activity: 'walking', status: 'watch', whatCannotBeDone: '屋内でも左足が引っかかりふらつく', whoHelpsNow: '妻（見守り）', aids: '4点杖', trend: 'declining', atRisk: true },
        { activity: 'stairs', status: 'partial', whatCannotBeDone: '玄関の段差を一人で昇れない', whoHelpsNow: '妻が手を添える', trend: 'declining', atRisk: true },
        { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽をまたげない', whoHelpsNow: '通所介護で入浴', trend: 'declining' },
        { activity: 'dressing', status: 'watch', whatCannotBeDone: '左袖を通すのに時間がかかる', whoHelpsNow: '妻', trend: 'improving' },
      ],
      trend: 'declining', summary: '再発で麻痺が強まったが、退院直後で回復の見込みがある。集中的な歩行練習と段差対策で、結婚式への歩行での出席を目指す。',
    });

    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900000202', name: '山本 正治', nameKana: 'ヤマモト マサハル', sex: 'male', birthDate: '1946-09-03',
          address: { postalCode: '999-0202', line1: '架空県架空市ひばり町2-14-5' }, phone: '0294-00-0201', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '小川 直樹', institution: 'みどり病院 脳神経内科', phone: '0294-00-0210', wroteOpinion: true, collaborationNotes: '退院時カンファレンスに参加。計画を文書で送付し、リハビリの負荷について指示を受けた' },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-26),
        },
        certifications: [cert1, cert2, cert3],
        assessments: [assess1, assess2],
        carePlans: [plan1, plan2],
        careTeamMeetings: [
          meeting(ids, meeting1Id, {
            occasion: 'renewal', planId: plan1Id, date: cal.day(-15, 22), startTime: '10:00', endTime: '10:40', place: '利用者宅', count: 2, author: 'cm',
            attendees: [{ name: '山本 正治', isClient: true }, { name: '山本 和子', isFamily: true, relationship: '妻' }, { name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員' }],
            itemsDiscussed: '更新後の計画原案', discussion: '歩行は安定している。散歩の習慣を続ける。', conclusions: '原案どおり', nextText: '更新時',
          }),
          meeting(ids, meeting2Id, {
            occasion: 'level_change', planId: plan2Id, date: cal.day(-3, 20), startTime: '13:30', endTime: '14:30', place: '利用者宅', count: 3, author: 'cm',
            attendees: [
              { name: '山本 正治', isClient: true }, { name: '山本 和子', isFamily: true, relationship: '妻' }, { name: '山本 大輔', isFamily: true, relationship: '長男' },
              { name: '小池 学', organization: providers.midoriRehab.name, role: '理学療法士' }, { name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員' },
              { name: '吉川 舞', organization: providers.tsubasaNurse.name, role: '看護師' }, { name: '三浦 由香', organization: providers.sasaeEquipment.name, role: '福祉用具専門相談員' },
            ],
            absentees: [{ name: '小川 直樹', organization: 'みどり病院', role: '主治医', inquiryContent: 'リハビリの負荷と中止基準', reply: '収縮期血圧150以上、または頭痛・しびれの増悪時は中止', repliedOn: cal.day(-3, 19) }],
            itemsDiscussed: '区分変更後の計画原案、結婚式に向けた目標、妻の介護負担', discussion: 'PTより、3か月で屋内歩行自立、5か月で屋外50mの見込み。入浴は通所で行い妻の負担を減らす。',
            conclusions: '原案どおり実施。3か月後に歩行状況を評価する。', openIssues: '結婚式当日の移動手段（長男の車を予定）', nextText: '3か月後',
          }),
        ],
        supportLog: [
          log(ids, 'cm', cal.day(-4, 6), 'phone', '妻', '再発・入院の連絡', '夜間に左半身の脱力があり救急搬送、みどり病院に入院したと連絡あり。'),
          log(ids, 'cm', cal.day(-3, 3), 'meeting', 'みどり病院 退院調整看護師・PT', '退院前カンファレンス', '退院後の生活を確認。区分変更申請を代行することで本人・妻の了承を得た。'),
          log(ids, 'cm', cal.day(-3, 12), 'visit', '本人・妻', '退院後のアセスメント', '退院当日に自宅を訪問し、屋内の動線と玄関の段差を確認した。', { relatedDocumentId: assessment2Id }),
          log(ids, 'cm', cal.day(-3, 21), 'visit', '本人・妻', '新計画の説明・同意・交付', '区分変更後の計画に同意を得て交付。旧計画は本日をもって終了とした。', { relatedDocumentId: plan2Id }),
        ],
        monitorings: [
          ...monthlyMonitorings(ids, cal, { plan: plan1, from: start1, to: cal.month(-3), day: 5, author: 'cm', interviewees: '本人・妻', last: { method: 'other', methodNote: '入院先の病院で面会', nextAction: 'revise_plan', startsPlanRevision: true, changes: '入院中（再発）。退院後に区分変更と計画変更を行う' } }),
          ...monthlyMonitorings(ids, cal, { plan: plan2, from: cal.month(-2), day: 12, author: 'cm', interviewees: '本人・妻（長男は電話）', changes: ['屋内は見守りで歩ける', '玄関の段差を手すりで昇れた', '結婚式の招待状が届き意欲が高い'] }),
        ],
      },
    };
  },
};
