/**
 * Which monitoring periods were missed. Periods are counted from the month after the plan
 * (サービス) started: every month for 居宅介護支援 (13条14号), every three months for
 * 介護予防 (37号30条16号 「翌月から起算して三月に一回」). Only complete periods before the
 * current month are judged; the current month is not yet due.
 */

/** Monitorings of one month: any at all, and any at the client's home. */
export interface MonthVisits {
  any: boolean;
  home: boolean;
}

export interface ScheduleInput {
  /** First month of the first period (month index). */
  firstMonth: number;
  /** Last month that may be judged (the month before the audit date). */
  lastMonth: number;
  /** Months per period (1 = every month). */
  interval: number;
  visits: ReadonlyMap<number, MonthVisits>;
}

/** Consecutive periods with no monitoring at all. */
export interface MissingRun {
  kind: 'missing';
  firstMonth: number;
  lastMonth: number;
  periods: number;
}

/** A period monitored only without a home visit, after a period that had no home visit either. */
export interface NoHomeVisit {
  kind: 'no_home_visit';
  firstMonth: number;
  lastMonth: number;
}

export type ScheduleGap = MissingRun | NoHomeVisit;

function periodVisits(visits: ReadonlyMap<number, MonthVisits>, first: number, last: number): MonthVisits {
  const out = { any: false, home: false };
  for (let m = first; m <= last; m += 1) {
    const v = visits.get(m);
    out.any ||= v?.any ?? false;
    out.home ||= v?.home ?? false;
  }
  return out;
}

/**
 * The gaps in a monitoring schedule, in order. A run of missed periods is one gap; a period
 * with monitorings but no home visit is a gap when the period before it (inside the schedule)
 * had no home visit either: テレビ電話装置等 may replace a visit only in alternate periods.
 */
export function scheduleGaps({ firstMonth, lastMonth, interval, visits }: ScheduleInput): ScheduleGap[] {
  const gaps: ScheduleGap[] = [];
  let run: MissingRun | undefined;
  let previousHome: boolean | undefined;
  for (let first = firstMonth; first + interval - 1 <= lastMonth; first += interval) {
    const last = first + interval - 1;
    const seen = periodVisits(visits, first, last);
    if (!seen.any) {
      if (run) {
        run.lastMonth = last;
        run.periods += 1;
      } else {
        run = { kind: 'missing', firstMonth: first, lastMonth: last, periods: 1 };
        gaps.push(run);
      }
    } else {
      run = undefined;
      if (!seen.home && previousHome === false) gaps.push({ kind: 'no_home_visit', firstMonth: first, lastMonth: last });
    }
    previousHome = seen.home;
  }
  return gaps;
}
