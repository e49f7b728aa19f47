import { needLabel } from '../../evidence.js';

/** Path of a 長期目標 inside the plan body (`needs[n].longTermGoals[l]`). */
export function longTermGoalPath(needIndex: number, longIndex: number): (string | number)[] {
  return ['needs', needIndex, 'longTermGoals', longIndex];
}

/** Path of a 短期目標 inside the plan body. */
export function shortTermGoalPath(needIndex: number, longIndex: number, shortIndex: number): (string | number)[] {
  return [...longTermGoalPath(needIndex, longIndex), 'shortTermGoals', shortIndex];
}

/** 「第2表 課題1 長期目標2」, as in listGoals. */
export function longTermGoalLabel(needIndex: number, longIndex: number): string {
  return `${needLabel(needIndex)} 長期目標${longIndex + 1}`;
}

/** 「第2表 課題1 長期目標2 短期目標1」, as in listGoals. */
export function shortTermGoalLabel(needIndex: number, longIndex: number, shortIndex: number): string {
  return `${longTermGoalLabel(needIndex, longIndex)} 短期目標${shortIndex + 1}`;
}
