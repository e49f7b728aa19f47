import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame } from './plan-helpers.js';
import { providers } from './providers.js';

/** 14 佐野憲一: a new client after a hip fracture; the 原案 waits for its meeting. */
export const client14: DemoCaseDefinition = {
  number: 14,
  note: '原案（担当者会議待ち）: 退院直後の新規利用者。居宅でのアセスメントだが生活歴が未記入。ニーズは本人の言葉で、通所リハの主治医指示・歩行器の理由あり。',
  build: (cal) => {
    const ids = new DemoIds(14);
    const members = family(ids, [
      { name: '佐野 良子', relationship: '妻', livesTogether: true, age: 72, isMainCaregiver: true, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0187-00-1401', canHelp: true, roleNotes: '受診の送迎、屋外歩行の付き添い' },
      { name: '工藤 昭', relationship: '友人（床屋の店主）', livesTogether: false, age: 74, canHelp: true, roleNotes: '店まで来たら帰りに家まで送ると話している' },
    ]);
    const cert = certification(ids, cal, { level: 'care_1', from: cal.daysAgo(40), to: cal.monthEnd(5), kind: 'new', opinion: '転倒予防に留意すること' });
    const [assessmentId, planId] = [ids.next('assessment'), ids.next('plan')];
    const start = cal.daysAhead(7);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(5), 3), [
      {
        text: '自分で歩いて、なじみの床屋に行きたい', items: ['adl', 'socialParticipation'], long: '杖で床屋（自宅から400m）まで歩いて行き、帰ってこられる',
        short: [{
          text: '歩行器で自宅周辺を200m続けて歩ける',
          lines: [
            insured(ids, providers.kazeDayCare, '歩行練習・下肢筋力訓練・転倒予防の動作練習', '週2回', { physicianInstruction: 'みずほ整形外科 菊地医師の診療情報提供書（退院時）による。術側への全荷重可' }),
            insured(ids, providers.sasaeEquipment, '歩行器の貸与', '毎日', { reason: '大腿骨頸部骨折の術後で、杖では屋外歩行が不安定。歩行練習の期間中、屋外で安全に距離を伸ばすため' }),
            informal(ids, 'family', '妻', '夕方に家の周りの歩行に付き添う', '毎日'),
            informal(ids, 'neighbour', '床屋の店主 工藤さん', '来店時の帰りに家まで送る', '月1回'),
          ],
        }],
      },
      {
        text: '妻と一緒に温泉に行きたい', items: ['adl', 'hygiene', 'family'], long: '妻と日帰り温泉に行き、大浴場に入れる',
        short: [{
          text: '自宅の浴槽を手すりを使ってまたげる',
          lines: [insured(ids, providers.kazeDayCare, '浴槽またぎ動作の練習', '週2回', { physicianInstruction: 'みずほ整形外科 菊地医師の指示による（股関節の深い屈曲に注意）' }), informal(ids, 'family', '妻', '自宅での入浴時に見守る', '週3回')],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'draft', author: 'cm2', cert, assessmentId,
      createdOn: cal.daysAgo(2), planDate: cal.daysAgo(2), firstPlanDate: cal.daysAgo(2), categories: ['initial'],
      intentions: { client: '「月に一度の床屋が楽しみだった。また自分で歩いて行きたい」', family: '妻「また転ばないか心配。でも閉じこもってほしくない」', analysisResult: '術後で歩行が不安定だが、回復期であり練習で屋外歩行の自立が見込める。' },
      overallPolicy: '骨折前の生活（床屋通い・夫婦での外出）を取り戻すことを目標に、歩行練習と住環境の整備を行います。',
      needs: planNeeds,
      process: {},
      notes: '担当者会議の日程を調整中（通所リハのPT・福祉用具専門相談員・本人・妻）',
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.omagariSenboku, insuredNumber: '5900001414', name: '佐野 憲一', nameKana: 'サノ ケンイチ', sex: 'male', birthDate: '1950-02-02',
          address: { postalCode: '999-1414', line1: '架空県架空郡みずほ町南14' }, phone: '0187-00-1401', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '菊地 健', institution: 'みずほ整形外科', phone: '0187-00-1410', wroteOpinion: true, collaborationNotes: '退院時の診療情報提供書を受領' },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.daysAgo(2),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.daysAgo(5), place: 'home', placeText: '自宅居間', author: 'cm2', reason: 'discharge', cert, reception: '病院の医療ソーシャルワーカーから紹介',
          interviewees: [{ kind: 'client', name: '佐野 憲一' }, { kind: 'family', name: '佐野 良子', relationship: '妻' }],
          independence: { physical: ['A1', 'A1'], dementia: ['independent', 'independent'] },
          wishes: { client: '「また自分で歩いて床屋に行きたい」', family: '妻「転ばないか心配」' },
          health: { heightCm: 168, weightKg: 64, bp: [126, 74], diagnoses: [['右大腿骨頸部骨折（人工骨頭置換術後）', '2か月前', 'みずほ整形外科', true]], pain: '右股関節、長く歩いたとき', visits: '月1回（妻の運転）', companion: '妻', medications: [['鎮痛薬', '頓用', '術後の痛み']] },
          adl: [
            { activity: 'walking', status: 'watch', whatCannotBeDone: '屋外は歩行器でも50mで休む', whoHelpsNow: '妻が付き添う', aids: '歩行器（病院から借用中）', trend: 'improving', atRisk: true },
            { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽をまたげない', whoHelpsNow: '妻（シャワーのみ）', trend: 'improving' },
          ],
          iadl: [{ activity: 'driving', status: 'full', whatCannotBeDone: '術後は運転を控えている', whoHelpsNow: '妻', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '寝室・浴室は1階', hazards: [['浴室', '浴槽が深い'], ['玄関', '段差20cm']], surroundings: '床屋まで400m、平坦' },
          trend: 'improving', risks: { fall: true },
          summary: '術後の回復期。歩行練習で屋外歩行の自立と入浴の自立が見込める。',
        })],
        carePlans: [plan],
        supportLog: [
          log(ids, 'cm2', cal.daysAgo(9), 'phone', 'みずほ整形外科 医療ソーシャルワーカー', '新規の相談', '退院後の在宅生活の支援を依頼された。'),
          log(ids, 'cm2', cal.daysAgo(5), 'visit', '本人・妻', 'アセスメント', '自宅を訪問し、浴室と玄関の段差を確認した。', { relatedDocumentId: assessmentId }),
          log(ids, 'cm2', cal.daysAgo(1), 'phone', 'かぜの丘クリニック 通所リハ', '担当者会議の日程調整', `担当者会議を${cal.daysAhead(4)}に自宅で開催する方向で調整中。`, { relatedDocumentId: planId }),
        ],
      },
    };
  },
};

