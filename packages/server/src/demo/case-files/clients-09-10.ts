import { addDays, addMonths, endOfMonth, startOfMonth } from '@kizuki/core';
import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, informal, insured, meeting, needs, planFrame } from './plan-helpers.js';
import { providers } from './providers.js';

/** 09 松本トメ: a meeting was held, but the plan was never signed, delivered or sent to providers. */
export const client09: DemoCaseDefinition = {
  number: 9,
  note: '弱い例: 担当者会議は開いたが、文書による同意なし・交付なし・個別サービス計画の提出依頼なしのまま実施中。総合的な援助の方針が空欄、目標のないニーズ（「通院の付き添いをしてほしい」）あり。',
  build: (cal) => {
    const ids = new DemoIds(9);
    const members = family(ids, [
      { name: '松本 恵子', relationship: '次女', livesTogether: false, age: 62, phone: '090-0000-0901', address: '架空市内（車で15分）', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '週末に作り置きのおかずを届ける' },
    ]);
    const cert = certification(ids, cal, { level: 'care_2', previous: 'care_1', from: cal.month(-4), to: cal.monthEnd(19), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-4);
    const planNeeds = needs(ids, planFrame(start, cal.monthEnd(7)), [
      {
        text: '娘に迷惑をかけずに、自分の家で暮らしたい', items: ['health', 'iadl', 'nutrition'], long: '減塩の食事と服薬を続け、入院せずに一人暮らしを続けられる',
        short: [{
          text: '塩分を控えた食事を1日3食とれる',
          lines: [insured(ids, providers.aozoraHelperKita, '生活援助（減塩の調理・買物）', '週3回'), informal(ids, 'family', '次女', '週末に減塩の作り置きを届ける', '週1回')],
        }],
      },
    ]);
    planNeeds.push({ id: ids.next('need'), text: '通院の付き添いをしてほしい', assessmentItems: ['health'], longTermGoals: [] });
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm2', cert, assessmentId,
      createdOn: cal.day(-5, 16), planDate: start, firstPlanDate: cal.month(-16), categories: ['continuation'],
      intentions: { client: '「娘に迷惑はかけたくない。この家で暮らしたい」', family: '次女「週末なら手伝える」' },
      livingSupport: 'living_alone',
      needs: planNeeds,
      process: { meetingId, requestPlans: false },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.otaru, insuredNumber: '1900000909', name: '松本 トメ', nameKana: 'マツモト トメ', sex: 'female', birthDate: '1935-08-30',
          address: { postalCode: '999-0909', line1: '架空県架空市いなほ町9-2' }, phone: '0134-00-0901', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '山田 洋子', institution: 'いなほ腎クリニック', phone: '0134-00-0910', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm2', status: 'active', startedOn: cal.month(-16),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-5, 9), place: 'home', author: 'cm2', reason: 'renewal', cert,
          interviewees: [{ kind: 'client', name: '松本 トメ' }],
          resources: [['long_term_care', '訪問介護', providers.aozoraHelperKita.name, '週3回']],
          independence: { physical: ['A1', 'A1'], dementia: ['I', 'I'] },
          wishes: { client: '「娘に迷惑はかけたくない」', family: '次女「週末なら手伝える」' },
          health: { heightCm: 142, weightKg: 40, bp: [148, 82], diagnoses: [['慢性腎臓病（ステージ3）', '5年前', 'いなほ腎クリニック', true], ['高血圧症', '60代', 'いなほ腎クリニック']], visits: '月1回（タクシー。付き添いなし）', medications: [['降圧薬', '1日1回', '高血圧'], ['吸着薬', '1日3回', '腎臓病']], adherence: '昼の薬を飲み忘れる' },
          adl: [{ activity: 'walking', status: 'watch', whatCannotBeDone: '外では疲れやすい', whoHelpsNow: 'なし', aids: '杖', trend: 'declining', atRisk: true }],
          iadl: [{ activity: 'cooking', status: 'partial', whatCannotBeDone: '減塩の献立を考えられない', whoHelpsNow: '訪問介護・次女', trend: 'stable' }],
          family: members,
          environment: { housingType: '市営住宅', floor: 1, layout: '2DK', surroundings: 'バス停まで200m' },
          items: { lifeHistory: { lifeHistory: '呉服店で40年働いた。夫とは30年前に死別。', hobbies: '和裁' } },
          trend: 'declining', risks: { malnutrition: true, medicationMismanagement: true },
          summary: '腎臓病の食事管理と服薬が課題。通院の付き添いがない。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-5, 24), startTime: '11:00', endTime: '11:30', place: '利用者宅', author: 'cm2',
          attendees: [{ name: '松本 トメ', isClient: true }, { name: '松本 恵子', isFamily: true, relationship: '次女' }, { name: '石田 恵', organization: providers.aozoraHelperKita.name, role: 'サービス提供責任者' }],
          itemsDiscussed: '更新後の計画原案', discussion: '減塩の調理を継続する。', conclusions: '原案どおり', openIssues: '通院の付き添い', nextText: '6か月後',
        })],
        supportLog: [log(ids, 'cm2', cal.day(-5, 24), 'visit', '本人・次女', '担当者会議', '担当者会議を開催した。', { relatedDocumentId: meetingId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 11, author: 'cm2', interviewees: '本人' }),
      },
    };
  },
};

