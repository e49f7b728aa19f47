import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame, weekly } from './plan-helpers.js';
import { providers } from './providers.js';

/** 04 工藤勝男: exemplary. Former fisherman with COPD living alone; renewal handled by 照会 with a stated reason. */
export const client04: DemoCaseDefinition = {
  number: 4,
  note: '模範例: 独居の元漁師（COPD・糖尿病）。「釣り仲間と港で釣りをしたい」。生活援助の算定理由、訪問看護の指示、民間の配食と釣り仲間の位置付け、やむを得ない理由のある照会、テレビ電話を併用したモニタリング。',
  build: (cal) => {
    const ids = new DemoIds(4);
    const members = family(ids, [
      { name: '工藤 美香', relationship: '長女', livesTogether: false, age: 48, address: '札幌市（架空）', phone: '090-0000-0401', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '週2回の電話で食事と血糖値を聞く。年3回帰省' },
      { name: '三上 正', relationship: '釣り仲間（漁協OBの会）', livesTogether: false, age: 74, phone: '0153-00-0402', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '港への行き帰りに同行する' },
    ]);
    const previous = certification(ids, cal, { level: 'care_1', from: cal.month(-14), to: cal.monthEnd(-3), kind: 'new' });
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-2), to: cal.monthEnd(21), kind: 'renewal' });
    const assessmentId = ids.next('assessment');
    const planId = ids.next('plan');
    const meetingId = ids.next('meeting');
    const start = cal.month(-2);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(9)), [
      {
        text: '釣り仲間と港でまた釣りをしたい', items: ['health', 'adl', 'socialParticipation'],
        long: '港の岸壁（自宅から800m）まで歩いて行き、仲間と2時間釣りができる',
        short: [{
          text: '口すぼめ呼吸で息を整えながら、休憩2回で港まで歩ける',
          lines: [
            insured(ids, providers.tsubasaNurse, '呼吸リハビリ（口すぼめ呼吸・歩行時の休憩の取り方）、酸素飽和度と血糖の確認', '週1回', { physicianInstruction: 'ねむろ中央病院 呼吸器内科 佐藤医師の訪問看護指示書による（SpO2 90%未満で中止）' }),
            informal(ids, 'self', '本人', '毎朝10分の呼吸体操', '毎日'),
            informal(ids, 'neighbour', '釣り仲間 三上さん（漁協OBの会）', '港への行き帰りに同行し、具合が悪いときは長女に連絡する', '週1回'),
          ],
        }],
      },
      {
        text: '得意の魚料理を自分で作り続けたい', items: ['health', 'iadl', 'nutrition'],
        long: 'HbA1cを7.5%未満に保ち、毎日3食とれる',
        short: [{
          text: '週3回は自分で魚料理を作り、1日3食とれる',
          lines: [
            insured(ids, providers.hinataHelper, '生活援助（一緒に献立を考え、本人ができる下ごしらえは本人が行う調理・掃除）', '週2回'),
            informal(ids, 'private', '民間の弁当宅配（架空フーズ）', '夕食の宅配と手渡しでの安否確認', '週4回'),
            informal(ids, 'family', '長女', '電話で食事内容と血糖値を聞き、記録を褒める', '週2回'),
          ],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm2', cert, assessmentId,
      createdOn: cal.day(-3, 15), planDate: start, firstPlanDate: cal.month(-14), categories: ['continuation'],
      intentions: {
        client: '「海を見ないと落ち着かない。また仲間と岸壁で竿を出したい」「料理は自分でやりたい。魚をさばくのは得意だ」',
        family: '長女「一人暮らしが心配だが、父の好きにさせてあげたい。電話で様子を聞く」',
        analysisResult: 'COPDで歩くと息切れし、外出が減っている。呼吸法を身につければ港まで歩ける見込みがある。糖尿病は食事の乱れで悪化しており、得意の魚料理を一緒に続けながら、配達弁当で夕食を整えれば血糖の改善が見込める。',
      },
      overallPolicy: '港での釣りという本人の生きがいを目標に、呼吸リハビリと食事の改善に取り組みます。釣り仲間・長女・民間の配達と役割を分け、一人暮らしを支えます。',
      livingSupport: 'living_alone',
      emergency: '長女 工藤美香 090-0000-0401、ねむろ中央病院 0153-00-0410',
      needs: planNeeds,
      weekly: weekly(ids, cal.day(-3, 15), [[2, '10:00', '11:00', '訪問介護（生活援助）'], [5, '10:00', '11:00', '訪問介護（生活援助）'], [3, '14:00', '14:45', '訪問看護'], [6, '06:00', '08:00', '釣り仲間と港へ']], [['05:00', undefined, '起床・呼吸体操'], ['07:00', undefined, '朝食・服薬'], ['18:00', undefined, '夕食（宅配弁当）'], ['21:00', undefined, '就寝']], '受診（月1回）、長女の帰省（年3回）'),
      process: { meetingId, consentOn: cal.day(-3, 28), consentBy: '工藤 勝男', deliveredOn: cal.day(-3, 28) },
    });
    const assess = assessment(ids, {
      id: assessmentId, date: cal.day(-3, 8), place: 'home', placeText: '自宅台所', author: 'cm2', reason: 'renewal', cert: previous,
      interviewees: [{ kind: 'client', name: '工藤 勝男' }, { kind: 'family', name: '工藤 美香', relationship: '長女（電話）' }],
      pension: '国民年金・船員保険の年金',
      resources: [['long_term_care', '訪問看護', providers.tsubasaNurse.name, '週1回'], ['other', '弁当の宅配', '架空フーズ', '週4回']],
      independence: { physical: ['J2', 'J2'], dementia: ['independent', 'independent'] },
      wishes: { client: '「岸壁で竿を出したい。料理は自分でやりたい」', family: '長女「無理はしてほしくないが、好きなことは続けてほしい」' },
      health: {
        heightCm: 168, weightKg: 58, bp: [128, 76],
        diagnoses: [['慢性閉塞性肺疾患（COPD）', '8年前', 'ねむろ中央病院 呼吸器内科', true], ['2型糖尿病', '15年前', 'ねむろ中央病院 内科']],
        symptoms: '坂道と階段で息切れ（SpO2 92%前後）', visits: '月1回（路線バス）', dentist: 'なし（入れ歯が合わない）', pharmacy: '港町薬局',
        medications: [['吸入薬', '1日1回', 'COPD'], ['血糖降下薬', '1日2回', '糖尿病']], adherence: '吸入は確実。夕方の内服を忘れることがある', awareness: '禁煙は5年続いている。HbA1c 8.1%',
      },
      adl: [
        { activity: 'walking', status: 'watch', whatCannotBeDone: '300mで息切れし休憩が必要', whoHelpsNow: '釣り仲間が同行', trend: 'declining', atRisk: true },
        { activity: 'bathing', status: 'independent', notes: '息切れするため休みながら', trend: 'stable' },
        { activity: 'eating', status: 'independent', trend: 'stable' },
      ],
      iadl: [
        { activity: 'cooking', status: 'partial', whatCannotBeDone: '立ち続けると息切れし、献立が偏る', whoHelpsNow: '訪問介護', trend: 'declining' },
        { activity: 'cleaning', status: 'partial', whatCannotBeDone: '掃除機かけ・風呂掃除', whoHelpsNow: '訪問介護', trend: 'stable' },
        { activity: 'shopping', status: 'watch', whatCannotBeDone: '重い物を運べない', whoHelpsNow: '釣り仲間の車で週1回', trend: 'stable' },
      ],
      family: members,
      environment: { housingType: '一戸建て（港の近く）', layout: '平屋。台所と居間が続き間', hazards: [['玄関前', '冬は凍結する坂']], surroundings: '港まで800m、スーパーまで1.5km' },
      items: {
        lifeHistory: { lifeHistory: '根室（架空）の漁師の家に生まれ、45年サンマ漁と刺し網漁に従事。妻は6年前に他界。', valuesAndPreferences: '人に頼るのは苦手。「海の男」としての誇りがある。', dailyLifeBefore: '早朝に港へ行き、仲間と話してから家事をしていた。', currentLife: '息切れで港へ行くのは月1〜2回に減った。', hobbies: '釣り、魚料理、演歌' },
        oral: { teeth: '総入れ歯', dentures: { present: true, notes: '上の入れ歯が合わず硬い物が食べにくい' }, oralCare: '夜に入れ歯を洗う' },
        socialParticipation: { familyRole: '長女に干物を送る', familyRelations: '長女と週2回電話', communityParticipation: '漁協OBの会', willingness: '港で仲間と話すのが一番の楽しみ' },
      },
      trend: 'declining', risks: { malnutrition: true, isolation: true },
      summary: 'COPDの息切れで外出が減り、仲間との交流と食事の質が落ちている。呼吸法と食事の支援で、港での釣りと一人暮らしを続けられる。',
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.nemuro, insuredNumber: '1900000404', name: '工藤 勝男', nameKana: 'クドウ カツオ', sex: 'male', birthDate: '1949-11-20',
          address: { postalCode: '999-0404', line1: '架空県架空市みさき町3-2' }, phone: '0153-00-0401', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '佐藤 亮', institution: 'ねむろ中央病院 呼吸器内科', phone: '0153-00-0410', wroteOpinion: true, collaborationNotes: '受診に同行して呼吸リハビリの方針を確認。計画は文書で送付' },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.month(-14),
        },
        certifications: [previous, cert],
        assessments: [assess],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          kind: 'inquiry', occasion: 'renewal', planId, date: cal.day(-3, 20), place: '照会（文書・電話）', author: 'cm2', count: 2,
          inquiryReason: '開催予定日に本人がCOPDの増悪で自宅療養中となり、主治医から人の集まる場を避けるよう助言があった。状態は安定に向かっており計画の大きな変更はないため、担当者に照会して意見を求めた。',
          attendees: [{ name: '工藤 勝男', isClient: true }],
          absentees: [
            { name: '吉川 舞', organization: providers.tsubasaNurse.name, role: '看護師', inquiryContent: '呼吸リハビリの内容と歩行距離の目標', reply: '港まで休憩2回での歩行は妥当。SpO2 90%未満で中止', repliedOn: cal.day(-3, 23) },
            { name: '大塚 直美', organization: providers.hinataHelper.name, role: 'サービス提供責任者', inquiryContent: '調理を一緒に行う方法', reply: '下ごしらえは本人、火を使う工程は見守りで対応可能', repliedOn: cal.day(-3, 22) },
            { name: '佐藤 亮', organization: 'ねむろ中央病院', role: '主治医', inquiryContent: '運動の可否と中止基準', reply: '歩行練習は可。息切れが強い日は休む', repliedOn: cal.day(-3, 24) },
          ],
          itemsDiscussed: '更新後の計画原案', discussion: '各担当者から原案に賛成の回答。呼吸リハビリの中止基準を共有した。',
          conclusions: '原案どおり実施する。次回は集まって開催する。', openIssues: '入れ歯の調整（歯科受診）', nextText: '6か月後',
        })],
        supportLog: [
          log(ids, 'cm2', cal.day(-3, 8), 'visit', '本人', 'アセスメント', '自宅を訪問し、台所での調理動作と港までの道を確認した。', { relatedDocumentId: assessmentId }),
          log(ids, 'cm2', cal.day(-3, 18), 'phone', '本人', '担当者会議の延期', 'COPDの増悪で療養中との連絡。主治医の助言を受け、照会に切り替えることを本人に説明し了承を得た。'),
          log(ids, 'cm2', cal.day(-3, 28), 'visit', '本人', '計画の説明・同意・交付', '照会の結果を説明し、計画に同意を得て交付した。テレビ電話でのモニタリングについて文書で同意を得た。', { relatedDocumentId: planId }),
          log(ids, 'cm2', cal.day(-1, 20), 'phone', '釣り仲間 三上さん', '外出の様子', '先週は港まで休憩3回で歩き、1時間釣りをしたと聞いた。'),
        ],
        monitorings: monthlyMonitorings(ids, cal, {
          plan, from: start, day: 14, author: 'cm2', interviewees: '本人', alternateOnline: true,
          comments: [['休憩4回で港まで歩いた', '休憩3回で往復、1時間釣りができた', '休憩2回で歩けた'], ['週2回は自分で調理', '週3回調理。HbA1c 7.8%', '週3回調理を継続']],
          changes: ['増悪から回復', '息切れが軽くなったと本人', '変化なし'],
        }),
      },
    };
  },
};
