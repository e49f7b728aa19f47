import type { Need } from '@kizuki/core';
import { assessment } from './assessment-helpers.js';
import { certification, DemoIds, emptyParts, family, insurers, log, type DemoCaseDefinition } from './helpers.js';
import { monthlyMonitorings } from './monitoring-helpers.js';
import { carePlan, insured, meeting, needs, type PlanFrame } from './plan-helpers.js';
import { providers } from './providers.js';

/**
 * The same 第2表 pasted into two different people's plans: the demo's example of a uniform
 * plan (plan.uniform-across-clients). Only the ids differ.
 */
function copiedNeeds(ids: DemoIds, frame: PlanFrame): Need[] {
  return needs(ids, frame, [
    { text: '清潔を保ちたい', items: ['hygiene'], long: '清潔な生活を維持する', short: [{ text: 'デイサービスに週2回通う', lines: [insured(ids, providers.sakuraDay, '入浴介助', '週2回')] }] },
    { text: '家事の負担を減らしたい', items: ['iadl'], long: '快適に在宅生活を送る', short: [{ text: 'ヘルパーの支援で清潔な環境を保つ', lines: [insured(ids, providers.aozoraHelper, '生活援助（掃除）', '週2回')] }] },
    { text: '転倒せずに暮らしたい', items: ['adl'], long: '安全に在宅生活を続ける', short: [{ text: '手すりを使って屋内を移動する', lines: [insured(ids, providers.sasaeEquipment, '手すりの貸与', '毎日', { reason: '転倒予防のため' })] }] },
  ]);
}

const copiedIntentions = { client: '自宅での生活を続けたい', family: '今のサービスを続けてほしい', analysisResult: '入浴・家事・移動に支援が必要。' };
const copiedPolicy = '住み慣れた自宅で安全に生活が続けられるよう支援します。';

/** 12 森保: the original of the copied plan. */
export const client12: DemoCaseDefinition = {
  number: 12,
  note: '弱い例（画一的な計画・その1）: 13 村田ヨシと一字一句同じ計画。目標が抽象的・サービスそのもの、インフォーマル支援なし、訪問介護はあおぞらヘルパーステーション（事業所の集中）。',
  build: (cal) => {
    const ids = new DemoIds(12);
    const members = family(ids, [{ name: '森 久子', relationship: '妻', livesTogether: true, age: 79, isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '声かけと見守り' }]);
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-6), to: cal.monthEnd(17), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(-6);
    const plan = carePlan({
      id: planId, cal, ids, status: 'active', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-7, 20), planDate: start, firstPlanDate: cal.month(-18), categories: ['continuation'],
      intentions: copiedIntentions, overallPolicy: copiedPolicy, livingSupport: 'family_unable',
      needs: copiedNeeds(ids, { long: { start, end: cal.monthEnd(5) }, short: { start, end: cal.monthEnd(2) } }),
      process: { meetingId, consentOn: cal.day(-7, 28), consentBy: '森 保', deliveredOn: cal.day(-7, 28) },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.hitachi, insuredNumber: '8900001212', name: '森 保', nameKana: 'モリ タモツ', sex: 'male', birthDate: '1943-10-10',
          address: { postalCode: '999-1212', line1: '架空県架空市みどり町12-3' }, householdType: 'elderly_only', familyMembers: members,
          primaryDoctor: { doctorName: '中村 聡', institution: 'みどり町クリニック', phone: '0294-00-0510', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.month(-18),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-7, 12), place: 'home', author: 'cm', reason: 'renewal', cert,
          interviewees: [{ kind: 'client', name: '森 保' }, { kind: 'family', name: '森 久子', relationship: '妻' }],
          independence: { physical: ['A1', 'A1'], dementia: ['I', 'I'] },
          wishes: { client: '「碁会所の仲間とまた打ちたい」「風呂は家だと不安」', family: '妻「私も年なので入浴の介助はできない」' },
          health: { heightCm: 160, weightKg: 55, diagnoses: [['パーキンソン症候群', '3年前', 'みどり町クリニック', true]], visits: '月1回', medications: [['抗パーキンソン病薬', '1日3回', '振戦']] },
          adl: [{ activity: 'walking', status: 'watch', whatCannotBeDone: '歩き始めに足が出にくい', whoHelpsNow: '妻', trend: 'stable', atRisk: true }, { activity: 'bathing', status: 'partial', whatCannotBeDone: '浴槽のまたぎ', whoHelpsNow: '通所介護', trend: 'stable' }],
          iadl: [{ activity: 'cleaning', status: 'partial', whatCannotBeDone: '掃除機をかけられない', whoHelpsNow: '訪問介護', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て', layout: '寝室は1階', surroundings: '碁会所まで500m' },
          items: { lifeHistory: { lifeHistory: '市役所に勤め、退職後は碁会所に通っていた。', hobbies: '囲碁、将棋' } },
          trend: 'stable', risks: { fall: true },
          summary: '入浴・家事・移動に支援が必要。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'renewal', planId, date: cal.day(-7, 25), startTime: '10:00', endTime: '10:20', place: '利用者宅', author: 'cm',
          attendees: [{ name: '森 保', isClient: true }, { name: '森 久子', isFamily: true, relationship: '妻' }, { name: '井上 真理', organization: providers.aozoraHelper.name, role: 'サービス提供責任者' }],
          itemsDiscussed: '更新後の計画', discussion: '現行サービスを継続する。', conclusions: '原案どおり', nextText: '更新時',
        })],
        supportLog: [log(ids, 'cm', cal.day(-7, 28), 'visit', '本人・妻', '計画の交付', '計画を説明し同意を得て交付した。', { relatedDocumentId: planId })],
        monitorings: monthlyMonitorings(ids, cal, { plan, from: start, day: 24, author: 'cm', interviewees: '本人・妻' }),
      },
    };
  },
};

