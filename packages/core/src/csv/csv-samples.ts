import type { CaseFile } from '../domain/document-bodies.js';
import { validateCaseFile } from '../domain/validate-document.js';
import { exportUsageCsv } from './export-unit.js';
import { decodeMs932, encodeMs932 } from './ms932.js';

/**
 * Fictional case files holding only what the CSV carries, with the ids an import assigns, so an
 * export read back must equal them exactly. They feed the golden files and the round-trip tests.
 * Free text includes `"`, `,` and line breaks on purpose.
 */

const emptyParts = { assessments: [], careTeamMeetings: [], supportLog: [], monitorings: [], basicChecklists: [] };
const half = { start: '2025-05-01', end: '2025-10-31' };
const full = { start: '2025-05-01', end: '2026-04-30' };

/** 居宅: 架空 花子 (要介護3), plan of 2025-05-01 with 第1表・第2表・第3表. */
export function csvCarePlanSample(): CaseFile {
  const key = '089999_0000054321';
  const planKey = `${key}_20250501`;
  return validateCaseFile({
    ...emptyParts,
    client: {
      id: `csv-client-${key}`,
      insurerNumber: '089999',
      insuredNumber: '0000054321',
      name: '架空 花子',
      nameKana: 'カクウ ハナコ',
      sex: 'female',
      birthDate: '1938-11-03',
      address: { postalCode: '317-0001', line1: '架空県架空市梅町4-5-6', line2: 'テスト荘101' },
      phone: '0294-00-1111',
      familyMembers: [],
    },
    certifications: [
      { id: `csv-cert-${planKey}`, status: 'certified', careLevel: 'care_3', previousCareLevel: 'care_2', certifiedOn: '2025-04-20', validFrom: full.start, validTo: full.end },
    ],
    carePlans: [
      {
        id: `csv-plan-${planKey}`,
        status: 'active',
        createdOn: '2025-04-25',
        planDate: '2025-05-01',
        firstPlanDate: '2025-05-01',
        planCategories: ['initial', 'referral'],
        certificationStatus: 'certified',
        certificationId: `csv-cert-${planKey}`,
        careLevel: 'care_3',
        certifiedOn: '2025-04-20',
        certificationValidFrom: full.start,
        certificationValidTo: full.end,
        authorName: '架空 一郎',
        intentions: {
          client: '「家で、猫と暮らし続けたい」',
          family: '長男「夜間の転倒が心配。\n週末は泊まりに来られる」',
          analysisResult: '夜間のトイレ移動で転倒の危険が高い。手すりと見守り、通所での入浴で在宅生活を続けられる。',
        },
        committeeOpinion: '特になし',
        overallPolicy: '住み慣れた家で、猫と安心して暮らせるよう支えます。',
        emergencyContactsNote: '長男 架空 太一 090-0000-1112',
        livingSupportReason: { reason: 'other', otherText: '長男は県外在住で、平日は支援できないため' },
        needs: [
          {
            id: 'need-1',
            text: '夜、転ばずにトイレに行きたい',
            assessmentItems: [],
            longTermGoals: [
              {
                id: 'need-1-ltg-1',
                text: '夜間も一人で安全にトイレまで歩ける',
                period: full,
                shortTermGoals: [
                  {
                    id: 'need-1-ltg-1-stg-1',
                    text: '手すりを使ってベッドから立ち上がれる',
                    period: half,
                    serviceLines: [
                      { id: 'need-1-ltg-1-stg-1-line-1', kind: 'insured', insured: true, content: '手すりの貸与', serviceTypeCode: '17', serviceTypeName: '福祉用具貸与', providerOfficeNumber: '0899000017', providerName: 'テスト福祉用具', frequency: '毎日', period: half },
                      { id: 'need-1-ltg-1-stg-1-line-2', kind: 'informal', insured: false, content: '寝る前に電話で声をかける', providerName: '長男', frequency: '毎日', period: { start: '2025-05-01', end: '2025-10-31', text: 'R7.5.1～R7.10.31' } },
                    ],
                  },
                  {
                    id: 'need-1-ltg-1-stg-2',
                    text: '足の力をつけ、廊下を休まず往復できる',
                    period: half,
                    serviceLines: [
                      { id: 'need-1-ltg-1-stg-2-line-1', kind: 'insured', insured: true, content: '機能訓練（立ち上がり・歩行）', serviceTypeCode: '15', serviceTypeName: '通所介護', providerOfficeNumber: '0899000015', providerName: 'テストデイサービス', frequency: '週2回', period: half },
                    ],
                  },
                ],
              },
            ],
          },
          {
            id: 'need-2',
            text: 'お風呂に入って、さっぱりしたい',
            assessmentItems: [],
            longTermGoals: [{ id: 'need-2-ltg-1', text: '週2回、安心して入浴できる', period: full, shortTermGoals: [] }],
          },
          {
            id: 'need-3',
            text: '猫の世話を続けたい。"タマ"の餌やり、トイレ掃除など\n自分でできることは自分で',
            assessmentItems: [],
            longTermGoals: [
              {
                id: 'need-3-ltg-1',
                text: '猫の世話を、自分のペースで続けられる',
                period: { text: '認定期間中' },
                shortTermGoals: [
                  {
                    id: 'need-3-ltg-1-stg-1',
                    text: '餌やりを毎日、自分で行う',
                    period: half,
                    serviceLines: [{ id: 'need-3-ltg-1-stg-1-line-1', kind: 'insured', insured: true, content: '買物（猫の餌、砂）の支援, 週1回', serviceTypeCode: '11', serviceTypeName: '訪問介護', providerOfficeNumber: '0899000011', providerName: 'テスト訪問介護', frequency: '週1回', period: half }],
                  },
                ],
              },
            ],
          },
        ],
        weeklySchedule: {
          createdOn: '2025-04-25',
          entries: [
            { id: 'wk-1', day: 2, start: '09:00', end: '16:00', content: '通所介護' },
            { id: 'wk-2', day: 5, start: '09:00', end: '16:00', content: '通所介護' },
            { id: 'wk-3', day: 3, start: '10:00', end: '11:00', content: '訪問介護（買物）' },
          ],
          dailyActivities: [
            { id: 'da-1', start: '06:30', content: '起床・猫の餌やり' },
            { id: 'da-2', start: '21:00', end: '21:30', content: '就寝準備' },
          ],
          nonWeeklyServices: '福祉用具貸与（手すり）\n通院（月1回、長男同行）',
        },
        individualServicePlans: [],
      },
    ],
    preventionPlans: [],
  });
}

