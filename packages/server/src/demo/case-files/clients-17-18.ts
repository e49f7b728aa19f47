import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { meeting } from './plan-helpers.js';
import { checklist, issues, preventionPlan } from './prevention-helpers.js';
import { providers } from './providers.js';

/** 17 加藤弘: 事業対象者, 類型C — connected to community activities only, once. */
export const client17: DemoCaseDefinition = {
  number: 17,
  note: '良い例（地域包括・事業対象者・類型C）: 退職後に閉じこもりがちな男性を、保険サービスを使わず住民主体の体操教室と男の料理教室につないだ初回のみのケアマネジメント（類型Cのため担当者会議・モニタリングは不要）。',
  build: (cal) => {
    const ids = new DemoIds(17);
    const members = family(ids, [{ name: '加藤 美代子', relationship: '妻', livesTogether: true, age: 71, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0134-00-1701', canHelp: true, roleNotes: '夕方の散歩に一緒に行く' }]);
    const from = cal.day(-2, 10);
    const list = checklist(ids, from, 'yyyny yyyny nn nnn ny nyn yynnn', { heightCm: 170, weightKg: 66 });
    const cert = certification(ids, cal, { level: 'business_target', from, kind: 'new', certifiedOn: from, notes: '基本チェックリストにより事業対象者に該当（No.16 閉じこもり、うつ2項目）' });
    const planId = ids.next('pplan');
    const period = { start: cal.day(-2, 20), end: cal.monthEnd(3) };
    const plan = preventionPlan(ids, {
      id: planId, status: 'active', planKind: 'care_management', careManagementType: 'C', serialNumber: 'C-017',
      planDate: cal.day(-2, 18), firstPlanDate: cal.day(-2, 18), planCategories: ['initial'], cert, checklist: list,
      targetLife: { day: '午前中に一度は外に出て、人と話す', year: '町内会の夏祭りで焼きそばを焼く' },
      domains: {
        movement: { currentStatus: '体力はあるが、1日中家にいる日が多い', intention: '本人「体を動かすのは嫌いではない」', hasIssue: false },
        dailyLife: { currentStatus: '家事は妻任せ。料理をしたことがない', intention: '本人「妻が入院したら困るとは思っている」', hasIssue: true, issueBackground: '家庭内の役割がない' },
        socialParticipation: { currentStatus: '退職後2年、会社の付き合いがなくなり週1回も外出しない', intention: '本人「知らない人の集まりは気が重い。同じような男がいるなら行ってみる」', hasIssue: true, issueBackground: '退職による役割と交流の喪失' },
        healthManagement: { currentStatus: '健診で異常なし', intention: '本人「健康には自信がある」', hasIssue: false },
      },
      issues: issues(ids, period, [
        {
          overallIssue: '退職後に外出と人との交流がなくなり、気持ちが沈みがちになっている',
          proposal: '同年代の男性が多い地域の料理教室と体操教室に参加し、外出と役割を取り戻しましょう',
          intention: '本人「料理なら妻の役にも立つ。一度行ってみる」 妻「家にばかりいるので出かけてほしい」',
          goal: '週1回は地域の教室に通い、月に1回は夕食を1品作る',
          rows: [
            { points: '地域の通いの場への参加', selfCare: '男の料理教室（社会福祉協議会、月2回）、ふれあい体操教室（町内会館・住民主体、週1回）に参加。妻と夕方に散歩' },
          ],
        },
      ]),
      overallPolicy: '保険サービスは使わず、地域の通いの場につなぎます。3か月後に電話で参加状況を確認します。',
      centerOpinion: '類型Cとして実施', centerConfirmedOn: cal.day(-2, 18),
      consentOn: cal.day(-2, 20), consentBy: '加藤 弘', deliveredOn: cal.day(-2, 20),
    });
    return {
      tenant: 'center',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.otaru, insuredNumber: '1900001717', name: '加藤 弘', nameKana: 'カトウ ヒロシ', sex: 'male', birthDate: '1951-03-03',
          address: { postalCode: '999-1717', line1: '架空県架空市いなほ町17-3' }, phone: '0134-00-1701', householdType: 'elderly_only', familyMembers: members,
          careManagerUserId: 'demo-user-center', status: 'active', startedOn: cal.day(-2, 20),
        },
        certifications: [cert],
        basicChecklists: [list],
        preventionPlans: [plan],
        supportLog: [
          log(ids, 'center', cal.day(-2, 8), 'office_visit', '妻', '相談', '「夫が退職後ずっと家にいる」と妻が来所。訪問の約束をした。'),
          log(ids, 'center', from, 'visit', '本人・妻', '基本チェックリスト', '自宅で実施。閉じこもり・うつの項目に該当し、事業対象者となった。', { relatedDocumentId: list.id }),
          log(ids, 'center', cal.day(-2, 20), 'visit', '本人', '計画の説明・同意・交付', '料理教室の見学日を一緒に決めた。', { relatedDocumentId: planId }),
          log(ids, 'center', cal.day(-1, 12), 'phone', '社会福祉協議会 生活支援コーディネーター', '参加状況', '料理教室に2回参加し、仲間ができたと報告あり。'),
        ],
      },
    };
  },
};

/** 18 清水ハナ: 要支援2, delegated to the office; no contact for four months. */
export const client18: DemoCaseDefinition = {
  number: 18,
  note: '弱い例（地域包括・要支援2・介護予防支援・委託）: ひだまり居宅介護支援事業所に委託。介護予防通所リハと歩行器を位置付けたが、3か月ごとの訪問も毎月の状況確認も4か月以上途絶えている。',
  build: (cal) => {
    const ids = new DemoIds(18);
    const members = family(ids, [{ name: '清水 勉', relationship: '長男', livesTogether: true, age: 60, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '090-0000-1801', canHelp: true, roleNotes: '夜と週末の見守り' }]);
    const cert = certification(ids, cal, { level: 'support_2', previous: 'support_2', from: cal.month(-8), to: cal.monthEnd(15), kind: 'renewal' });
    const list = checklist(ids, cal.day(-9, 10), 'nyyyy nnnyy nn ynn yy nnn nnyny', { heightCm: 146, weightKg: 44 });
    const [planId, meetingId] = [ids.next('pplan'), ids.next('meeting')];
    const period = { start: cal.month(-8), end: cal.monthEnd(3) };
    const plan = preventionPlan(ids, {
      id: planId, status: 'active', planKind: 'prevention_support', delegated: true, serialNumber: 'Y-018',
      delegatedOffice: { name: 'ひだまり居宅介護支援事業所（デモ）', address: '架空県架空市みどり町1-2-3', phone: '000-000-0000' }, careManagerName: '田中 健太',
      planDate: cal.day(-9, 18), firstPlanDate: cal.month(-20), planCategories: ['continuation'], cert, checklist: list,
      targetLife: { day: '昼食後に庭の草花の手入れをする', year: '長男と一緒に菩提寺の彼岸の法要に歩いて行く' },
      domains: {
        movement: { currentStatus: '屋外は歩行器。この1年で1回転倒', intention: '本人「お寺の石段を上れるようになりたい」', hasIssue: true, issueBackground: '変形性膝関節症による下肢筋力の低下' },
        dailyLife: { currentStatus: '調理は長男と分担', intention: '本人「味噌汁くらいは自分で作りたい」', hasIssue: false },
        socialParticipation: { currentStatus: '近所の友人の訪問が月2回', intention: '本人「人が来てくれるのはうれしい」', hasIssue: false },
        healthManagement: { currentStatus: '膝の痛みで整形外科に月2回', intention: '本人「痛みが減れば歩ける」', hasIssue: true, issueBackground: '膝の痛み' },
      },
      issues: issues(ids, period, [
        {
          overallIssue: '膝の痛みと筋力低下で外出が減っている',
          proposal: '通所リハで膝に負担の少ない筋力訓練を行い、歩行器で屋外を歩く練習をしましょう',
          intention: '本人「お寺に行けるようになりたい」 長男「週末は付き添える」',
          goal: '歩行器で菩提寺（300m）まで歩き、石段を手すりで10段上れる',
          rows: [
            { points: '膝に負担の少ない筋力訓練', formal: '介護予防通所リハビリテーション 週1回', provider: providers.kazePreventionDayCare, selfCare: '本人：自宅での膝の体操。長男：週末の散歩に付き添う' },
            { points: '屋外歩行の安定', formal: '介護予防福祉用具貸与（歩行器）', provider: providers.sasaePreventionEquipment },
          ],
        },
      ]),
      healthNotes: '主治医より、通所リハの実施について指示あり（膝の腫れがある日は中止）。',
      overallPolicy: 'お寺への外出を目標に、膝の痛みに配慮した運動を続けます。',
      centerOpinion: '委託先の計画を確認した。', centerConfirmedOn: cal.day(-9, 20), meetingId,
      consentOn: cal.day(-9, 26), consentBy: '清水 ハナ', deliveredOn: cal.day(-9, 26),
    });
    return {
      tenant: 'center',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.shiojiri, insuredNumber: '2000001818', name: '清水 ハナ', nameKana: 'シミズ ハナ', sex: 'female', birthDate: '1936-10-10',
          address: { postalCode: '999-1818', line1: '架空県架空市たかいで18-5' }, phone: '0263-00-1801', householdType: 'with_family', familyMembers: members,
          primaryDoctor: { doctorName: '菊地 健', institution: 'たかいで整形外科', phone: '0263-00-1810', wroteOpinion: true },
          careManagerUserId: 'demo-user-center', status: 'active', startedOn: cal.month(-20),
        },
        certifications: [cert],
        basicChecklists: [list],
        preventionPlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-9, 22), place: '利用者宅', author: 'center',
          attendees: [{ name: '清水 ハナ', isClient: true }, { name: '清水 勉', isFamily: true, relationship: '長男' }, { name: '田中 健太', organization: 'ひだまり居宅介護支援事業所（デモ）', role: '介護支援専門員（委託先）' }, { name: '大野 亮', organization: providers.kazePreventionDayCare.name, role: '理学療法士' }],
          itemsDiscussed: '更新後の予防計画原案', discussion: '歩行器の継続と通所リハの内容を確認。', conclusions: '原案どおり', nextText: '3か月後',
        })],
        supportLog: [log(ids, 'center', cal.day(-9, 26), 'visit', '本人・長男', '計画の交付', '委託先の介護支援専門員と同行し、計画を交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: cal.month(-8), to: cal.month(-5), day: 12, author: 'center', interviewees: '本人', visitEvery: 3 }),
      },
    };
  },
};
