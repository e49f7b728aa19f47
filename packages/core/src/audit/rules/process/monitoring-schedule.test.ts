import { describe, expect, it } from 'vitest';
import { scheduleGaps, type MonthVisits } from './monitoring-schedule.js';

const home: MonthVisits = { any: true, home: true };
const online: MonthVisits = { any: true, home: false };

function visits(entries: Array<[number, MonthVisits]>): Map<number, MonthVisits> {
  return new Map(entries);
}

describe('scheduleGaps', () => {
  it('finds nothing when every month has a home visit', () => {
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 3, interval: 1, visits: visits([[1, home], [2, home], [3, home]]) })).toEqual([]);
  });

  it('groups consecutive missed months into one run', () => {
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 5, interval: 1, visits: visits([[1, home], [5, home]]) })).toEqual([{ kind: 'missing', firstMonth: 2, lastMonth: 4, periods: 3 }]);
  });

  it('accepts online monitoring in alternate months but not twice in a row', () => {
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 4, interval: 1, visits: visits([[1, home], [2, online], [3, home], [4, online]]) })).toEqual([]);
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 3, interval: 1, visits: visits([[1, home], [2, online], [3, online]]) })).toEqual([{ kind: 'no_home_visit', firstMonth: 3, lastMonth: 3 }]);
  });

  it('does not judge the first period against the months before the schedule', () => {
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 1, interval: 1, visits: visits([[1, online]]) })).toEqual([]);
  });

  it('reports an online month after a missed month as a second gap', () => {
    expect(scheduleGaps({ firstMonth: 1, lastMonth: 2, interval: 1, visits: visits([[2, online]]) })).toEqual([
      { kind: 'missing', firstMonth: 1, lastMonth: 1, periods: 1 },
      { kind: 'no_home_visit', firstMonth: 2, lastMonth: 2 },
    ]);
  });

  it('judges three-month periods by any monitoring inside them, and only complete periods', () => {
    const input = { firstMonth: 1, interval: 3, visits: visits([[2, home]]) };
    expect(scheduleGaps({ ...input, lastMonth: 3 })).toEqual([]);
    expect(scheduleGaps({ ...input, lastMonth: 5 })).toEqual([]);
    expect(scheduleGaps({ ...input, lastMonth: 6 })).toEqual([{ kind: 'missing', firstMonth: 4, lastMonth: 6, periods: 1 }]);
    expect(scheduleGaps({ ...input, lastMonth: 12 })).toEqual([{ kind: 'missing', firstMonth: 4, lastMonth: 12, periods: 3 }]);
  });

  it('finds nothing when no period is complete yet', () => {
    expect(scheduleGaps({ firstMonth: 5, lastMonth: 4, interval: 1, visits: new Map() })).toEqual([]);
  });
});
