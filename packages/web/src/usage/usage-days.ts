/** 回数 of a row in the month: days × times per day (第6表 合計回数); a blank or unreadable 回数 counts as 1. */
export function monthlyCount(days: readonly number[], timesPerDay: unknown): number {
  const times = Number(typeof timesPerDay === 'string' ? timesPerDay.normalize('NFKC').trim() : timesPerDay);
  return days.length * (Number.isInteger(times) && times >= 1 ? times : 1);
}