/** 15 石川サダ: 要介護4 with an exhausted caregiver; short stays take most of each month. */
export const client15: DemoCaseDefinition = {
  number: 15,
  note: '担当者会議済（同意待ち）: 更新認定後の新計画は会議を終え同意待ち。旧計画は実施中。短期入所が毎月20日で認定期間の半数を超えている（介護者の疲弊が理由）。',
  build: (cal) => {
    const ids = new DemoIds(15);
    const members = family(ids, [
      { name: '石川 洋子', relationship: '長男の妻', livesTogether: true, age: 66, isMainCaregiver: true, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0263-00-1501', canHelp: true, roleNotes: '在宅中の介護全般。腰痛あり' },
      { name: '石川 誠', relationship: '長男', livesTogether: true, age: 68, isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '夜間の体位交換（週末）' },
    ]);
    const cert1 = certification(ids, cal, { level: 'care_4', previous: 'care_3', from: cal.month(-11), to: cal.monthEnd(0), kind: 'renewal' });
    const cert2 = certification(ids, cal, { level: 'care_4', previous: 'care_4', from: cal.month(1), to: cal.monthEnd(24), kind: 'renewal', certifiedOn: cal.daysAgo(6) });
    const [assessment1Id, assessment2Id] = [ids.next('assessment'), ids.next('assessment')];
    const [plan1Id, plan2Id] = [ids.next('plan'), ids.next('plan')];
    const [meeting1Id, meeting2Id] = [ids.next('meeting'), ids.next('meeting')];
    const lines = () => [
      insured(ids, providers.matsukazeShortStay, '短期入所生活介護（介護者の休養）', '毎月20日'),
      insured(ids, providers.bathVan, '訪問入浴', '週1回'),
      insured(ids, providers.kaedeEquipment, '特殊寝台・床ずれ防止用具の貸与', '毎日', { reason: '寝返りと起き上がりに全介助が必要で、床ずれを防ぎ介護者の負担を減らすため' }),
      informal(ids, 'family', '長男', '週末の夜間の体位交換', '週2回'),
    ];
    const needText = { text: '家族に負担をかけすぎずに、家でも過ごしたい', items: ['family' as const, 'adl' as const], long: '月に10日は自宅で家族と過ごせる', short: [] };
    const plan1 = carePlan({
      id: plan1Id, cal, ids, status: 'active', author: 'cm', cert: cert1, assessmentId: assessment1Id,
      createdOn: cal.day(-12, 18), planDate: cal.month(-11), firstPlanDate: cal.month(-35), categories: ['continuation'],
      intentions: { client: '（うなずきで）家にいたい', family: '長男の妻「腰が限界。月の半分以上は預かってほしい」' },
      overallPolicy: '介護者の休養を確保しながら、在宅の時間を保ちます。',
      needs: needs(ids, planFrame(cal.month(-11), cal.monthEnd(0), 6), [{ ...needText, short: [{ text: '在宅中は週1回入浴できる', period: { start: cal.month(-11), end: cal.monthEnd(0) }, lines: lines() }] }]),
      process: { meetingId: meeting1Id, consentOn: cal.day(-12, 27), consentBy: '石川 洋子', relationship: '長男の妻', deliveredOn: cal.day(-12, 27) },
    });
    const plan2 = carePlan({
      id: plan2Id, cal, ids, status: 'meeting_held', author: 'cm', cert: cert2, assessmentId: assessment2Id,
      createdOn: cal.daysAgo(8), planDate: cal.daysAgo(8), firstPlanDate: cal.month(-35), categories: ['continuation'],
      intentions: { client: '（うなずきで）家にいたい', family: '長男の妻「腰が限界。月の半分以上は預かってほしい」', analysisResult: '介護者の腰痛が悪化し、在宅介護の継続が難しくなっている。施設入所の検討も含め家族と話し合う。' },
      overallPolicy: '介護者の休養を確保しつつ、施設入所を含めた今後の生活の場を家族と一緒に考えます。',
      needs: needs(ids, planFrame(cal.month(1), cal.monthEnd(12), 6), [{ ...needText, short: [{ text: '在宅中は週1回入浴できる', lines: lines() }] }]),
      process: { meetingId: meeting2Id },
    });
    const base = {
      place: 'home' as const, author: 'cm' as const, reason: 'renewal' as const,
      interviewees: [{ kind: 'client' as const, name: '石川 サダ' }, { kind: 'family' as const, name: '石川 洋子', relationship: '長男の妻' }],
      independence: { physical: ['C1', 'C1'] as ['C1', 'C1'], dementia: ['IIIa', 'IIIa'] as ['IIIa', 'IIIa'] },
      wishes: { client: '（失語があり、問いかけにうなずく）「うち」', family: '長男の妻「腰が限界。でも最期は家でと思っている」' },
      health: { heightCm: 140, weightKg: 38, diagnoses: [['多発性脳梗塞', '5年前', 'しおの内科', true] as [string, string, string, boolean]], visits: '訪問診療（月2回）', medications: [['抗血小板薬', '1日1回', '再発予防'] as [string, string, string]] },
      adl: [{ activity: 'transfer' as const, status: 'full' as const, whatCannotBeDone: '自力で移れない', whoHelpsNow: '長男の妻（2人介助が望ましい）', trend: 'declining' as const }],
      iadl: [],
      family: members, caregiverBurden: '長男の妻は腰痛で整形外科に通院中。夜間も2回起きている',
      environment: { housingType: '一戸建て', layout: '居間に介護ベッド', surroundings: '住宅地' },
      items: { lifeHistory: { lifeHistory: '製糸工場で働き、4人の子を育てた。', hobbies: '民謡' } },
      risks: { pressureUlcer: true, caregiverExhaustion: true },
    };
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.shiojiri, insuredNumber: '2000001515', name: '石川 サダ', nameKana: 'イシカワ サダ', sex: 'female', birthDate: '1933-05-05',
          address: { postalCode: '999-1515', line1: '架空県架空市しおのみ15-2' }, phone: '0263-00-1501', householdType: 'with_family', familyMembers: members,
          primaryDoctor: { doctorName: '原田 和也', institution: 'しおの内科（訪問診療）', phone: '0263-00-0310', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-35),
        },
        certifications: [cert1, cert2],
        assessments: [
          assessment(ids, { ...base, id: assessment1Id, date: cal.day(-12, 10), cert: cert1, trend: 'stable', summary: '介護者の休養の確保が最大の課題。' }),
          assessment(ids, { ...base, id: assessment2Id, date: cal.daysAgo(12), cert: cert1, trend: 'declining', summary: '介護者の腰痛が悪化。短期入所の日数がさらに増えている。' }),
        ],
        carePlans: [plan1, plan2],
        careTeamMeetings: [
          meeting(ids, meeting1Id, { occasion: 'renewal', planId: plan1Id, date: cal.day(-12, 24), place: '利用者宅', author: 'cm', attendees: [{ name: '石川 洋子', isFamily: true, relationship: '長男の妻' }, { name: '西村 学', organization: providers.matsukazeShortStay.name, role: '生活相談員' }], itemsDiscussed: '更新後の計画', discussion: '短期入所を月20日とする。', conclusions: '原案どおり' }),
          meeting(ids, meeting2Id, {
            occasion: 'renewal', planId: plan2Id, date: cal.daysAgo(3), startTime: '16:00', endTime: '16:45', place: '利用者宅', author: 'cm',
            attendees: [{ name: '石川 サダ', isClient: true }, { name: '石川 洋子', isFamily: true, relationship: '長男の妻' }, { name: '石川 誠', isFamily: true, relationship: '長男' }, { name: '西村 学', organization: providers.matsukazeShortStay.name, role: '生活相談員' }, { name: '小林 亜希', organization: providers.bathVan.name, role: '看護師' }],
            itemsDiscussed: '更新後の計画原案、短期入所の日数、施設入所の意向', discussion: '短期入所が認定期間の半数を超える状態が続いている。家族は特別養護老人ホームへの申込みを検討中。',
            conclusions: '当面は原案どおり。同意は長男夫婦が話し合ったうえで週末に行う。', openIssues: '施設入所の申込み、在宅の日の夜間の介護', nextText: '3か月後',
          }),
        ],
        supportLog: [
          log(ids, 'cm', cal.daysAgo(12), 'visit', '本人・長男の妻', '更新に伴うアセスメント', '短期入所から戻った日に訪問。介護者の腰痛が悪化している。', { relatedDocumentId: assessment2Id }),
          log(ids, 'cm', cal.daysAgo(3), 'meeting', '本人・長男夫婦・事業所', '担当者会議', '担当者会議を開催。同意は週末に長男夫婦が話し合ってからとなった。', { relatedDocumentId: meeting2Id }),
        ],
        monitorings: monthlyMonitorings(ids, cal, { plan: plan1, from: cal.month(-11), day: 26, author: 'cm', interviewees: '本人・長男の妻' }),
      },
    };
  },
};
