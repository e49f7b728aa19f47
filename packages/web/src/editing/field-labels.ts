import { adlActivityLabels, assessmentItems, checklistQuestions, iadlActivityLabels } from '@kizuki/core';
import type { FieldPath } from './paths.js';

/**
 * Japanese names of the keys that appear in document bodies, so a diff or a summary can say
 * 「健康状態 › 症状」 instead of `items.health.symptoms`. Unknown keys are shown as they are.
 */
const keyLabels: Record<string, string> = {
  id: 'ID', date: '日付', time: '時刻', kind: '種類', title: '項目', content: '内容', text: '内容', notes: '記述・備考',
  notApplicable: '該当なし', present: 'あり', status: '状態', name: '氏名・名称', nameKana: 'フリガナ', relationship: '続柄',
  place: '場所', reason: '理由', reasonText: '理由（記述）', summary: '課題分析のまとめ', items: '', interviewees: '面接相手',
  functionTrend: '機能の変化', risks: 'リスク', period: '期間', start: '開始', end: '終了', counterpart: '相手',
  // Client / certification
  insurerNumber: '保険者番号', insuredNumber: '被保険者番号', birthDate: '生年月日', sex: '性別', address: '住所', phone: '電話番号',
  householdType: '世帯状況', familyMembers: '家族等', primaryDoctor: '主治医', careLevel: '要介護状態区分', previousCareLevel: '前回の要介護状態区分',
  validFrom: '有効期間（開始）', validTo: '有効期間（終了）', certifiedOn: '認定日', applicationKind: '申請区分', applicationDate: '申請日',
  committeeOpinion: '介護認定審査会の意見', benefitLimitUnits: '区分支給限度基準額',
  // Plans
  needs: 'ニーズ', longTermGoals: '長期目標', shortTermGoals: '短期目標', serviceLines: '援助内容', frequency: '頻度',
  providerName: '事業所', serviceTypeName: 'サービス種別', serviceTypeCode: 'サービス種類コード', overallPolicy: '総合的な援助の方針',
  intentions: '意向', client: '本人', family: '家族', analysisResult: '課題分析の結果', unattributed: '取り込んだ記載（分けられていない意向欄）', planDate: '計画作成（変更）日', consent: '同意', delivery: '交付',
  careManagementType: 'ケアマネジメントの類型', targetLife: '目標とする生活', day: '1日', year: '1年', issues: '総合的課題', goal: '目標',
  // Meeting / monitoring / checklist
  attendees: '出席者', absentees: '欠席者', organization: '所属', role: '職種', itemsDiscussed: '検討した項目', discussion: '検討内容',
  conclusions: '結論', openIssues: '残された課題', startTime: '開始時刻', endTime: '終了時刻', nextDate: '次回の開催時期',
  goalEvaluations: '目標の評価', achievement: '達成度', comment: 'コメント', serviceStatus: 'サービスの実施状況', changes: '心身の状態・生活の変化',
  nextAction: '今後の対応', startsPlanRevision: '計画の見直しを開始', method: '方法', clientSatisfaction: '本人の満足度', familySatisfaction: '家族の満足度',
  answers: '回答', heightCm: '身長（cm）', weightKg: '体重（kg）', respondent: '記入者',
  // Assessment details
  activities: '活動', activity: '項目', whatCannotBeDone: 'できないこと', whoHelpsNow: '現在の支援者', aids: '用具', trend: '変化', atRisk: '低下のおそれ',
  symptoms: '症状', diagnoses: '傷病', medications: '服薬', pain: '痛み', clientWords: '本人の主訴・意向', familyWishes: '家族等の主訴・意向',
  judged: '判定', current: '現在', members: '家族', hazards: '危険箇所', caregiverBurden: '主介護者の負担',
  // サービス利用票（第6表）
  month: '対象年月', createdOn: '作成年月日', lines: 'サービス', providerOfficeNumber: '事業所番号', serviceCode: 'サービスコード', serviceName: 'サービス内容',
  units: '単位数', discountPercent: '割引率', timesPerDay: '回数／日', plannedDays: '予定', actualDays: '実績', outsideLimit: '区分支給限度基準額の対象外',
  unitPrice: '単位数単価', overLimitUnits: '区分支給限度基準を超える単位数', shortStayDaysBefore: '前月までの短期入所利用日数', benefitRatePercent: '給付率',
  confirmedOn: '利用者確認日', confirmedBy: '確認者', satelliteNo: 'サテライト枝番', taisCode: 'TAISコード', notificationCode: '福祉用具届出コード',
  equipmentName: '用具名称', detailCode: '明細判別コード', over30Days: '30日超',
  // 職員名簿（事業所の運営）
  qualification: '職種', employment: '常勤・非常勤', dedication: '専従・兼務', weeklyHours: '週の勤務時間', chiefValidUntil: '主任介護支援専門員の更新期限',
  cardValidUntil: '介護支援専門員証の有効期間の満了日', hiredOn: '採用日', leftOn: '退職日', userId: 'アカウントID',
};

for (const item of assessmentItems) keyLabels[item.key] = `${item.number} ${item.name}`;

/** The readable name of a path: `['items','health','symptoms']` → 「10 健康状態 › 症状」. */
export function pathLabel(path: FieldPath): string {
  const parts: string[] = [];
  path.forEach((step, index) => {
    const parent = path[index - 1];
    if (typeof step === 'number') {
      if (parent === 'answers') parts.push(`No.${step + 1} ${checklistQuestions[step]?.text ?? ''}`.trim());
      else parts.push(`${step + 1}件目`);
      return;
    }
    const label = keyLabels[step] ?? (step in adlActivityLabels ? adlActivityLabels[step as keyof typeof adlActivityLabels] : undefined) ?? (step in iadlActivityLabels ? iadlActivityLabels[step as keyof typeof iadlActivityLabels] : undefined) ?? step;
    if (label !== '') parts.push(label);
  });
  return parts.join(' › ');
}
