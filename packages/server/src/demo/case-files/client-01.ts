import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';
import { thisMonthUsage, usageLine, weekdaysOf } from './usage-helpers.js';

/** 01 小松ハル: exemplary. Farmer living alone; informal supports (son, neighbour, 民生委員, サロン) carry half the plan. */
export const client01: DemoCaseDefinition = {
  number: 1,
  note: '模範例: 居宅でのアセスメント（23項目）、本人の言葉のニーズ「畑で野菜作りを続けたい」、家族・近隣・民生委員・サロンの位置付け、毎月のモニタリング。',
  build: (cal) => {
    const ids = new DemoIds(1);
    const members = family(ids, [
      { name: '小松 誠', relationship: '長男', livesTogether: false, age: 56, phone: '090-0000-0101', address: '架空市中央（車で40分）', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '週末に来て畑の力仕事と買物を手伝う' },
      { name: '小松 直子', relationship: '長男の妻', livesTogether: false, age: 54, phone: '090-0000-0102', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '平日夜の電話で服薬を確認する' },
      { name: '佐々木 トシ', relationship: '近隣（友人）', livesTogether: false, age: 80, canHelp: true, roleNotes: 'サロンに誘い合って一緒に歩いて行く' },
      { name: '藤田 清', relationship: '民生委員', livesTogether: false, canHelp: true, roleNotes: '月1回の訪問と冬場の見守り' },
    ]);
    const previous = certification(ids, cal, { level: 'care_1', from: cal.month(-28), to: cal.monthEnd(-5), kind: 'new' });
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-4), to: cal.monthEnd(19), kind: 'renewal' });
    const assessmentId = ids.next('assessment');
    const planId = ids.next('plan');
    const meetingId = ids.next('meeting');
    const start = cal.month(-4);
    const frame = planFrame(start, cal.monthEnd(7));
    const planNeeds = needs(ids, frame, [
      {
        text: '春から自宅裏の畑で野菜作りを続けたい',
        items: ['adl', 'lifeHistory', 'environment'],
        long: '自宅裏の畑（約50㎡）で、腰掛け台を使いながら1時間続けて作業できる',
        short: [{
          text: '手押し車を使って畑まで（約100m）休まず往復できる',
          lines: [
            insured(ids, providers.kazeDayCare, '下肢筋力訓練・屋外歩行練習・畑作業を想定した立ち座り練習', '週2回', { physicianInstruction: 'かぜの丘クリニック 佐伯医師より、膝の痛みに応じて負荷を調整するよう指示（計画作成前に文書で確認）' }),
            insured(ids, providers.sasaeEquipment, '歩行車（屋外用）の貸与', '毎日', { reason: '膝の痛みで杖では畑までの砂利道が不安定。歩行車なら休憩の腰掛けにもなり、畑までの往復練習ができるため', equipment: { taisCode: '00000-000101', name: '屋外用歩行車（デモ）' } }),
            informal(ids, 'self', '本人', '毎朝、歩行車で畑まで歩いて見回る', '毎日'),
            informal(ids, 'family', '長男', '土日に耕うん・運搬などの力仕事を一緒に行う', '週1回'),
          ],
        }],
      },
      {
        text: '茶飲み仲間と集まって話す時間を続けたい',
        items: ['socialParticipation', 'lifeHistory'],
        long: '月2回のふれあいサロンに歩いて参加し、体操と茶話会に加わる',
        short: [{
          text: 'サロン会場（約300m）まで友人と一緒に歩いて行ける',
          lines: [
            informal(ids, 'community', 'みずほ地区ふれあいサロン（社会福祉協議会）', '椅子体操と茶話会', '月2回'),
            informal(ids, 'neighbour', '佐々木 トシ（友人）', '誘い合って一緒に歩いて行く', '月2回'),
            informal(ids, 'community', '民生委員 藤田 清', '訪問して様子を聞き、冬道の状況を伝える', '月1回'),
          ],
        }],
      },
      {
        text: '血圧の薬を飲み忘れずに、自分で管理したい',
        items: ['health', 'iadl'],
        long: '毎朝の服薬と血圧測定を自分で続け、血圧を140/90未満に保てる',
        short: [{
          text: '血圧手帳に毎朝記録し、受診時に医師に見せられる',
          lines: [
            insured(ids, providers.minatoPharmacy, '薬剤師による服薬指導・お薬カレンダーの設定', '月1回', { physicianInstruction: 'みずほ内科医院 村上医師の指示による（一包化の指示あり）' }),
            informal(ids, 'self', '本人', '朝食後に服薬し、血圧を測って手帳に書く', '毎日'),
            informal(ids, 'family', '長男の妻', '夜に電話で服薬と血圧を一緒に確認する', '週3回'),
          ],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-5, 20), planDate: start, firstPlanDate: cal.month(-28), categories: ['continuation'],
      intentions: {
        client: '「春になったらまた畑に出たい。自分で作った野菜を孫に送りたい」「サロンで友達としゃべるのが楽しみ」',
        family: '長男「母が畑を続けられるよう、週末の力仕事は引き受ける。転倒だけが心配」',
        analysisResult: '膝の痛みで歩く距離が減り、脚力が落ちつつある。歩行練習と歩行車で畑までの往復ができれば、畑作業とサロン参加が続けられ、生活の張りが保てる。',
      },
      overallPolicy: '畑とサロンという本人の楽しみを軸に、歩く力を取り戻す支援を行います。家族・友人・民生委員と役割を分担し、冬場も見守ります。',
      emergency: '長男 小松誠 090-0000-0101、みずほ内科医院 0187-00-0110',
      needs: planNeeds,
      weekly: weekly(ids, cal.day(-5, 20), [
        [2, '09:30', '15:30', '通所リハビリテーション'],
        [5, '09:30', '15:30', '通所リハビリテーション'],
        [6, '10:00', '12:00', '長男と畑作業'],
      ], [['06:00', undefined, '起床・畑の見回り'], ['07:00', '07:30', '朝食・服薬・血圧測定'], ['21:00', undefined, '就寝']], 'ふれあいサロン（第1・第3水曜）、民生委員の訪問（月1回）、歩行車の貸与、居宅療養管理指導（月1回）'),
      process: { meetingId, consentOn: cal.day(-5, 27), consentBy: '小松 ハル', deliveredOn: cal.day(-5, 27) },
    });
    const assess = assessment(ids, {
      id: assessmentId, date: cal.day(-5, 12), place: 'home', placeText: '自宅居間', author: 'cm', reason: 'renewal', cert: previous,
      interviewees: [{ kind: 'client', name: '小松 ハル' }, { kind: 'family', name: '小松 誠', relationship: '長男' }],
      pension: '国民年金（農業者年金）',
      resources: [['long_term_care', '通所リハビリテーション', providers.kazeDayCare.name, '週2回'], ['informal', 'ふれあいサロン', '社会福祉協議会', '月2回'], ['informal', '民生委員の訪問', '藤田 清', '月1回']],
      independence: { physical: ['J2', 'J2'], dementia: ['independent', 'independent'] },
      wishes: { client: '「畑をやめたら私でなくなる。また春には畑に出たい」', family: '長男「できることは続けてほしい。週末は手伝う」' },
      health: {
        heightCm: 146, weightKg: 49, bp: [142, 80],
        diagnoses: [['両変形性膝関節症', '70代から', 'かぜの丘クリニック', true], ['高血圧症', '60代から', 'みずほ内科医院'], ['骨粗鬆症', '5年前', 'みずほ内科医院']],
        pain: '右膝。立ち上がりと砂利道で痛む', visits: '内科月1回、整形外科月2回（長男の車）', companion: '長男', dentist: 'みずほ歯科（年2回）', pharmacy: 'みなと薬局',
        medications: [['降圧薬', '1日1回朝', '高血圧'], ['活性型ビタミンD', '1日1回朝', '骨粗鬆症'], ['湿布', '1日1回', '膝の痛み']],
        adherence: '週1回ほど朝の薬を飲み忘れる', awareness: '血圧は気にしている。畑のために膝を大事にしたいと話す',
      },
      adl: [
        { activity: 'walking', status: 'watch', whatCannotBeDone: '砂利道と坂で膝が痛み、200m以上続けて歩けない', whoHelpsNow: '長男（週末の畑）', aids: '杖', trend: 'declining', atRisk: true },
        { activity: 'standing_up', status: 'independent', notes: '低い椅子からは手をついて立つ', trend: 'stable', atRisk: true },
        { activity: 'bathing', status: 'independent', notes: '浴槽の手すりを使う', trend: 'stable' },
        { activity: 'toileting', status: 'independent', trend: 'stable' },
        { activity: 'eating', status: 'independent', trend: 'stable' },
      ],
      iadl: [
        { activity: 'shopping', status: 'partial', whatCannotBeDone: '重い物と米を運べない', whoHelpsNow: '長男（週末にまとめ買い）', trend: 'stable' },
        { activity: 'cooking', status: 'independent', notes: '畑の野菜で煮物を作る', trend: 'stable' },
        { activity: 'medication_management', status: 'watch', whatCannotBeDone: '朝の飲み忘れ', whoHelpsNow: '長男の妻（電話）', trend: 'stable' },
        { activity: 'driving', status: 'full', whatCannotBeDone: '3年前に免許を返納', whoHelpsNow: '長男', trend: 'stable' },
      ],
      family: members,
      caregiverBurden: '長男は平日仕事があり、週末のみ。負担感は「今のところ大丈夫」',
      environment: { housingType: '一戸建て（農家住宅）', layout: '居間・寝室・トイレは1階。畑まで砂利道で約100m', hazards: [['玄関', '上がり框の段差30cm'], ['畑までの道', '砂利と緩い坂']], modification: '玄関と浴室に手すり（前回の認定期間中）', surroundings: '商店まで2km。冬は積雪が多い' },
      items: {
        lifeHistory: {
          lifeHistory: 'みずほ町の農家に生まれ、嫁いでからも夫と米と野菜を作ってきた。夫は7年前に他界。',
          valuesAndPreferences: '「土をいじっていると元気が出る」。人に頼りすぎず、できることは自分でしたい。',
          dailyLifeBefore: '毎朝畑に出て、昼は近所の友人とお茶を飲むのが日課だった。',
          currentLife: '膝の痛みで畑に出るのは週2回程度。サロンには月2回参加している。',
          hobbies: '野菜作り、漬物作り、民謡',
        },
        socialParticipation: { familyRole: '漬物を作って親戚に配る', familyRelations: '長男夫婦と良好。孫は県外', communityParticipation: 'ふれあいサロン（月2回）、集落の草刈りは見学', willingness: 'サロンは休まず続けたい' },
      },
      trend: 'declining', risks: { fall: true, medicationMismanagement: true },
      summary: '膝の痛みで歩行距離が減り、畑に出る回数が減っている。歩行練習と歩行車で畑までの往復を取り戻し、畑作業とサロン参加を続けることが本人の生きがいにつながる。',
    });
    const teamMeeting = meeting(ids, meetingId, {
      occasion: 'renewal', planId, date: cal.day(-5, 24), startTime: '14:00', endTime: '14:50', place: '利用者宅', count: 4, author: 'cm',
      attendees: [
        { name: '小松 ハル', isClient: true }, { name: '小松 誠', isFamily: true, relationship: '長男' },
        { name: '大野 亮', organization: providers.kazeDayCare.name, role: '理学療法士' }, { name: '三浦 由香', organization: providers.sasaeEquipment.name, role: '福祉用具専門相談員' },
      ],
      absentees: [{ name: '石田 恵', organization: providers.minatoPharmacy.name, role: '薬剤師', inquiryContent: '服薬状況と一包化・お薬カレンダーの設定について', reply: '一包化済み。カレンダーを設定し、月1回訪問で確認する。', repliedOn: cal.day(-5, 23) }],
      itemsDiscussed: '更新後の計画原案、屋外歩行車の必要性、冬場の見守り', discussion: 'PTより、歩行車で休憩しながらなら畑までの往復は可能との見立て。民生委員とサロンの見守りを冬場も続ける。',
      conclusions: '原案どおり実施する。歩行車は3か月後に必要性を再確認する。', openIssues: '冬季の除雪と通院手段', nextText: '3か月後（歩行車の必要性確認時）',
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.omagariSenboku, insuredNumber: '5900000101', name: '小松 ハル', nameKana: 'コマツ ハル', sex: 'female', birthDate: '1943-05-12',
          address: { postalCode: '999-0101', line1: '架空県架空郡みずほ町中村12' }, phone: '0187-00-0101', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '村上 修', institution: 'みずほ内科医院', phone: '0187-00-0110', wroteOpinion: true, collaborationNotes: '計画を文書で送付。受診時に長男が血圧手帳を見せる' },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-28),
        },
        certifications: [previous, cert],
        assessments: [assess],
        carePlans: [plan],
        careTeamMeetings: [teamMeeting],
        supportLog: [
          log(ids, 'cm', cal.day(-6, 20), 'phone', '長男', '更新申請の案内', '認定の有効期間が近いことを伝え、更新申請を代行することで了承を得た。'),
          log(ids, 'cm', cal.day(-5, 12), 'visit', '本人・長男', 'アセスメント', '自宅を訪問し、畑までの道を本人と一緒に歩いて確認した。', { relatedDocumentId: assessmentId }),
          log(ids, 'cm', cal.day(-5, 27), 'visit', '本人', '計画の説明・同意・交付', '計画を説明し署名を得て交付した。各事業所にも交付し、個別サービス計画の提出を依頼した。', { relatedDocumentId: planId }),
          log(ids, 'cm', cal.day(-2, 9), 'phone', '民生委員 藤田 清', '冬場の見守り', '積雪時は民生委員が声をかけ、サロンが休みの週は電話をもらうことを確認した。'),
        ],
        monitorings: monthlyMonitorings(ids, cal, {
          plan, from: start, day: 18, author: 'cm', interviewees: '本人（長男は電話）',
          comments: [
            ['畑まで2回休んで往復した', '休憩1回で往復できた', '休まず往復できる日が増えた', '休まず往復できた', '目標達成。畑で30分作業できた'],
            ['友人と一緒に参加した', '雪で1回休んだが参加', '体操に最後まで参加', '毎回参加している', '参加を継続'],
            ['飲み忘れ週1回', '飲み忘れ月2回', '手帳を受診時に見せた', '記録が続いている', '血圧は130台で安定'],
          ],
          changes: ['特に変化なし', '膝の痛みは天候で変わる', '歩く距離が伸びたと本人', '変化なし', '畑の準備を始めた', '変化なし'],
        }),
        // 第6表: 通所リハ（火・金）、歩行車の貸与、月1回の居宅療養管理指導（区分支給限度基準額の対象外）。
        serviceUsages: [thisMonthUsage(ids, cal, {
          plan, confirmedBy: '小松 ハル',
          lines: [
            usageLine(ids, providers.kazeDayCare, { serviceCode: '162211', serviceName: '通所リハ（6時間以上7時間未満・要介護1）', units: 715, startTime: '09:30', endTime: '15:30', plannedDays: weekdaysOf(cal, 0, [2, 5]) }),
            usageLine(ids, providers.sasaeEquipment, { serviceCode: '171005', serviceName: '歩行器貸与', units: 300, plannedDays: [1], taisCode: '00000-000101', equipmentName: '屋外用歩行車（デモ）' }),
            usageLine(ids, providers.minatoPharmacy, { serviceCode: '311111', serviceName: '薬剤師居宅療養管理指導（単一建物居住者1人）', units: 518, startTime: '15:00', endTime: '15:30', plannedDays: weekdaysOf(cal, 0, [3]).slice(1, 2) }),
          ],
        })],
      },
    };
  },
};