/** 13 村田ヨシ: a referred client whose plan was copied from client 12 (even the 算定理由 does not fit her). */
export const client13: DemoCaseDefinition = {
  number: 13,
  note: '弱い例（画一的な計画・その2）: 他事業所からの紹介で引き継いだ独居の利用者に、12 森保の計画をそのまま流用。算定理由も「家族等が障害、疾病等」のまま。同意済で交付待ち。',
  build: (cal) => {
    const ids = new DemoIds(13);
    const members = family(ids, [{ name: '村田 浩', relationship: '長男', livesTogether: false, age: 58, address: '仙台市（架空）', phone: '090-0000-1301', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '月1回の電話、年2回帰省' }]);
    const cert = certification(ids, cal, { level: 'care_1', previous: 'care_1', from: cal.month(-3), to: cal.monthEnd(20), kind: 'renewal' });
    const [assessmentId, planId, meetingId] = [ids.next('assessment'), ids.next('plan'), ids.next('meeting')];
    const start = cal.month(0);
    const plan = carePlan({
      id: planId, cal, ids, status: 'consented', author: 'cm', cert, assessmentId,
      createdOn: cal.day(-1, 8), planDate: cal.day(-1, 8), firstPlanDate: cal.month(-27), categories: ['referral', 'continuation'],
      intentions: copiedIntentions, overallPolicy: copiedPolicy, livingSupport: 'family_unable',
      needs: copiedNeeds(ids, { long: { start, end: cal.monthEnd(5) }, short: { start, end: cal.monthEnd(2) } }),
      process: { meetingId, consentOn: cal.day(-1, 18), consentBy: '村田 ヨシ' },
    });
    return {
      tenant: 'office',
      caseFile: {
        ...emptyParts(),
        client: {
          id: ids.client, insurerNumber: insurers.omagariSenboku, insuredNumber: '5900001313', name: '村田 ヨシ', nameKana: 'ムラタ ヨシ', sex: 'female', birthDate: '1941-01-19',
          address: { postalCode: '999-1313', line1: '架空県架空郡みずほ町北13' }, phone: '0187-00-1301', householdType: 'alone', familyMembers: members,
          primaryDoctor: { doctorName: '村上 修', institution: 'みずほ内科医院', phone: '0187-00-0110', wroteOpinion: true },
          careManagerUserId: 'demo-user-cm', status: 'active', startedOn: cal.day(-1, 18),
        },
        certifications: [cert],
        assessments: [assessment(ids, {
          id: assessmentId, date: cal.day(-1, 4), place: 'home', author: 'cm', reason: 'office_change', cert, reception: '前任の居宅介護支援事業所から紹介（事業所の廃止）',
          interviewees: [{ kind: 'client', name: '村田 ヨシ' }],
          resources: [['long_term_care', '通所介護', providers.sakuraDay.name, '週2回']],
          independence: { physical: ['J2', 'J2'], dementia: ['I', 'I'] },
          wishes: { client: '「雪かきが一番困る。冬も一人でこの家にいたい」「漬物を漬けて近所に配るのが楽しみ」' },
          health: { heightCm: 148, weightKg: 47, diagnoses: [['変形性膝関節症', '8年前', 'みずほ内科医院', true]], pain: '両膝', visits: '月1回（乗合タクシー）', medications: [['鎮痛薬', '頓用', '膝の痛み']] },
          adl: [{ activity: 'walking', status: 'watch', whatCannotBeDone: '雪道を歩けない', whoHelpsNow: 'なし', aids: '杖', trend: 'stable', atRisk: true }],
          iadl: [{ activity: 'shopping', status: 'partial', whatCannotBeDone: '冬は店まで行けない', whoHelpsNow: '近所の人', trend: 'stable' }],
          family: members,
          environment: { housingType: '一戸建て（農家住宅）', layout: '平屋', hazards: [['玄関前', '冬の積雪']], surroundings: '商店まで3km' },
          items: { lifeHistory: { lifeHistory: '農家の主婦として米作りを続けてきた。夫は10年前に他界。', valuesAndPreferences: '近所づきあいを大切にしている', hobbies: '漬物作り' } },
          trend: 'stable', risks: { isolation: true },
          summary: '冬季の除雪と買物が課題。',
        })],
        carePlans: [plan],
        careTeamMeetings: [meeting(ids, meetingId, {
          occasion: 'new_plan', planId, date: cal.day(-1, 14), startTime: '13:30', endTime: '13:50', place: '利用者宅', author: 'cm',
          attendees: [{ name: '村田 ヨシ', isClient: true }, { name: '金子 裕子', organization: providers.sakuraDay.name, role: '生活相談員' }, { name: '井上 真理', organization: providers.aozoraHelper.name, role: 'サービス提供責任者' }],
          itemsDiscussed: '引継ぎ後の計画原案', discussion: '他の利用者と同様のサービス構成とする。', conclusions: '原案どおり', nextText: '6か月後',
        })],
        supportLog: [log(ids, 'cm', cal.day(-1, 18), 'visit', '本人', '計画の説明・同意', '計画を説明し署名を得た。交付は後日とした。', { relatedDocumentId: planId })],
      },
    };
  },
};
