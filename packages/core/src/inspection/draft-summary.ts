import { toWareki } from '../dates/wareki.js';
import { inspectionAreaKeys, inspectionAreas, type InspectionArea } from './inspection-areas.js';
import type { InspectionCase, InspectionObservation } from './inspection-case.schema.js';

/** Last year's figures, to say what changed (前年度との比較). */
export interface PreviousYearFigures {
  fiscalYear: number;
  cases: number;
  /** Cases with at least one observation in the area. */
  casesByArea: Partial<Record<InspectionArea, number>>;
}

/** One area of the 総評: how often it came up and what was typically observed. */
export interface SummarySection {
  area: InspectionArea;
  label: string;
  /** Observations in the area, and the cases and offices they came from. */
  observations: number;
  cases: number;
  offices: number;
  /** Representative observations, de-identified (no names, no numbers that identify anyone). */
  examples: string[];
  /** Cases with an observation in the area last year, when known. */
  previousCases?: number;
  /** 前年度より減った・増った・同程度 (by share of cases), when last year is known. */
  trend?: 'fewer' | 'more' | 'similar';
}

/** The draft 総評 of a year's ケアプラン点検, for the insurer to edit (never published as generated). */
export interface InspectionSummaryDraft {
  fiscalYear: number;
  title: string;
  cases: number;
  offices: number;
  observations: number;
  /** Observations whose agreed change was verified or closed. */
  resolved: number;
  sections: SummarySection[];
}

/** 西暦の年度 (April start) → 令和7年度. */
export function fiscalYearLabel(fiscalYear: number): string {
  // A year's name is that of its May: 令和 began on 2019-05-01, and 2019年度 is called 令和元年度.
  const { era, year } = toWareki(`${fiscalYear}-05-01`);
  return `${era.name}${year === 1 ? '元' : year}年度`;
}

/**
 * Removes what could identify a person from an observation: every given name (clients, care
 * managers, offices, family members), numbers of six or more digits (被保険者番号, 事業所番号, phone),
 * and postal codes. The 総評 is published, so nothing personal may reach it.
 */
export function deIdentify(text: string, personalTerms: readonly string[]): string {
  let out = text;
  const terms = [...new Set(personalTerms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  for (const term of terms) out = out.split(term).join('○○');
  // Names are also written without the space between family and given name.
  for (const term of terms) if (/\s/u.test(term)) out = out.split(term.replace(/\s+/gu, '')).join('○○');
  return out
    .replace(/〒?\d{3}-\d{4}/gu, '＊＊＊')
    .replace(/\d{2,5}-\d{1,4}-\d{3,4}/gu, '＊＊＊')
    .replace(/\d{6,}/gu, '＊＊＊');
}

const resolvedStatuses = new Set<InspectionObservation['status']>(['verified', 'closed']);
/** Observations discussed through to an agreed change speak best for the year. */
const weight: Record<InspectionObservation['status'], number> = { verified: 0, closed: 1, agreed: 2, answered: 3, open: 4 };

function examplesOf(observations: readonly InspectionObservation[], personalTerms: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of [...observations].sort((a, b) => weight[a.status] - weight[b.status] || a.text.length - b.text.length)) {
    const text = deIdentify(o.text, personalTerms);
    const key = text.replace(/[\s。、]/gu, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

function trendOf(cases: number, total: number, previous: PreviousYearFigures, area: InspectionArea): SummarySection['trend'] {
  const before = previous.casesByArea[area] ?? 0;
  if (previous.cases === 0 || total === 0) return undefined;
  const change = cases / total - before / previous.cases;
  return change <= -0.1 ? 'fewer' : change >= 0.1 ? 'more' : 'similar';
}

/**
 * Drafts the 総評 from the year's 点検 records: per area (ケアマネジメントプロセス, アセスメント,
 * ケアプラン, 連携, リハビリ) how many observations, cases and offices, representative observations
 * de-identified, and the change from last year by share of cases. `personalTerms` are every name the
 * records could contain (the caller gathers them from the case files and offices).
 */
export function draftInspectionSummary(fiscalYear: number, cases: readonly InspectionCase[], personalTerms: readonly string[], previous?: PreviousYearFigures, examplesPerArea = 3): InspectionSummaryDraft {
  const sections: SummarySection[] = [];
  for (const area of inspectionAreaKeys) {
    const inArea = cases.map((c) => ({ c, observations: c.observations.filter((o) => o.area === area) })).filter((x) => x.observations.length > 0);
    if (inArea.length === 0 && !previous?.casesByArea[area]) continue;
    const observations = inArea.flatMap((x) => x.observations);
    const section: SummarySection = {
      area,
      label: inspectionAreas[area],
      observations: observations.length,
      cases: inArea.length,
      offices: new Set(inArea.map((x) => x.c.officeNumber)).size,
      examples: examplesOf(observations, [...personalTerms, ...cases.flatMap((c) => [c.careManagerName ?? '', c.officeName ?? ''])], examplesPerArea),
    };
    if (previous) {
      section.previousCases = previous.casesByArea[area] ?? 0;
      const trend = trendOf(inArea.length, cases.length, previous, area);
      if (trend) section.trend = trend;
    }
    sections.push(section);
  }
  const all = cases.flatMap((c) => c.observations);
  return {
    fiscalYear,
    title: `${fiscalYearLabel(fiscalYear)}ケアプラン点検の総評`,
    cases: cases.length,
    offices: new Set(cases.map((c) => c.officeNumber)).size,
    observations: all.length,
    resolved: all.filter((o) => resolvedStatuses.has(o.status)).length,
    sections,
  };
}

const trendText: Record<NonNullable<SummarySection['trend']>, string> = { fewer: '前年度より少なくなりました', more: '前年度より多くなりました', similar: '前年度と同程度でした' };

/** The draft as text in the form 小樽市 publishes: (1) 分野 then ・ observations, with the figures. */
export function inspectionSummaryText(draft: InspectionSummaryDraft): string {
  const lines = [draft.title, '', `点検した事業所 ${draft.offices}か所・事例 ${draft.cases}件、点検者の気づき ${draft.observations}件（うち見直しを確認 ${draft.resolved}件）。`];
  draft.sections.forEach((section, i) => {
    lines.push('', `(${i + 1}) ${section.label}`);
    const trend = section.trend ? `。この分野の気づきがあった事例の割合は${trendText[section.trend]}` : '';
    lines.push(`（気づき ${section.observations}件・${section.cases}事例・${section.offices}事業所${trend}）`);
    for (const example of section.examples) lines.push(`・${example}`);
  });
  return `${lines.join('\n')}\n`;
}