/** 予防: 架空 次郎 (要支援2), 介護予防サービス・支援計画書 of 2025-06-01 and 利用者基本情報. */
export function csvPreventionSample(): CaseFile {
  const key = '089999_0000067890';
  const planKey = `${key}_20250601`;
  const domain = (status: string, hasIssue: boolean) => ({ currentStatus: status, intention: '本人「できることは自分でしたい」', hasIssue, issueBackground: hasIssue ? '膝の痛みで外出が減っている' : undefined });
  return validateCaseFile({
    ...emptyParts,
    client: {
      id: `csv-client-${key}`,
      insurerNumber: '089999',
      insuredNumber: '0000067890',
      name: '架空 次郎',
      nameKana: 'カクウ ジロウ',
      sex: 'male',
      birthDate: '1945-02-14',
      address: { line1: '架空県架空市松町7-8-9' },
      phone: '0294-00-2222',
      familyMembers: [
        { id: 'fm-1', name: '架空 三恵', relationship: '妻', address: '同上', phone: '0294-00-2222', isEmergencyContact: true, emergencyPriority: 1 },
        { id: 'fm-2', name: '架空 四郎', relationship: '長男', address: '架空県架空市竹町1-1', phone: '090-0000-2223', isEmergencyContact: true, emergencyPriority: 2 },
      ],
    },
    certifications: [{ id: `csv-cert-${planKey}`, status: 'certified', careLevel: 'support_2', previousCareLevel: 'support_1', certifiedOn: '2025-05-20', validFrom: '2025-06-01', validTo: '2026-05-31' }],
    carePlans: [],
    preventionPlans: [
      {
        id: `csv-plan-${planKey}`,
        status: 'active',
        planKind: 'prevention_support',
        delegated: true,
        serialNumber: '0012',
        planDate: '2025-06-01',
        firstPlanDate: '2025-06-01',
        planCategories: ['initial'],
        certificationStatus: 'certified',
        careLevel: 'support_2',
        certificationId: `csv-cert-${planKey}`,
        certifiedOn: '2025-05-20',
        certificationValidFrom: '2025-06-01',
        certificationValidTo: '2026-05-31',
        centerStaffName: '架空 包括',
        careManagerName: '架空 一郎',
        delegatedOffice: { name: 'テスト居宅介護支援事業所', address: '架空県架空市桜町1-1', phone: '0294-00-0043' },
        centerName: '架空市地域包括支援センター',
        targetLife: { day: '朝、近所を散歩する', year: '夏祭りに妻と出かける' },
        domains: {
          movement: domain('屋外は杖で15分程度', true),
          dailyLife: domain('家事は妻と分担', false),
          socialParticipation: domain('老人会を休みがち, 月1回', true),
          healthManagement: domain('高血圧で通院中\n服薬は自己管理', false),
        },
        issues: [
          {
            id: 'issue-1',
            overallIssue: '膝の痛みで外出が減り、体力が落ちている',
            proposal: '通所で運動習慣をつける',
            intention: '本人「週1回なら行ける」',
            goal: '散歩を毎朝15分続ける',
            supportRows: [
              { id: 'issue-1-support-1', supportPoints: '膝に負担の少ない運動', selfCareAndInformal: '毎朝の散歩（妻と）', formalService: '介護予防通所リハビリテーション', serviceTypeCode: '66', serviceTypeName: '介護予防通所リハビリテーション', providerName: 'テスト通所リハ', period: { start: '2025-06-01', end: '2025-11-30' } },
              { id: 'issue-1-support-2', supportPoints: '外出の機会を増やす', selfCareAndInformal: '老人会の行事に参加', formalService: '通所型サービス', serviceTypeCode: 'A6', serviceTypeName: '通所型サービス（独自）', providerName: 'テストデイ', period: { start: '2025-06-01', end: '2025-11-30' } },
            ],
          },
          { id: 'issue-2', overallIssue: '服薬の飲み忘れ', proposal: 'お薬カレンダーの活用', intention: '妻「声をかける」', goal: '飲み忘れをなくす', supportRows: [] },
        ],
        healthNotes: '血圧の変動に注意（主治医意見書より）',
        policyWhenSupportUnavailable: '特になし',
        overallPolicy: '運動と外出の習慣で、生活不活発を防ぎます。',
        checklistCounts: { movement: 3, nutrition: 0, oral: 1, housebound: 1, cognition: 0, depression: 2 },
        programNeeds: { movement: true, nutrition: false, oral: false, housebound: true, cognition: false, depression: false },
        centerOpinion: '計画のとおり実施してください。',
        consent: { date: '2025-05-30', by: '架空 次郎' },
      },
    ],
  });
}

