import type { Assessment } from '../domain/assessment.schema.js';

/**
 * A complete home assessment of the fictional client 青葉チヨ (84, lives alone, knee
 * osteoarthritis): every one of the 23 standard items is recorded.
 */
export function exemplaryAssessment(id = 'assessment-1', date = '2025-03-25'): Assessment {
  return {
    id,
    date,
    place: { kind: 'home', text: '自宅居間' },
    interviewees: [
      { id: 'iv-1', kind: 'client', name: '青葉 チヨ' },
      { id: 'iv-2', kind: 'family', name: '青葉 由美', relationship: '長女' },
    ],
    reason: 'renewal',
    assessorUserId: 'user-cm-1',
    functionTrend: 'declining',
    risks: { fall: true, medicationMismanagement: true },
    summary: '膝の痛みで外出が減り、買物と入浴に不安がある。本人は「自分で買物に行きたい」と話す。',
    items: {
      basicInfo: { receptionDate: '2025-03-10', receivedBy: '介護支援専門員 架空', receptionMethod: '電話（更新案内）', firstPlan: false },
      lifeHistory: {
        lifeHistory: '農家に生まれ、結婚後は夫と青果店を40年営んだ。夫は5年前に他界。',
        valuesAndPreferences: '人の世話になりすぎず、自分のことは自分でしたい。店の常連との付き合いを大切にしている。',
        dailyLifeBefore: '毎朝近所を散歩し、週3回は商店街で買物をしていた。',
        currentLife: '膝の痛みで外出は週1回程度。日中はテレビを見て過ごすことが多い。',
        hobbies: '園芸（プランターの花）、演歌',
      },
      socialSecurity: { medicalInsurance: '後期高齢者医療', pension: '国民年金・遺族厚生年金', publicAssistance: false, intractableDisease: false },
      currentSupport: {
        resources: [
          { id: 'res-1', kind: 'long_term_care', name: '通所リハビリテーション', provider: 'テスト通所リハ', frequency: '週2回' },
          { id: 'res-2', kind: 'informal', name: '長女の訪問', provider: '長女', frequency: '週1回' },
        ],
      },
      physicalIndependence: { judged: 'A1', judgedSource: 'certification_survey', judgedOn: '2025-03-20', current: 'A1' },
      dementiaIndependence: { judged: 'I', judgedSource: 'doctor_opinion', judgedOn: '2025-03-20', current: 'I' },
      complaintsAndWishes: {
        clientWords: '「また自分で商店街に買物に行きたい」「お風呂は一人だと怖い」',
        familyWishes: '長女「転ばずに一人暮らしを続けてほしい。週末は手伝える」',
      },
      certificationInfo: { certificationId: 'cert-1', careLevel: 'care_2', benefitLimitUnits: 19705, committeeOpinion: '特になし' },
      assessmentReason: { notes: '要介護認定の更新に伴う再アセスメント' },
      health: {
        heightCm: 148,
        weightKg: 45,
        bloodPressure: { systolic: 138, diastolic: 78 },
        diagnoses: [
          { id: 'dx-1', name: '両変形性膝関節症', isPrimary: true, onsetText: '10年前', status: 'treating', institution: 'テスト整形外科' },
          { id: 'dx-2', name: '高血圧症', onsetText: '60代', status: 'treating', institution: 'テスト内科クリニック' },
        ],
        pain: { present: true, notes: '右膝、立ち上がりと階段で痛む' },
        pressureUlcer: { present: false },
        visits: '内科に月1回、整形外科に月2回。長女の車で受診。',
        visitCompanion: '長女',
        dentist: 'テスト歯科（年2回検診）',
        pharmacy: 'テスト薬局（かかりつけ薬剤師あり）',
        medications: [
          { id: 'med-1', name: '降圧薬', dosage: '1日1回朝', purpose: '高血圧' },
          { id: 'med-2', name: '鎮痛薬（外用）', dosage: '1日2回', purpose: '膝の痛み' },
        ],
        medicationAdherence: '週に1〜2回飲み忘れがある。',
        healthAwareness: '血圧は気にしているが、運動は痛みを理由に控えがち。',
      },
      adl: {
        activities: [
          { activity: 'walking', status: 'watch', whatCannotBeDone: '屋外で長く歩けない', whoHelpsNow: '長女（週末）', aids: '杖', trend: 'declining', atRisk: true },
          { activity: 'stairs', status: 'partial', whatCannotBeDone: '玄関の段差で手すりが必要', whoHelpsNow: '通所リハの送迎時は職員、週末は長女が手を添える', aids: '手すり', trend: 'declining', atRisk: true },
          { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽のまたぎが怖い', whoHelpsNow: '通所リハで入浴', trend: 'stable' },
          { activity: 'eating', status: 'independent', trend: 'stable' },
          { activity: 'toileting', status: 'independent', trend: 'stable' },
        ],
      },
      iadl: {
        activities: [
          { activity: 'shopping', status: 'partial', whatCannotBeDone: '重い物を持ち帰れない', whoHelpsNow: '長女', trend: 'declining', atRisk: true },
          { activity: 'cooking', status: 'independent', notes: '簡単な煮物は作る', trend: 'stable' },
          { activity: 'medication_management', status: 'watch', whatCannotBeDone: '飲み忘れ', whoHelpsNow: '薬剤師', trend: 'stable' },
          { activity: 'money_management', status: 'independent', trend: 'stable' },
        ],
      },
      cognition: { dementiaDiagnosed: false, decisionMaking: '日常の判断は自分でできる', coreSymptoms: '最近の出来事を忘れることがある', bpsd: { present: false } },
      communication: { hearing: '右耳がやや遠い', vision: '老眼鏡使用', understanding: '問題なし', expression: '問題なし', devices: '固定電話' },
      dailyRhythm: { daySchedule: '6時起床、21時就寝。昼食後に昼寝。', activityLevel: '外出は週1回程度', sleep: '夜間に1回トイレで起きる' },
      excretion: { place: 'トイレ', method: '洋式トイレ', urinaryUrge: true, bowelUrge: true, urinaryIncontinence: { present: false }, rhythm: '日中6回、夜間1回' },
      hygiene: { bathing: '自宅では浴槽に入れず、通所で入浴', skinAndNails: '異常なし。爪切りは長女', clothingAndBedding: '清潔' },
      oral: { teeth: '自歯18本', dentures: { present: true, notes: '部分入れ歯、適合良好' }, oralCare: '毎食後歯みがき' },
      nutrition: { foodForm: '普通食', mealsPerDay: 3, intake: '主食は8割', fluidIntake: '1日1000ml程度', swallowing: { present: false }, whoPrepares: '本人（週末は長女）' },
      socialParticipation: {
        familyRole: '孫の誕生日に手作りのおはぎを作るのが楽しみ',
        familyRelations: '長女が隣町に住み週1回来る。長男は県外で月1回電話。',
        communityParticipation: '以前は老人会の花壇当番。現在は休んでいる。',
        willingness: '花壇当番にまた参加したい',
        work: 'なし（元青果店）',
      },
      family: {
        members: [
          { id: 'fm-sit-1', familyMemberId: 'fm-1', name: '青葉 由美', relationship: '長女', livesTogether: false, ageGroup: '50代', occupation: 'パート勤務', involvement: '週末の買物と受診同行', willingness: '週末なら協力できる', burden: '平日は仕事があり負担感あり' },
        ],
        caregiverBurden: '長女は平日の対応が難しい',
        informationSharing: '電話とLINE',
      },
      environment: {
        housingType: '一戸建て（持ち家）',
        floor: 1,
        layout: '居室からトイレまで5m、浴室は段差あり',
        hazards: [{ id: 'hz-1', place: '玄関', description: '上がり框の段差25cm' }],
        upkeep: '整理されている。冬は居間のみ暖房。',
        homeModification: { present: true, notes: 'トイレに手すり（令和5年）' },
        surroundings: 'スーパーまで徒歩10分、坂あり',
      },
      specialCircumstances: { notApplicable: true, notes: '虐待・経済的困窮等の懸念なし' },
    },
  };
}
