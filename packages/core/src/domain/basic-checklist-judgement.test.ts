import { describe, expect, it } from 'vitest';
import { computeBmi, judgeBasicChecklist } from './basic-checklist-judgement.js';
import { checklistQuestions } from './basic-checklist-questions.js';

/** Answers that score nothing: every question answered the non-risk way. */
function healthyAnswers(): boolean[] {
  return checklistQuestions.map((q) => !q.riskAnswer);
}

/** Healthy answers with the given question numbers answered the risk way. */
function withRisks(...numbers: number[]): boolean[] {
  const answers = healthyAnswers();
  for (const n of numbers) answers[n - 1] = checklistQuestions[n - 1]!.riskAnswer;
  return answers;
}

const normalBody = { heightCm: 155, weightKg: 55 };

describe('checklist questions', () => {
  it('has 25 questions with the risk answers of the official form', () => {
    expect(checklistQuestions).toHaveLength(25);
    const riskIsNo = checklistQuestions.filter((q) => !q.riskAnswer).map((q) => q.number);
    expect(riskIsNo).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 19]);
  });
});

describe('judgeBasicChecklist', () => {
  it('finds nothing for a healthy person', () => {
    const result = judgeBasicChecklist({ answers: healthyAnswers(), ...normalBody });
    expect(result.isBusinessTarget).toBe(false);
    expect(result.criteriaMet).toEqual([]);
    expect(result.unanswered).toEqual([]);
    expect(result.itemsOneToTwenty).toBe(0);
  });

  it.each([
    ['many_items', [1, 2, 3, 4, 5, 13, 17, 9, 11, 14]],
    ['movement', [6, 7, 8]],
    ['oral', [13, 14]],
    ['housebound', [16]],
    ['cognition', [19]],
    ['depression', [21, 25]],
  ] as const)('meets %s', (criterion, risks) => {
    const result = judgeBasicChecklist({ answers: withRisks(...risks), ...normalBody });
    expect(result.criteriaMet).toContain(criterion);
    expect(result.isBusinessTarget).toBe(true);
  });

  it.each([
    ['9 of No.1–20 without other criteria', [1, 2, 3, 4, 5, 9, 10, 13, 17]],
    ['2 of No.6–10', [6, 7]],
    ['1 of No.13–15', [15]],
    ['No.17 alone (not part of the 閉じこもり criterion)', [17]],
    ['1 of No.21–25', [22]],
    ['weight loss alone', [11]],
  ] as const)('does not judge 事業対象者 for %s', (_label, risks) => {
    const result = judgeBasicChecklist({ answers: withRisks(...risks), ...normalBody });
    expect(result.isBusinessTarget).toBe(false);
  });

  it('judges 低栄養 from weight loss plus BMI under 18.5', () => {
    const thin = { heightCm: 150, weightKg: 41 }; // BMI 18.2
    const result = judgeBasicChecklist({ answers: withRisks(11), ...thin });
    expect(result.bmi).toBe(18.2);
    expect(result.scored[11]).toBe(true);
    expect(result.criteriaMet).toEqual(['nutrition']);
    expect(judgeBasicChecklist({ answers: withRisks(11), heightCm: 150, weightKg: 41.7 }).criteriaMet).toEqual([]); // BMI 18.5
  });

  it('lets BMI override the answer slot of question 12 and uses the slot without height/weight', () => {
    const answers = withRisks(11, 12);
    expect(judgeBasicChecklist({ answers, ...normalBody }).scored[11]).toBe(false);
    expect(judgeBasicChecklist({ answers }).scored[11]).toBe(true);
    expect(judgeBasicChecklist({ answers }).criteriaMet).toEqual(['nutrition']);
  });

  it('counts domains as on the 予防計画書 (閉じこもり includes No.17)', () => {
    const result = judgeBasicChecklist({ answers: withRisks(6, 9, 13, 16, 17, 18, 20, 21, 22, 23), ...normalBody });
    expect(result.domainCounts).toEqual({ general: 0, movement: 2, nutrition: 0, oral: 1, housebound: 2, cognition: 2, depression: 3 });
    expect(result.criteriaMet).toEqual(['housebound', 'cognition', 'depression']);
  });

  it('lists unanswered questions and does not count them', () => {
    const answers: Array<boolean | undefined> = withRisks(6, 7);
    answers[7] = undefined;
    answers[11] = undefined;
    const result = judgeBasicChecklist({ answers });
    expect(result.unanswered).toEqual([8, 12]);
    expect(result.domainCounts.movement).toBe(2);
    expect(judgeBasicChecklist({ answers: [] }).unanswered).toHaveLength(25);
  });
});

describe('computeBmi', () => {
  it('rounds to one decimal and needs both values', () => {
    expect(computeBmi(160, 50)).toBe(19.5);
    expect(computeBmi(undefined, 50)).toBeUndefined();
    expect(computeBmi(0, 50)).toBeUndefined();
  });
});