/** 10 千葉義男: consent without a meeting, and a certification about to end with no renewal started. */
export const client10: DemoCaseDefinition = {
  number: 10,
  note: '弱い例: 担当者会議を開かずに同意・交付している。認定の有効期間が60日以内に終わるのに、更新申請も再アセスメントもしていない。',
  build: (cal) => {
    const ids = new DemoIds(10);
    const members = family(ids, [
      { name: '千葉 節子', relationship: '妻', livesTogether: true, age: 78, isMainCaregiver: true, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '通院の付き添い、夜間のトイレの見守り' },
      { name: '千葉 拓也', relationship: '長男', livesTogether: false, age: 50, phone: '090-0000-1001', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '月1回帰省し、灯油の補充と除雪' },
    ]);
    const certEnd = endOfMonth(cal.daysAhead(25));
    const certStart = addMonths(startOfMonth(certEnd), -11);
    const previous = certification(ids, cal, { level: 'care_1', from: addMonths(certStart, -12), to: addDays(certStart, -1), kind: 'new' });
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: certStart, to: certEnd, kind: 'renewal' });
    const [assessmentId, planId] = [ids.next('assessment'), ids.next('plan')];
    const planNeeds = needs(ids, planFrame(certStart, certEnd, 12), [
      {
        text: '腰の痛みを和らげて、町内の清掃活動に参加したい', items: ['adl', 'socialParticipation'], long: '月1回の町内清掃に1時間参加できる',
        short: [{
          text: '腰痛体操を覚え、自宅で毎日続けられる',
          lines: [
            insured(ids, providers.komichiDay, '個別機能訓練（腰痛体操・体幹の筋力訓練）・入浴', '週2回'),
            insured(ids, providers.sasaeEquipment, '置き型手すり（ベッドサイド）の貸与', '毎日', { reason: '腰痛で起き上がりに時間がかかり、夜間トイレへ立つときにふらつくため' }),
            informal(ids, 'family', '妻', '朝の腰痛体操に一緒に取り組む', '毎日'),
            informal(ids, 'family', '長男', '帰省時に除雪と灯油の補充を行う', '月1回'),
          ],
        }],
      },
    ]);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: addDays(certStart, -8), planDate: certStart, firstPlanDate: addMonths(certStart, -12), categories: ['continuation'],
      intentions: { client: '「町内の清掃には出たい。役員もやってきたから」', family: '妻「夜のトイレが心配」' },
      overallPolicy: '腰痛を和らげ、町内活動への参加を続けられるよう支援します。',
      needs: planNeeds,
      process: { consentOn: addDays(certStart, -3), consentBy: '千葉 義男', deliveredOn: addDays(certStart, -3) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.nemuro, insuredNumber: '1900001010', name: '千葉 義男', nameKana: 'チバ ヨシオ', sex: 'male', birthDate: '1945-01-25',
          address: { postalCode: '999-1010', line1: '架空県架空市はまなす町10-4' }, phone: '0153-00-1001', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '高木 隆', institution: 'はまなす整形外科', phone: '0153-00-1010', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: addMonths(certStart, -12),
        },
        certifications: [previous, cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: addDays(certStart, -14), place: 'home', author: 'cm', reason: 'renewal', cert: previous,
          interviewees: [{ kind: 'client', name: '千葉 義男' }, { kind: 'family', name: '千葉 節子', relationship: '妻' }],
          resources: [['long_term_care', '地域密着型通所介護', providers.komichiDay.name, '週2回']],
          independence: { physical: ['J2', 'J2'], dementia: ['independent', 'independent'] },
          wishes: { client: '「町内の清掃には出たい」', family: '妻「夜のトイレが心配」' },
          health: { heightCm: 166, weightKg: 68, bp: [132, 80], diagnoses: [['変形性腰椎症', '10年前', 'はまなす整形外科', true], ['前立腺肥大症', '5年前', 'はまなす泌尿器科']], pain: '腰。朝と長く立ったとき', visits: '整形外科に月2回（妻の運転）', medications: [['鎮痛薬', '1日2回', '腰痛'], ['排尿障害治療薬', '1日1回', '前立腺肥大']] },
          adl: [{ activity: 'sitting_up', status: 'watch', whatCannotBeDone: '朝の起き上がりに時間がかかる', whoHelpsNow: '妻', trend: 'stable', atRisk: true }],
          iadl: [{ activity: 'shopping', status: 'watch', whatCannotBeDone: '重い物を運べない', whoHelpsNow: '妻と長男', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '寝室は1階', hazards: [['寝室からトイレ', '夜間暗い']], surroundings: '町内会館まで300m' },
          items: { lifeHistory: { lifeHistory: '水産加工会社で工場長を務めた。町内会長を2期務めた。', valuesAndPreferences: '地域の役に立ちたい', hobbies: '盆踊りの太鼓' } },
          trend: 'stable', risks: { fall: true },
          summary: '腰痛で活動が減っているが、町内活動への意欲は高い。',
        })],
        carePlans: [plan],
        supportLog: [log(ids, 'cm', addDays(certStart, -3), 'visit', '本人・妻', '計画の説明・同意', '日程が合わず担当者会議は開かず、計画を説明して同意を得た。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: certStart, day: 22, author: 'cm', interviewees: '本人・妻' }),
      },
    };
  },
};
