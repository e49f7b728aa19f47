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
  for (const term of preparedTerms(personalTerms)) if (out.includes(term)) out = out.split(term).join('○○');
  return out
    .replace(/〒?\d{3}-\d{4}/gu, '＊＊＊')
    .replace(/\d{2,5}-\d{1,4}-\d{3,4}/gu, '＊＊＊')
    .replace(/\d{6,}/gu, '＊＊＊');
}

/**
 * The terms to remove, longest first, each also without its spaces (names are written both ways);
 * prepared once per list, since a 総評 de-identifies many observations with the same names.
 */
const prepared = new WeakMap<readonly string[], string[]>();
function preparedTerms(personalTerms: readonly string[]): string[] {
  let terms = prepared.get(personalTerms);
  if (!terms) {
    const unique = new Set<string>();
    for (const raw of personalTerms) {
      const term = raw.trim();
      if (term.length < 2) continue;
      unique.add(term);
      const joined = term.replace(/\s+/gu, '');
      if (joined.length >= 2) unique.add(joined);
    }
    terms = [...unique].sort((a, b) => b.length - a.length);
    prepared.set(personalTerms, terms);
  }
  return terms;
}

const resolvedStatuses = new Set<InspectionObservation['status']>(['verified', 'closed']);
/** Observations discussed through to an agreed change speak best for the year. */
const weight: Record<InspectionObservation['status'], number> = { verified: 0, closed: 1, agreed: 2, answered: 3, open: 4 };

function examplesOf(observations: readonly InspectionObservation[], personalTerms: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const seenRaw = new Set<string>();
  for (const o of [...observations].sort((a, b) => weight[a.status] - weight[b.status] || a.text.length - b.text.length)) {
    // The same words again need no second pass over every name.
    if (seenRaw.has(o.text)) continue;
    seenRaw.add(o.text);
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
  const terms = [...personalTerms, ...cases.flatMap((c) => [c.careManagerName ?? '', c.officeName ?? ''])];
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
      examples: examplesOf(observations, terms, examplesPerArea),
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

/** An editable section of the 総評 (the `inspection_summary` record's sections). */
export interface SummaryTextSection {
  heading: string;
  text: string;
}

/**
 * The draft as the sections the insurer edits: はじめに (the year's figures), one per area with its
 * figures and examples, and まとめ left for the insurer to write.
 */
export function summarySections(draft: InspectionSummaryDraft): SummaryTextSection[] {
  const intro = `${fiscalYearLabel(draft.fiscalYear)}は、${draft.offices}か所の事業所の${draft.cases}事例についてケアプラン点検を行いました。点検者の気づきは${draft.observations}件で、そのうち${draft.resolved}件は見直した計画を確認しました。`;
  const sections: SummaryTextSection[] = [{ heading: 'はじめに', text: intro }];
  draft.sections.forEach((section, i) => {
    const trend = section.trend ? `この分野の気づきがあった事例の割合は${trendText[section.trend]}。` : '';
    const figures = `気づき ${section.observations}件（${section.cases}事例・${section.offices}事業所）。${trend}`;
    sections.push({ heading: `(${i + 1}) ${section.label}`, text: [figures, ...section.examples.map((e) => `・${e}`)].join('\n') });
  });
  sections.push({ heading: 'まとめ', text: '' });
  return sections;
}

/** The 総評 as Markdown, for the 集団指導 slides (one slide per section). */
export function summaryMarkdown(title: string, sections: readonly { heading: string; text?: string | undefined }[]): string {
  const parts = [`# ${title}`];
  for (const section of sections) {
    parts.push('', `## ${section.heading}`, '');
    parts.push(...(section.text ?? '').split('\n').map((line) => (line.startsWith('・') ? `- ${line.slice(1)}` : line)));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/**
 * Whether text meant for publication still carries personal data: one of the given names (with or
 * without the space) or an identifying number. The 総評 is checked before it is saved and printed.
 */
export function personalDataIn(text: string, personalTerms: readonly string[]): string[] {
  const cleaned = deIdentify(text, personalTerms);
  if (cleaned === text) return [];
  const found = new Set<string>();
  for (const term of personalTerms) {
    const t = term.trim();
    if (t.length >= 2 && (text.includes(t) || text.includes(t.replace(/\s+/gu, '')))) found.add(t);
  }
  if (/\d{6,}|〒?\d{3}-\d{4}|\d{2,5}-\d{1,4}-\d{3,4}/u.test(text)) found.add('番号');
  return [...found];
}
