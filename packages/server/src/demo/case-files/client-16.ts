import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { meeting } from './plan-helpers.js';
import { checklist, issues, preventionPlan } from './prevention-helpers.js';
import { providers } from './providers.js';

/** 16 森田千代子: exemplary 介護予防ケアマネジメント (類型A) with a 住民主体 exercise group. */
export const client16: DemoCaseDefinition = {
  number: 16,
  note: '模範例（地域包括・要支援1・類型A）: 基本チェックリストと4領域のアセスメントから「友達と日帰り温泉に行きたい」を目標に、通所型サービスと住民主体の百歳体操・友人・長女を組み合わせ、3か月ごとの訪問モニタリング。',
  build: (cal) => {
    const ids = new DemoIds(16);
    const members = family(ids, [
      { name: '森田 久美', relationship: '長女', livesTogether: false, age: 52, address: '架空市内（車で20分）', phone: '090-0000-1601', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '週末の買物、電話で体操の様子を聞く' },
      { name: '岡本 澄子', relationship: '友人', livesTogether: false, age: 78, canHelp: true, roleNotes: '百歳体操に誘い合って行く。温泉仲間' },
    ]);
    const previous = certification(ids, cal, { level: 'support_1', from: cal.month(-17), to: cal.monthEnd(-6), kind: 'new' });
    const cert = certification(ids, cal, { level: 'support_1', previous: 'support_1', from: cal.month(-5), to: cal.monthEnd(18), kind: 'renewal' });
    const list = checklist(ids, cal.day(-6, 8), 'nyyny nnnyy n- nnn yy nyn nnynn', { heightCm: 150, weightKg: 50 }, '本人が記入、職員が確認');
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('pplan'), ids.next('meeting')];
    const start = cal.month(-5);
    const period = { start, end: cal.monthEnd(6) };
    const plan = preventionPlan(ids, {
      id: planId, status: 'active', planKind: 'care_management', careManagementType: 'A', serialNumber: 'R-016',
      planDate: cal.day(-6, 20), firstPlanDate: cal.month(-17), planCategories: ['continuation'], cert, checklist: list, assessmentId,
      targetLife: { day: '朝の体操のあと、歩いて近所の商店まで買物に行く', year: '秋に友人と日帰り温泉に行き、大浴場に入る' },
      domains: {
        movement: { currentStatus: '15分歩くと腰が痛み休む。この1年で2回転倒。', intention: '本人「温泉の階段を手すりで上れるようになりたい」', hasIssue: true, issueBackground: '腰痛による活動量の低下と下肢筋力の低下' },
        dailyLife: { currentStatus: '家事は自分でしている。重い物の買物は長女。', intention: '本人「家のことは自分でやりたい」', hasIssue: false },
        socialParticipation: { currentStatus: '転倒してから友人宅に行かなくなった。', intention: '本人「岡本さんと体操に行くなら続けられそう」', hasIssue: true, issueBackground: '転倒への不安からの外出控え' },
        healthManagement: { currentStatus: '整形外科に月1回。服薬は自己管理。', intention: '本人「痛み止めに頼りたくない」', hasIssue: false },
      },
      issues: issues(ids, period, [
        {
          overallIssue: '腰痛と転倒への不安から外出が減り、脚の力が落ちている',
          proposal: '週1回の運動教室と地域の百歳体操で脚の力をつけ、外出の機会を増やしましょう',
          intention: '本人「友達と一緒なら続けられる。温泉に行けるようになりたい」 長女「応援します」',
          goal: '休まずに20分歩けるようになり、秋に友人と日帰り温泉に行く',
          rows: [
            { points: '腰に負担の少ない筋力運動の習得', formal: '通所型サービス（運動器機能向上プログラム）週1回', provider: providers.ikiikiClass, selfCare: '本人：教室で習った体操を毎朝10分行う' },
            { points: '地域での運動の継続', selfCare: '百歳体操（公民館・住民主体）に友人の岡本さんと週1回参加。長女は週末に電話で様子を聞く' },
          ],
        },
      ]),
      healthNotes: '主治医意見書: 腰椎すべり症。前屈を繰り返す運動は避ける。',
      overallPolicy: '友人との温泉旅行という目標に向け、教室と地域の体操で運動を習慣にします。目標達成後は百歳体操を中心に地域で続けられるよう支援します。',
      centerOpinion: '計画のとおり実施してください。', centerConfirmedOn: cal.day(-6, 20), meetingId,
      consentOn: cal.day(-6, 27), consentBy: '森田 千代子', deliveredOn: cal.day(-6, 27),
    });
    return {
      tenant: 'center',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900001616', name: '森田 千代子', nameKana: 'モリタ チヨコ', sex: 'female', birthDate: '1945-08-08',
          address: { postalCode: '999-1616', line1: '架空県架空市みなと町16-1' }, phone: '0294-00-1601', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '高木 隆', institution: 'みなと整形外科', phone: '0294-00-1610', wroteOpinion: true, collaborationNotes: '運動の注意点を文書で確認' },
          careManagerUserId: 'demo-user-center', status: 'active', startedOn: cal.month(-17),
        },
        certifications: [previous, cert],
        basicChecklists: [list],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-6, 12), place: 'home', placeText: '自宅居間', author: 'center', reason: 'renewal', cert: previous,
          interviewees: [{ kind: 'client', name: '森田 千代子' }],
          resources: [['municipal', '通所型サービス', providers.ikiikiClass.name, '週1回'], ['informal', '百歳体操', '公民館（住民主体）', '週1回']],
          independence: { physical: ['J2', 'J2'], dementia: ['independent', 'independent'] },
          wishes: { client: '「岡本さんとまた温泉に行きたい」', family: '長女「応援したい」' },
          health: { heightCm: 150, weightKg: 50, bp: [128, 76], diagnoses: [['腰椎すべり症', '5年前', 'みなと整形外科', true]], pain: '腰。15分歩くと痛む', visits: '月1回（バス）', medications: [['鎮痛薬', '頓用', '腰痛']], adherence: '自己管理' },
          adl: [{ activity: 'walking', status: 'independent', notes: '15分で休憩', trend: 'declining', atRisk: true }, { activity: 'stairs', status: 'watch', whatCannotBeDone: '手すりがないと昇れない', whoHelpsNow: 'なし（手すりを使う）', trend: 'stable', atRisk: true }],
          iadl: [{ activity: 'shopping', status: 'partial', whatCannotBeDone: '米など重い物', whoHelpsNow: '長女（週末）', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '寝室は1階', surroundings: '公民館まで400m' },
          items: { lifeHistory: { lifeHistory: '洋裁店に勤め、夫と二人の子を育てた。夫は4年前に他界。', valuesAndPreferences: '友人との付き合いが何より大切', dailyLifeBefore: '友人と年2回温泉旅行をしていた', hobbies: '洋裁、温泉' } },
          trend: 'declining', risks: { fall: true },
          summary: '転倒への不安で外出が減り、下肢筋力が低下。運動の習慣化と友人との外出再開を目指す。',
        })],
        preventionPlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-6, 24), startTime: '10:00', endTime: '10:30', place: '利用者宅', author: 'center',
          attendees: [{ name: '森田 千代子', isClient: true }, { name: '森田 久美', isFamily: true, relationship: '長女' }, { name: '松田 翼', organization: providers.ikiikiClass.name, role: '理学療法士' }],
          itemsDiscussed: '更新後の予防計画原案', discussion: '前屈を避けた運動内容を確認。百歳体操との両立が可能。', conclusions: '原案どおり', nextText: '3か月後の評価時',
        })],
        supportLog: [
          log(ids, 'center', cal.day(-6, 8), 'visit', '本人', '基本チェックリスト', '自宅で基本チェックリストを実施。運動器の項目に該当。', { relatedDocumentId: list.id }),
          log(ids, 'center', cal.day(-6, 27), 'visit', '本人', '計画の説明・同意・交付', '計画に同意を得て交付した。', { relatedDocumentId: planId }),
        ],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 15, author: 'center', interviewees: '本人', visitEvery: 3, comments: [['教室に毎週参加', '百歳体操にも参加', '20分歩けた日あり', '休まず20分歩けた', '温泉の下見に行った', '目標を達成']] }),
      },
    };
  },
};
