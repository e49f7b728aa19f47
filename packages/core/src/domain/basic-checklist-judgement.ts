import type { BasicChecklist } from './basic-checklist.schema.js';
import { bmiQuestionNumber, checklistQuestions, type ChecklistDomain } from './basic-checklist-questions.js';

/** The seven criteria of 事業対象者 (any one is enough). */
export const businessTargetCriteria = ['many_items', 'movement', 'nutrition', 'oral', 'housebound', 'cognition', 'depression'] as const;
export type BusinessTargetCriterion = (typeof businessTargetCriteria)[number];
export const businessTargetCriterionLabels: Record<BusinessTargetCriterion, string> = {
  many_items: 'No.1〜20のうち10項目以上に該当（複数の項目に支障）',
  movement: 'No.6〜10のうち3項目以上に該当（運動機能の低下）',
  nutrition: 'No.11〜12の2項目すべてに該当（低栄養状態）',
  oral: 'No.13〜15のうち2項目以上に該当（口腔機能の低下）',
  housebound: 'No.16に該当（閉じこもり）',
  cognition: 'No.18〜20のうち1項目以上に該当（認知機能の低下）',
  depression: 'No.21〜25のうち2項目以上に該当（うつ病の可能性）',
};

export interface ChecklistJudgement {
  /** 該当 per question number (1–25); undefined when not answered. */
  scored: ReadonlyArray<boolean | undefined>;
  /** BMI rounded to one decimal, when height and weight are known. */
  bmi: number | undefined;
  /** 該当数 per domain; housebound counts No.16–17 as on the 予防計画書. */
  domainCounts: Record<ChecklistDomain, number>;
  /** 該当数 of No.1–20. */
  itemsOneToTwenty: number;
  criteriaMet: BusinessTargetCriterion[];
  /** 事業対象者に該当 */
  isBusinessTarget: boolean;
  /** Question numbers without an answer (12: no height/weight and no answer). */
  unanswered: number[];
}

/** BMI = 体重(kg) ÷ 身長(m)², rounded to one decimal; undefined without both values. */
export function computeBmi(heightCm: number | undefined, weightKg: number | undefined): number | undefined {
  if (heightCm === undefined || weightKg === undefined || heightCm <= 0) return undefined;
  const meters = heightCm / 100;
  return Math.round((weightKg / (meters * meters)) * 10) / 10;
}

/**
 * Scores a 基本チェックリスト and judges 事業対象者 per the criteria of 地域支援事業実施要綱:
 * No.1–20 ≥ 10, No.6–10 ≥ 3, No.11–12 both, No.13–15 ≥ 2, No.16, No.18–20 ≥ 1, No.21–25 ≥ 2.
 * Unanswered questions count as not 該当. Note that 第2号被保険者 cannot become 事業対象者
 * through the checklist; callers check age separately.
 */
export function judgeBasicChecklist(checklist: Pick<BasicChecklist, 'answers' | 'heightCm' | 'weightKg'>): ChecklistJudgement {
  const bmi = computeBmi(checklist.heightCm, checklist.weightKg);
  const scored = checklistQuestions.map((question) => {
    // BMI below 18.5 decides question 12 whenever it can be computed (BMI is the definition).
    if (question.number === bmiQuestionNumber && bmi !== undefined) return bmi < 18.5;
    const answer = checklist.answers[question.number - 1];
    return answer === undefined ? undefined : answer === question.riskAnswer;
  });
  const count = (from: number, to: number): number => scored.slice(from - 1, to).filter((s) => s === true).length;

  const domainCounts: Record<ChecklistDomain, number> = {
    general: count(1, 5),
    movement: count(6, 10),
    nutrition: count(11, 12),
    oral: count(13, 15),
    housebound: count(16, 17),
    cognition: count(18, 20),
    depression: count(21, 25),
  };
  const itemsOneToTwenty = count(1, 20);
  const met: Record<BusinessTargetCriterion, boolean> = {
    many_items: itemsOneToTwenty >= 10,
    movement: domainCounts.movement >= 3,
    nutrition: domainCounts.nutrition === 2,
    oral: domainCounts.oral >= 2,
    housebound: scored[15] === true,
    cognition: domainCounts.cognition >= 1,
    depression: domainCounts.depression >= 2,
  };
  const criteriaMet = businessTargetCriteria.filter((criterion) => met[criterion]);
  const unanswered = scored.flatMap((s, index) => (s === undefined ? [index + 1] : []));
  return { scored, bmi, domainCounts, itemsOneToTwenty, criteriaMet, isBusinessTarget: criteriaMet.length > 0, unanswered };
}
