import type { CaseFile } from '../domain/document-bodies.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Monitoring } from '../domain/monitoring.schema.js';
import { exemplaryAssessment } from './exemplary-assessment.js';

/** Ids of the exemplary case file's entities, for tests that refer to them. */
export const exemplaryIds = {
  client: 'client-1',
  certification: 'cert-1',
  assessment: 'assessment-1',
  plan: 'plan-1',
  meeting: 'meeting-1',
  shortTermGoals: ['stg-1', 'stg-2', 'stg-3'],
} as const;

const period = { start: '2025-04-01', end: '2026-03-31' };
const firstHalf = { start: '2025-04-01', end: '2025-09-30' };

function exemplaryPlan(): CarePlan {
  return {
    id: exemplaryIds.plan,
    status: 'active',
    createdOn: '2025-03-26',
    planDate: '2025-04-01',
    firstPlanDate: '2023-04-01',
    planCategories: ['continuation'],
    certificationStatus: 'certified',
    certificationId: exemplaryIds.certification,
    careLevel: 'care_2',
    certifiedOn: '2025-03-20',
    certificationValidFrom: period.start,
    certificationValidTo: period.end,
    assessmentId: exemplaryIds.assessment,
    authorUserId: 'user-cm-1',
    authorName: '架空 一郎',
    intentions: {
      client: '「また自分で商店街に買物に行きたい」「お風呂は一人だと怖いので手伝ってほしい」',
      family: '長女「転ばずに一人暮らしを続けてほしい。週末は買物を手伝える」',
      analysisResult: '膝の痛みで歩く機会が減り、脚力の低下と転倒の危険が高まっている。歩行練習と入浴の支援、服薬の確認で一人暮らしを続けられる。',
    },
    committeeOpinion: '特になし',
    overallPolicy: '歩く力を取り戻し、自分で買物に行ける暮らしを目指します。緊急時は長女（090-0000-0001）とテスト内科クリニックに連絡します。',
    emergencyContactsNote: '長女 青葉由美 090-0000-0001、主治医 テスト内科クリニック 0294-00-0002',
    livingSupportReason: { reason: 'living_alone' },
    needs: [
      {
        id: 'need-1',
        text: '自分で商店街に買物に行けるようになりたい',
        assessmentItems: ['adl', 'iadl'],
        longTermGoals: [{
          id: 'ltg-1', text: '杖を使って商店街（片道10分）まで歩いて買物に行ける', period,
          shortTermGoals: [{
            id: 'stg-1', text: '歩行器を使って自宅周辺を休まず10分歩ける', period: firstHalf,
            serviceLines: [
              { id: 'line-1', kind: 'insured', insured: true, content: '下肢筋力訓練・歩行練習', serviceTypeCode: '16', serviceTypeName: '通所リハビリテーション', providerOfficeNumber: '0899000016', providerName: 'テスト通所リハ', frequency: '週2回', period: firstHalf, physicianInstruction: 'テスト整形外科 医師より令和7年3月24日に指示（膝への負荷に注意）' },
              { id: 'line-2', kind: 'insured', insured: true, content: '歩行器の貸与', serviceTypeCode: '17', serviceTypeName: '福祉用具貸与', providerOfficeNumber: '0899000017', providerName: 'テスト福祉用具', frequency: '毎日', period: firstHalf, reason: '膝の痛みで杖だけでは屋外歩行が不安定なため、屋外の歩行練習に歩行器が必要', equipment: { taisCode: '00001-000010', name: 'テスト歩行器' } },
              { id: 'line-3', kind: 'informal', insured: false, informalCategory: 'family', content: '土曜日に一緒に商店街まで歩いて買物をする', providerName: '長女', frequency: '週1回', period: firstHalf },
            ],
          }],
        }],
      },
      {
        id: 'need-2',
        text: 'お風呂に安心して入りたい',
        assessmentItems: ['adl', 'hygiene', 'environment'],
        longTermGoals: [{
          id: 'ltg-2', text: '見守りがあれば自宅の浴槽に入れる', period,
          shortTermGoals: [{
            id: 'stg-2', text: '通所で浴槽のまたぎ動作を練習し、手すりを使って一人でまたげる', period: firstHalf,
            serviceLines: [
              { id: 'line-4', kind: 'insured', insured: true, content: '入浴介助と浴槽またぎの練習', serviceTypeCode: '16', serviceTypeName: '通所リハビリテーション', providerOfficeNumber: '0899000016', providerName: 'テスト通所リハ', frequency: '週2回', period: firstHalf, physicianInstruction: 'テスト整形外科 医師の指示による' },
              { id: 'line-5', kind: 'informal', insured: false, informalCategory: 'neighbour', content: '入浴する日の夕方に声をかける', providerName: '隣家の友人', frequency: '週2回', period: firstHalf },
            ],
          }],
        }],
      },
      {
        id: 'need-3',
        text: '薬を飲み忘れずに、血圧を安定させたい',
        assessmentItems: ['health', 'iadl'],
        longTermGoals: [{
          id: 'ltg-3', text: '毎日決まった時間に薬を飲み、血圧が140/90未満で安定する', period,
          shortTermGoals: [{
            id: 'stg-3', text: 'お薬カレンダーを使い、飲み忘れが月2回以下になる', period: firstHalf,
            serviceLines: [
              { id: 'line-6', kind: 'insured', insured: true, content: '薬剤師による服薬指導・一包化', serviceTypeCode: '31', serviceTypeName: '居宅療養管理指導', providerOfficeNumber: '0899000031', providerName: 'テスト薬局', frequency: '月2回', period: firstHalf, physicianInstruction: 'テスト内科クリニック 医師の指示による' },
              { id: 'line-7', kind: 'informal', insured: false, informalCategory: 'self', content: '朝食後にお薬カレンダーで確認する', providerName: '本人', frequency: '毎日', period: firstHalf },
              { id: 'line-8', kind: 'informal', insured: false, informalCategory: 'family', content: '夜に電話で飲んだか確認する', providerName: '長女', frequency: '毎日', period: firstHalf },
            ],
          }],
        }],
      },
    ],
    weeklySchedule: {
      createdOn: '2025-03-26',
      entries: [
        { id: 'wk-1', day: 2, start: '09:30', end: '15:30', content: '通所リハビリテーション', serviceLineId: 'line-1' },
        { id: 'wk-2', day: 5, start: '09:30', end: '15:30', content: '通所リハビリテーション', serviceLineId: 'line-1' },
        { id: 'wk-3', day: 6, start: '10:00', end: '12:00', content: '長女と買物', serviceLineId: 'line-3' },
      ],
      dailyActivities: [
        { id: 'da-1', start: '06:00', content: '起床' },
        { id: 'da-2', start: '07:00', end: '07:30', content: '朝食・服薬' },
        { id: 'da-3', start: '21:00', content: '就寝' },
      ],
      nonWeeklyServices: '居宅療養管理指導（月2回）、福祉用具貸与（歩行器）、整形外科受診（月2回・長女同行）',
    },
    meetingId: exemplaryIds.meeting,
    consent: { date: '2025-03-31', by: '青葉 チヨ', method: 'signature' },
    delivery: {
      toClientOn: '2025-03-31',
      toProviders: [
        { id: 'dl-1', providerName: 'テスト通所リハ', officeNumber: '0899000016', deliveredOn: '2025-03-31' },
        { id: 'dl-2', providerName: 'テスト福祉用具', officeNumber: '0899000017', deliveredOn: '2025-03-31' },
        { id: 'dl-3', providerName: 'テスト薬局', officeNumber: '0899000031', deliveredOn: '2025-03-31' },
      ],
    },
    individualServicePlans: [
      { id: 'isp-1', providerName: 'テスト通所リハ', officeNumber: '0899000016', requestedOn: '2025-03-31', receivedOn: '2025-04-08' },
      { id: 'isp-2', providerName: 'テスト福祉用具', officeNumber: '0899000017', requestedOn: '2025-03-31', receivedOn: '2025-04-03' },
      { id: 'isp-3', providerName: 'テスト薬局', officeNumber: '0899000031', requestedOn: '2025-03-31', receivedOn: '2025-04-10' },
    ],
  };
}

