import { formatWareki } from '../dates/wareki.js';
import { fiscalYearLabel } from '../inspection/draft-summary.js';
import { disseminationKindLabels, policyIndicatorKeys, policyIndicators, publicationMediumLabels, type PolicyActivity, type PolicyIndicator } from './policy-activity.schema.js';

/** One line of the evidence sheet: an activity of the year under its indicator. */
export interface EvidenceLine {
  date: string;
  /** 和暦 date as printed. */
  dateText: string;
  text: string;
}

/** The one-page evidence sheet of a fiscal year for the 交付金 report (指標 II(1)① ア〜エ). */
export interface IndicatorEvidenceSheet {
  fiscalYear: number;
  title: string;
  indicators: { indicator: PolicyIndicator; mark: string; label: string; met: boolean; lines: EvidenceLine[] }[];
}

/** April 1 of `fiscalYear` … March 31 of the next year. */
export function inFiscalYear(date: string, fiscalYear: number): boolean {
  return date >= `${fiscalYear}-04-01` && date <= `${fiscalYear + 1}-03-31`;
}

/** The fiscal year (年度, April to March) a YYYY-MM-DD date falls in. */
export function fiscalYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

function describe(activity: PolicyActivity): string {
  switch (activity.indicator) {
    case 'discussion':
      return [activity.title, activity.decisions ? `決定事項: ${activity.decisions}` : undefined].filter(Boolean).join('／');
    case 'publication':
      return `${publicationMediumLabels[activity.medium]}（${activity.where}${activity.url ? ` ${activity.url}` : ''}）`;
    case 'dissemination': {
      const offices = activity.attendance.length;
      const people = activity.attendance.reduce((sum, a) => sum + (a.careManagers ?? 0), 0);
      const turnout = offices > 0 ? `／出席 ${offices}事業所${people > 0 ? `・介護支援専門員 ${people}人` : ''}` : '';
      return `${disseminationKindLabels[activity.kind]}「${activity.title}」／対象: ${activity.audience}${turnout}`;
    }
    case 'effect_verification':
      return [activity.method, activity.result].filter(Boolean).join('／');
  }
}

/**
 * The evidence sheet of a fiscal year: for each indicator ア〜エ whether the year holds a recorded
 * activity, and each activity as one dated line. An indicator without a record is shown as not met,
 * never filled in.
 */
export function indicatorEvidenceSheet(fiscalYear: number, activities: readonly PolicyActivity[]): IndicatorEvidenceSheet {
  const ofYear = activities.filter((a) => inFiscalYear(a.date, fiscalYear)).sort((a, b) => a.date.localeCompare(b.date));
  return {
    fiscalYear,
    title: `${fiscalYearLabel(fiscalYear)} ケアマネジメントに関する基本方針の周知等の取組（保険者機能強化推進交付金 指標 II(1)①）`,
    indicators: policyIndicatorKeys.map((indicator) => {
      const lines = ofYear.filter((a) => a.indicator === indicator).map((a) => ({ date: a.date, dateText: formatWareki(a.date), text: describe(a) }));
      return { indicator, mark: policyIndicators[indicator].mark, label: policyIndicators[indicator].label, met: lines.length > 0, lines };
    }),
  };
}
