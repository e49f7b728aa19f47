import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';
import { thisMonthUsage, usageLine, weekdaysOf } from './usage-helpers.js';

/** 03 中島フミ: exemplary. Dementia at home with the son's family; family roles, 認知症カフェ, respite within limits. */
export const client03: DemoCaseDefinition = {
  number: 3,
  note: '模範例: 認知症（要介護3）の在宅生活。家族それぞれの役割、近隣の見守り、認知症カフェ、訪問看護は主治医の指示あり、短期入所は家族の休養のため少日数。',
  build: (cal) => {
    const ids = new DemoIds(3);
    const members = family(ids, [
      { name: '中島 浩二', relationship: '長男', livesTogether: true, age: 62, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '090-0000-0301', canHelp: true, roleNotes: '週末の夜間の見守り、受診の付き添い' },
      { name: '中島 恵美', relationship: '長男の妻', livesTogether: true, age: 60, isMainCaregiver: true, isEmergencyContact: true, emergencyPriority: 2, phone: '090-0000-0302', canHelp: true, roleNotes: '朝の散歩、日中の声かけ' },
      { name: '中島 彩', relationship: '孫', livesTogether: true, age: 28, canHelp: true, roleNotes: '夕食後に一緒にアルバムを見る' },
      { name: '宮下 幸子', relationship: '近隣', livesTogether: false, age: 70, canHelp: true, roleNotes: '一人で歩いているのを見かけたら家族に連絡' },
    ]);
    const previous = certification(ids, cal, { level: 'care_2', previous: 'care_1', from: cal.month(-27), to: cal.monthEnd(-4), kind: 'renewal' });
    const cert = certification(ids, cal, { level: 'care_3', previous: 'care_2', from: cal.month(-3), to: cal.monthEnd(32), kind: 'renewal', opinion: '認知症の進行に留意し、家族の介護負担の軽減を図ること' });
    const assessmentId = ids.next('assessment');
    const planId = ids.next('plan');
    const meetingId = ids.next('meeting');
    const start = cal.month(-3);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(8)), [
      {
        text: '朝、嫁と一緒に近所の神社まで散歩を続けたい', items: ['adl', 'cognition', 'lifeHistory'],
        long: '長男の妻と一緒に神社（片道400m）まで週5日歩いて往復できる',
        short: [{
          text: '雨の日以外は毎朝15分、家の周りを歩ける',
          lines: [
            insured(ids, providers.hohoemiDementiaDay, '個別機能訓練（歩行練習）、なじみの歌と手仕事の活動', '週3回'),
            informal(ids, 'family', '長男の妻', '朝食前に一緒に神社まで歩く', '週5回'),
            informal(ids, 'neighbour', '近隣 宮下さん', '散歩中に声をかけ、一人で歩いているときは家族に連絡する', '随時'),
          ],
        }],
      },
      {
        text: '家族と一緒にこの家で暮らし続けたい', items: ['cognition', 'dailyRhythm', 'family'],
        long: '夜は6時間以上眠り、家族と一緒に夕食をとる生活が続けられる',
        short: [{
          text: '夜中に起きて探し物をする回数が週2回以下になる',
          lines: [
            insured(ids, providers.tsubasaNurse, '服薬後の睡眠リズムの観察、家族への関わり方の助言', '週1回', { physicianInstruction: 'しおの内科 原田医師の訪問看護指示書による（睡眠薬の調整中）' }),
            insured(ids, providers.matsukazeShortStay, '家族の休養のための短期入所', '2か月に1回（3泊4日）'),
            informal(ids, 'family', '長男', '週末の夜間の見守りを担当し、妻を休ませる', '週2回'),
            informal(ids, 'family', '孫', '夕食後に一緒にアルバムを見て昔の話を聞く', '毎日'),
            informal(ids, 'volunteer', 'オレンジカフェしおのみ（認知症カフェ）', '長男の妻と一緒に参加し、介護の相談をする', '月1回'),
          ],
        }],
      },
      {
        text: '自分でトイレに行けるようにしたい', items: ['excretion', 'cognition'],
        long: '昼も夜もトイレで排泄できる',
        short: [{
          text: '日中、声かけでトイレに行き、失敗が週1回以下になる',
          lines: [
            insured(ids, providers.hohoemiDementiaDay, '排泄リズムの記録と、その人に合った声かけ', '週3回'),
            informal(ids, 'family', '長男の妻', '記録をもとに2〜3時間おきに声をかける', '毎日'),
          ],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm2', cert, assessmentId,
      createdOn: cal.day(-4, 16), planDate: start, firstPlanDate: cal.month(-51), categories: ['continuation'],
      intentions: {
        client: '「この家にいたい。神社にお参りするのが毎朝の楽しみ」',
        family: '長男の妻「できるだけ家で看たい。ただ夜に起こされるのがつらいので、ときどき休みたい」',
        analysisResult: '認知症の進行で夜間の不眠と探し物が増え、介護者の疲れが強い。日中の活動量を保ち、排泄と睡眠のリズムを整え、家族の休養を確保すれば在宅生活を続けられる。',
      },
      overallPolicy: '毎朝の神社参りという本人の習慣を大切にし、日中の活動で生活リズムを整えます。家族それぞれの役割と休養を計画に組み込み、主治医・訪問看護と連携して夜間の状態を見守ります。',
      emergency: '長男 中島浩二 090-0000-0301、しおの内科 0263-00-0310',
      needs: planNeeds,
      weekly: weekly(ids, cal.day(-4, 16), [[1, '09:00', '16:00', '認知症対応型通所介護'], [3, '09:00', '16:00', '認知症対応型通所介護'], [5, '09:00', '16:00', '認知症対応型通所介護'], [4, '14:00', '14:30', '訪問看護']], [['06:00', '06:30', '神社へ散歩'], ['07:00', undefined, '朝食'], ['18:30', undefined, '家族と夕食'], ['21:00', undefined, '就寝']], '短期入所（2か月に1回 3泊4日）、オレンジカフェ（月1回）'),
      process: { meetingId, consentOn: cal.day(-4, 26), consentBy: '中島 浩二', relationship: '長男（本人の意向を確認のうえ代筆）', deliveredOn: cal.day(-4, 26) },
    });
    const assess = assessment(ids, {
      id: assessmentId, date: cal.day(-4, 10), place: 'home', placeText: '自宅居間', author: 'cm2', reason: 'renewal', cert: previous,
      interviewees: [{ kind: 'client', name: '中島 フミ' }, { kind: 'family', name: '中島 恵美', relationship: '長男の妻' }, { kind: 'family', name: '中島 浩二', relationship: '長男' }],
      pension: '国民年金・遺族厚生年金',
      resources: [['long_term_care', '認知症対応型通所介護', providers.hohoemiDementiaDay.name, '週3回'], ['informal', 'オレンジカフェ', 'しおのみ地区ボランティア', '月1回']],
      independence: { physical: ['A1', 'A1'], dementia: ['IIb', 'IIIa'] },
      wishes: { client: '「ここは私の家。神社にお参りしないと一日が始まらない」', family: '長男の妻「夜だけでも休めたら、まだ家で看られる」' },
      health: {
        heightCm: 145, weightKg: 43, bp: [130, 72],
        diagnoses: [['アルツハイマー型認知症', '6年前', 'しおの内科', true], ['高血圧症', '60代', 'しおの内科']],
        visits: '月1回（長男が付き添い）', companion: '長男', dentist: '訪問歯科（年2回）', pharmacy: 'しおの薬局',
        medications: [['認知症治療薬', '1日1回朝', '認知症'], ['降圧薬', '1日1回朝', '高血圧'], ['睡眠導入剤', '就寝前（調整中）', '不眠']], adherence: '家族が手渡しで管理', awareness: '病識はない',
      },
      adl: [
        { activity: 'walking', status: 'watch', whatCannotBeDone: '道順がわからなくなることがある', whoHelpsNow: '長男の妻', trend: 'stable', atRisk: true },
        { activity: 'toileting', status: 'watch', whatCannotBeDone: 'トイレの場所がわからず失敗することがある（週3回）', whoHelpsNow: '長男の妻が声かけ', trend: 'declining', atRisk: true },
        { activity: 'bathing', status: 'partial', whatCannotBeDone: '洗髪と湯温の調整', whoHelpsNow: '通所で入浴', trend: 'stable' },
        { activity: 'dressing', status: 'watch', whatCannotBeDone: '服の順番を間違える', whoHelpsNow: '長男の妻が並べて置く', trend: 'stable' },
        { activity: 'eating', status: 'independent', trend: 'stable' },
      ],
      iadl: [
        { activity: 'cooking', status: 'partial', whatCannotBeDone: '火の始末', whoHelpsNow: '長男の妻', notes: '漬物と野菜の下ごしらえは得意', trend: 'declining' },
        { activity: 'medication_management', status: 'full', whatCannotBeDone: '自分では管理できない', whoHelpsNow: '長男の妻', trend: 'stable' },
        { activity: 'money_management', status: 'full', whatCannotBeDone: '金額がわからない', whoHelpsNow: '長男', trend: 'stable' },
      ],
      family: members, caregiverBurden: '長男の妻は夜間に2〜3回起こされ、睡眠不足が続いている',
      environment: { housingType: '一戸建て（二世帯）', layout: '本人の寝室は1階、トイレまで8m', hazards: [['廊下', '夜間は暗い'], ['勝手口', '段差']], modification: '廊下に足元灯と手すり（前回の認定期間中）', surroundings: '神社まで400m、車の通りは少ない' },
      items: {
        lifeHistory: { lifeHistory: '養蚕農家に生まれ、嫁いでからは夫と果樹園を営んだ。夫は12年前に他界。', valuesAndPreferences: '信心深く、毎朝の神社参りを60年続けている。人の役に立つことが好き。', dailyLifeBefore: '果樹園の手入れと漬物作りが日課だった。', currentLife: '日中は通所と家で過ごす。夕方になると「家に帰る」と言うことがある。', hobbies: '漬物作り、民謡、お手玉' },
        cognition: { dementiaDiagnosed: true, diagnosisName: 'アルツハイマー型認知症', decisionMaking: '好き嫌いや行きたい場所ははっきり伝えられる', coreSymptoms: '数分前のことを覚えていない。日付がわからない', bpsd: { present: true, notes: '夜間に起きて財布を探す（週4回程度）。夕方の帰宅願望' } },
        specialCircumstances: { notes: '介護者（長男の妻）の疲労に配慮が必要', notApplicable: false },
      },
      trend: 'declining', risks: { fall: true, caregiverExhaustion: true },
      summary: '認知症の進行で夜間の不眠と排泄の失敗が増え、介護者の疲労が強い。本人の習慣（朝の神社参り）を活かして日中の活動量を保ち、家族の休養を確保することで在宅生活の継続を目指す。',
    });
    // This month's 短期入所 (3泊4日) and the 認知症デイ days around it.
    const stayDays = [15, 16, 17, 18];
    const dayCareDays = weekdaysOf(cal, 0, [1, 3, 5]).filter((d) => !stayDays.includes(d));
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.shiojiri, insuredNumber: '2000000303', name: '中島 フミ', nameKana: 'ナカジマ フミ', sex: 'female', birthDate: '1937-02-14',
          address: { postalCode: '999-0303', line1: '架空県架空市しおのみ1-8' }, phone: '0263-00-0301', householdType: 'with_family', familyMembers: members,
          primaryDoctor: { doctorName: '原田 和也', institution: 'しおの内科', phone: '0263-00-0310', wroteOpinion: true, collaborationNotes: '毎月の受診時に長男が睡眠の記録を持参。計画は文書で送付' },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.month(-51),
        },
        certifications: [previous, cert],
        assessments: [assess],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-4, 22), startTime: '18:30', endTime: '19:30', place: '利用者宅（家族の仕事後に開催）', count: 5, author: 'cm2',
          attendees: [
            { name: '中島 フミ', isClient: true }, { name: '中島 浩二', isFamily: true, relationship: '長男' }, { name: '中島 恵美', isFamily: true, relationship: '長男の妻' },
            { name: '森 由紀', organization: providers.hohoemiDementiaDay.name, role: '介護福祉士' }, { name: '吉川 舞', organization: providers.tsubasaNurse.name, role: '看護師' },
          ],
          absentees: [{ name: '西村 学', organization: providers.matsukazeShortStay.name, role: '生活相談員', inquiryContent: '短期入所の頻度と夜間の対応', reply: '2か月に1回の利用は可能。夜間は巡回で対応する。', repliedOn: cal.day(-4, 21) }],
          itemsDiscussed: '更新後の計画原案、夜間の不眠、介護者の休養', discussion: '看護師より睡眠薬調整中で2週間ごとに状態を主治医へ報告する。短期入所は家族の休養に必要な最小限とする。',
          conclusions: '原案どおり実施する。', openIssues: '将来の夜間対応（夜間対応型訪問介護の検討）', nextText: '状態変化時または6か月後',
        })],
        supportLog: [
          log(ids, 'cm2', cal.day(-4, 10), 'visit', '本人・長男・長男の妻', 'アセスメント', '本人と神社まで一緒に歩き、道順の理解と歩行を確認した。', { relatedDocumentId: assessmentId }),
          log(ids, 'cm2', cal.day(-4, 26), 'visit', '本人・長男', '計画の説明・同意・交付', '計画を説明し、本人の意向を確認のうえ長男が署名。各事業所に交付した。', { relatedDocumentId: planId }),
          log(ids, 'cm2', cal.day(-2, 14), 'phone', 'つばさ訪問看護 吉川看護師', '睡眠の状況', '睡眠薬調整後、夜間の探し物が週2回に減ったと報告あり。主治医にも報告済み。'),
        ],
        monitorings: monthlyMonitorings(ids, cal, {
          plan, from: start, day: 8, author: 'cm2', interviewees: '本人・長男の妻',
          comments: [['雨の日以外は家の周りを歩いている', '神社まで往復できた日が週3回', '週5回往復'], ['夜間の探し物 週4回', '週2回に減った', '週1〜2回'], ['失敗 週3回', '週2回', '週1回']],
          changes: ['睡眠薬の調整開始', '夜間の睡眠が伸びた', '短期入所を利用し家族が休めた'],
        }),
        // 第6表: 認知症デイ（月・水・金）と訪問看護（木）、今月は3泊4日の短期入所（前々月にも4日、前月までの利用日数 4日）。
        serviceUsages: [thisMonthUsage(ids, cal, {
          plan, confirmedBy: '中島 浩二（長男）', shortStayDaysBefore: 4,
          lines: [
            usageLine(ids, providers.hohoemiDementiaDay, { serviceCode: '722351', serviceName: '認知症対応型通所介護（単独型・7時間以上8時間未満・要介護3）', units: 1210, startTime: '09:00', endTime: '16:00', plannedDays: dayCareDays }),
            usageLine(ids, providers.hohoemiDementiaDay, { serviceCode: '725301', serviceName: '認知症通所介護入浴介助加算Ⅰ', units: 40, startTime: '09:00', endTime: '16:00', plannedDays: dayCareDays }),
            usageLine(ids, providers.tsubasaNurse, { serviceCode: '131211', serviceName: '訪問看護（30分以上1時間未満）', units: 823, startTime: '14:00', endTime: '14:30', plannedDays: weekdaysOf(cal, 0, [4]).filter((d) => !stayDays.includes(d)) }),
            usageLine(ids, providers.matsukazeShortStay, { serviceCode: '212311', serviceName: '短期入所生活介護（併設型・従来型個室・要介護3）', units: 787, plannedDays: stayDays }),
            usageLine(ids, providers.matsukazeShortStay, { serviceCode: '216920', serviceName: '短期生活送迎加算', units: 184, plannedDays: [stayDays[0] ?? 15, stayDays[stayDays.length - 1] ?? 18] }),
          ],
        })],
      },
    };
  },
};
