import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { checklist, issues, preventionPlan } from './prevention-helpers.js';
import { providers } from './providers.js';

/** 19 藤井一郎: 要支援1, 類型B; housework done for him with nothing else around it. */
export const client19: DemoCaseDefinition = {
  number: 19,
  note: '弱い例（地域包括・要支援1・類型B）: 課題が「掃除の支援が必要」、目標が「安心して一人暮らしを続ける」。訪問型サービスで掃除を代行するだけで、本人のセルフケアや地域の支えの記載がない。',
  build: (cal) => {
    const ids = new DemoIds(19);
    const members = family(ids, [{ name: '藤井 隆', relationship: '弟', livesTogether: false, age: 74, address: '釧路市（架空）', phone: '090-0000-1901', isEmergencyContact: true, emergencyPriority: 1, canHelp: false }]);
    const cert = certification(ids, cal, { level: 'support_1', previous: 'support_1', from: cal.month(-7), to: cal.monthEnd(16), kind: 'renewal' });
    const list = checklist(ids, cal.day(-8, 9), 'yyyny nyyyn nn ynn yn nyn nnnnn', { heightCm: 162, weightKg: 58 });
    const planId = ids.next('pplan');
    const period = { start: cal.month(-7), end: cal.monthEnd(4) };
    const plan = preventionPlan(ids, {
      id: planId, status: 'active', planKind: 'care_management', careManagementType: 'B', serialNumber: 'B-019',
      planDate: cal.day(-8, 16), firstPlanDate: cal.month(-19), planCategories: ['continuation'], cert, checklist: list,
      targetLife: { day: '家で過ごす', year: '一人暮らしを続ける' },
      domains: {
        movement: { currentStatus: '腰痛で掃除機がかけられない', hasIssue: true },
        dailyLife: { currentStatus: '掃除ができない', hasIssue: true },
        socialParticipation: { currentStatus: '特になし', hasIssue: false },
        healthManagement: { currentStatus: '通院中', hasIssue: false },
      },
      issues: issues(ids, period, [
        {
          overallIssue: '掃除の支援が必要',
          proposal: '訪問型サービスで掃除を行う',
          intention: '本人「掃除をしてもらえれば助かる」',
          goal: '安心して一人暮らしを続ける',
          rows: [{ points: '居室の掃除', formal: '訪問型サービス 週1回', provider: providers.aozoraPreventionHelper }],
        },
      ]),
      overallPolicy: '安心して在宅生活が送れるよう支援する。',
      centerOpinion: '特になし', centerConfirmedOn: cal.day(-8, 16),
      consentOn: cal.day(-8, 25), consentBy: '藤井 一郎', deliveredOn: cal.day(-8, 25),
    });
    return {
      tenant: 'center',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.nemuro, insuredNumber: '1900001919', name: '藤井 一郎', nameKana: 'フジイ イチロウ', sex: 'male', birthDate: '1947-12-12',
          address: { postalCode: '999-1919', line1: '架空県架空市はまなす町19-9' }, phone: '0153-00-1901', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '高木 隆', institution: 'はまなす整形外科', phone: '0153-00-1010', wroteOpinion: true },
          careManagerUserId: 'demo-user-center', status: 'active', startedOn: cal.month(-19),
        },
        certifications: [cert],
        basicChecklists: [list],
        preventionPlans: [plan],
        supportLog: [log(ids, 'center', cal.day(-8, 25), 'visit', '本人', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: cal.month(-7), day: 21, author: 'center', interviewees: '本人', visitEvery: 3 }),
      },
    };
  },
};