/**
 * 居宅: 架空 花子's 2025年5月 サービス利用票 (第6表) on top of {@link csvCarePlanSample}: 訪問介護,
 * 通所介護 with its 加算, two 手すり of one サービスコード told apart by 明細判別コード, and a 処遇改善加算
 * outside the limit, at 1級地-like 単位数単価. Line ids are those an import assigns. サービスコード and
 * 単位数 are examples for the tests, not checked against the サービスコード表.
 */
export function csvUsageSample(): CaseFile {
  const base = csvCarePlanSample();
  const plan = base.carePlans[0];
  const helper = { providerOfficeNumber: '0899000011', providerName: 'テスト訪問介護', unitPrice: 10.21 };
  const day = { providerOfficeNumber: '0899000015', providerName: 'テストデイサービス', startTime: '09:30', endTime: '16:30', plannedDays: [1, 5, 8, 12, 15, 19, 22, 26, 29], unitPrice: 10.17 };
  const rail = { providerOfficeNumber: '0899000017', providerName: 'テスト福祉用具', serviceCode: '171007', serviceName: '手すり', units: 300, plannedDays: [1] };
  return validateCaseFile({
    ...base,
    serviceUsages: [
      {
        id: 'csv-usage-089999_0000054321_202505',
        month: '2025-05',
        createdOn: '2025-04-28',
        carePlanId: plan?.id,
        certificationId: plan?.certificationId,
        lines: [
          { id: 'csv-usage-line-1', ...helper, serviceCode: '118211', serviceName: '生活援助3', units: 220, startTime: '10:00', endTime: '10:50', plannedDays: [7, 14, 21, 28] },
          { id: 'csv-usage-line-2', ...day, serviceCode: '151311', serviceName: '通所介護13', units: 900 },
          { id: 'csv-usage-line-3', ...day, serviceCode: '155010', serviceName: '通所介護入浴介助加算Ⅰ', units: 40 },
          { id: 'csv-usage-line-4', ...rail, taisCode: '00001-000010', equipmentName: '据置型手すり（玄関, "テスト"）', detailCode: 1 },
          { id: 'csv-usage-line-5', ...rail, taisCode: '00001-000011', equipmentName: '据置型手すり（寝室）', detailCode: 2 },
          { id: 'csv-usage-line-6', ...helper, serviceCode: '116275', serviceName: '訪問介護処遇改善加算Ⅰ', units: 215, plannedDays: [28], outsideLimit: true },
        ],
      },
    ],
  });
}

/**
 * The 実績 (UPJSK) テストデイサービス would send back for {@link csvUsageSample}'s month: its rows of
 * the 予定 as provided, but the 12th missed.
 */
export function csvUsageResultSample(timestamp = '20250601090000'): { name: string; bytes: Uint8Array } {
  const options = { sender: { officeNumber: '0899000043', serviceType: '43' }, destination: { officeNumber: '0899000015', serviceType: '15' }, timestamp, month: '2025-05' };
  const plan = exportUsageCsv([csvUsageSample()], options).files.find((f) => f.name.startsWith('UPPLAN'));
  const rows = decodeMs932(plan?.bytes ?? new Uint8Array(0))
    .split('\r\n')
    .filter((line) => line.includes(',0899000015,') && !line.includes(',20250512,'));
  return { name: `UPJSK_202505_0899000015_15_0899000043_43_${timestamp}.CSV`, bytes: encodeMs932(`${rows.join('\r\n')}\r\n`) };
}