function monthlyMonitoring(index: number, date: string): Monitoring {
  return {
    id: `monitoring-${index}`,
    date,
    method: 'home_visit',
    interviewees: '本人',
    planId: exemplaryIds.plan,
    goalEvaluations: exemplaryIds.shortTermGoals.map((id) => ({ shortTermGoalId: id, achievement: 'partly', comment: '少しずつ改善している' })),
    serviceStatus: '計画どおり利用している',
    serviceStatuses: [],
    clientSatisfaction: 'satisfied',
    clientSatisfactionNote: '「歩くのが少し楽になった」',
    changes: '特に大きな変化なし',
    nextAction: 'continue',
    startsPlanRevision: false,
    authorUserId: 'user-cm-1',
  };
}

/** A case file a strict auditor accepts (fictional client 青葉チヨ, 要介護2, plan from 2025-04-01). */
export function exemplaryCaseFile(): CaseFile {
  return {
    client: {
      id: exemplaryIds.client,
      insurerNumber: '089999',
      insuredNumber: '0000012345',
      name: '青葉 チヨ',
      nameKana: 'アオバ チヨ',
      sex: 'female',
      birthDate: '1940-06-15',
      address: { postalCode: '317-0000', line1: '架空県架空市桜町1-2-3' },
      phone: '0294-00-0000',
      householdType: 'alone',
      familyMembers: [
        { id: 'fm-1', name: '青葉 由美', relationship: '長女', livesTogether: false, phone: '090-0000-0001', isKeyPerson: true, isEmergencyContact: true, emergencyPriority: 1, canHelp: true, roleNotes: '週末の買物・受診同行' },
        { id: 'fm-2', name: '青葉 健', relationship: '長男', livesTogether: false, phone: '090-0000-0002', isEmergencyContact: true, emergencyPriority: 2, canHelp: false, roleNotes: '県外在住、月1回電話' },
      ],
      primaryDoctor: { doctorName: '架空 太郎', institution: 'テスト内科クリニック', phone: '0294-00-0002', wroteOpinion: true, collaborationNotes: '受診時に長女が経過を伝え、計画を文書で送付' },
      careManagerUserId: 'user-cm-1',
      status: 'active',
      startedOn: '2023-04-01',
    },
    certifications: [{
      id: exemplaryIds.certification,
      status: 'certified',
      applicationKind: 'renewal',
      applicationDate: '2025-02-10',
      careLevel: 'care_2',
      previousCareLevel: 'care_1',
      certifiedOn: '2025-03-20',
      validFrom: period.start,
      validTo: period.end,
      committeeOpinion: '特になし',
    }],
    assessments: [exemplaryAssessment(exemplaryIds.assessment, '2025-03-25')],
    carePlans: [exemplaryPlan()],
    careTeamMeetings: [{
      id: exemplaryIds.meeting,
      kind: 'meeting',
      occasion: 'renewal',
      planId: exemplaryIds.plan,
      date: '2025-03-28',
      startTime: '14:00',
      endTime: '14:45',
      place: '利用者宅',
      count: 3,
      authorUserId: 'user-cm-1',
      attendees: [
        { id: 'at-1', name: '青葉 チヨ', isClient: true },
        { id: 'at-2', name: '青葉 由美', isFamily: true, relationship: '長女' },
        { id: 'at-3', name: '架空 花子', organization: 'テスト通所リハ', role: '理学療法士' },
        { id: 'at-4', name: '架空 次郎', organization: 'テスト福祉用具', role: '福祉用具専門相談員' },
      ],
      absentees: [{ id: 'ab-1', name: '架空 三郎', organization: 'テスト薬局', role: '薬剤師', inquiryContent: '服薬状況と一包化の可否', reply: '一包化可能。飲み忘れは月2回程度を目標に支援する。', repliedOn: '2025-03-27' }],
      itemsDiscussed: '更新後の計画原案、歩行器の必要性、入浴時の安全',
      discussion: '歩行練習を続けることで買物に行ける見込みがある。入浴は通所で練習を継続。',
      conclusions: '原案どおり実施する。',
      openIssues: '自宅浴室の手すり設置を検討する。',
      nextText: '認定更新時または状態変化時',
    }],
    supportLog: [
      { id: 'log-1', date: '2025-03-10', time: '10:00', kind: 'phone', counterpart: '長女', title: '更新の案内', content: '認定更新の結果を確認し、アセスメント訪問の日程を調整した。', authorUserId: 'user-cm-1' },
      { id: 'log-2', date: '2025-03-25', time: '13:30', kind: 'visit', counterpart: '本人・長女', title: 'アセスメント', content: '自宅を訪問し、本人と長女に面接してアセスメントを行った。', authorUserId: 'user-cm-1', relatedDocumentId: exemplaryIds.assessment },
      { id: 'log-3', date: '2025-03-31', time: '10:00', kind: 'visit', counterpart: '本人', title: '計画の説明・同意・交付', content: '計画を説明し、同意を得て交付した。各事業所にも交付した。', authorUserId: 'user-cm-1', relatedDocumentId: exemplaryIds.plan },
    ],
    monitorings: [monthlyMonitoring(1, '2025-04-25'), monthlyMonitoring(2, '2025-05-27'), monthlyMonitoring(3, '2025-06-26')],
    basicChecklists: [],
    preventionPlans: [],
    serviceUsages: [],
  };
}