/** 20 青木マサ子: a new 要支援2 client whose 予防計画の原案 waits for its meeting. */
export const client20: DemoCaseDefinition = {
  number: 20,
  note: '原案（地域包括・要支援2・類型A・担当者会議待ち）: 新規認定。基本チェックリストと4領域のアセスメントから、夫と交代で孫の送り迎えを続けることを目標にした原案を作成し、会議の日程を調整中。',
  build: (cal) => {
    const ids = new DemoIds(20);
    const members = family(ids, [
      { name: '青木 茂雄', relationship: '夫', livesTogether: true, age: 85, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, phone: '0187-00-2001', canHelp: true, roleNotes: '買物の運転（近所のみ）' },
      { name: '青木 麻衣', relationship: '長男の妻', livesTogether: false, age: 45, address: '同じ町内', phone: '090-0000-2002', isEmergencyContact: true, emergencyPriority: 2, canHelp: true, roleNotes: '孫の送り迎えを本人に頼んでいる' },
    ]);
    const from = cal.daysAgo(35);
    const cert = certification(ids, cal, { level: 'support_2', from, to: cal.monthEnd(6), kind: 'new', certifiedOn: cal.daysAgo(7) });
    const list = checklist(ids, cal.daysAgo(30), 'nyyyy nnnyy nn yyn yy nyn nyynn', { heightCm: 152, weightKg: 47 });
    const planId = ids.next('pplan');
    const period = { start: cal.daysAhead(10), end: cal.monthEnd(5) };
    const plan = preventionPlan(ids, {
      id: planId, status: 'draft', planKind: 'care_management', careManagementType: 'A', serialNumber: 'A-020',
      planDate: cal.daysAgo(2), firstPlanDate: cal.daysAgo(2), planCategories: ['initial'], cert, checklist: list,
      targetLife: { day: '夕方、孫を保育園に迎えに行き、一緒に歩いて帰る', year: '孫の運動会で一緒に玉入れに出る' },
      domains: {
        movement: { currentStatus: '脊柱管狭窄症で10分歩くと脚がしびれる', intention: '本人「孫の迎えは続けたい」', hasIssue: true, issueBackground: '歩行時のしびれと筋力低下' },
        dailyLife: { currentStatus: '家事は自分で行っている', intention: '本人「家のことはまだできる」', hasIssue: false },
        socialParticipation: { currentStatus: '地区のサロンに以前は参加していた', intention: '本人「サロンにまた行きたい」', hasIssue: true, issueBackground: '歩くことへの不安' },
        healthManagement: { currentStatus: '整形外科に月1回', intention: '本人「手術はしたくない」', hasIssue: false },
      },
      issues: issues(ids, period, [
        {
          overallIssue: '歩くと脚がしびれ、孫の送り迎えとサロン参加が難しくなっている',
          proposal: '運動教室で歩き方と休み方を身につけ、送り迎えとサロンを続けましょう',
          intention: '本人「孫の迎えとサロンは続けたい」 夫「送り迎えは交代でやる」',
          goal: '休憩をはさみながら保育園（600m）まで歩いて往復できる',
          rows: [
            { points: '歩き方・休み方の習得と筋力訓練', formal: '通所型サービス（運動器機能向上）週1回', provider: providers.ikiikiClass, selfCare: '本人：自宅で前かがみの休み方の練習' },
            { points: '役割と交流の継続', selfCare: '夫と交代で孫の送り迎え。地区のサロン（月2回）に友人と参加' },
          ],
        },
      ]),
      overallPolicy: '孫の送り迎えという家庭での役割を続けられるよう、運動と休み方を身につける支援をします。',
      notes: '担当者会議の日程を調整中',
    });
    return {
      tenant: 'center',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.omagariSenboku, insuredNumber: '5900002020', name: '青木 マサ子', nameKana: 'アオキ マサコ', sex: 'female', birthDate: '1942-04-29',
          address: { postalCode: '999-2020', line1: '架空県架空郡みずほ町西20' }, phone: '0187-00-2001', householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '菊地 健', institution: 'みずほ整形外科', phone: '0187-00-1410', wroteOpinion: true },
          careManagerUserId: 'demo-user-center', status: 'active', startedOn: cal.daysAgo(2),
        },
        certifications: [cert],
        basicChecklists: [list],
        preventionPlans: [plan],
        supportLog: [
          log(ids, 'center', cal.daysAgo(30), 'visit', '本人・夫', '基本チェックリスト・アセスメント', '自宅で実施。運動器の項目に該当。', { relatedDocumentId: list.id }),
          log(ids, 'center', cal.daysAgo(1), 'phone', 'いきいき元気教室', '担当者会議の日程調整', `担当者会議を${cal.daysAhead(6)}に自宅で開催する方向で調整中。`, { relatedDocumentId: planId }),
        ],
      },
    };
  },
};
