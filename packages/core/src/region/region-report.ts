import { fiscalQuarterOf } from './region-aggregate.js';
import type { ResourceKind } from './resource.schema.js';

/**
 * Counts for the 協議体 and the insurer: unmet needs by 圏域, kind and fiscal quarter. Counts only;
 * the inputs are de-identified records and nothing about a person is carried into the answer.
 */

export interface QuarterColumn {
  /** 2025-Q2 */
  key: string;
  /** 2025年度 第2四半期 */
  label: string;
}

/** `2025-Q2` → the next quarter's key (`2025-Q3`; after Q4 comes the next fiscal year's Q1). */
function nextQuarterKey(key: string): string {
  const [fy = 0, q = 1] = key.split('-Q').map(Number);
  return q >= 4 ? `${fy + 1}-Q1` : `${fy}-Q${q + 1}`;
}

function quarterLabel(key: string): string {
  const [fy = 0, q = 1] = key.split('-Q').map(Number);
  return `${fy}年度 第${q}四半期`;
}

/**
 * Every fiscal quarter from the one holding `from` to the one holding `to` (dates YYYY-MM-DD), so a
 * chart shows quarters without records as zero instead of leaving them out. Empty when `to` < `from`.
 */
export function quartersBetween(from: string, to: string): QuarterColumn[] {
  if (to < from) return [];
  const last = fiscalQuarterOf(to).key;
  const columns: QuarterColumn[] = [];
  for (let key = fiscalQuarterOf(from).key; ; key = nextQuarterKey(key)) {
    columns.push({ key, label: quarterLabel(key) });
    if (key === last || columns.length > 400) break;
  }
  return columns;
}

export type UnmetKindKey = ResourceKind | 'unspecified';

export interface UnmetReportRow {
  area: string;
  kind: UnmetKindKey;
  /** one count per column of {@link UnmetReport.quarters} */
  counts: number[];
  total: number;
}

/** 不足している資源の集計: the table (圏域 × 種別 × 四半期) and its totals. */
export interface UnmetReport {
  quarters: QuarterColumn[];
  rows: UnmetReportRow[];
  areas: { area: string; counts: number[]; total: number }[];
  quarterTotals: number[];
  total: number;
}

/**
 * Unmet needs counted by 日常生活圏域, wanted kind and fiscal quarter (April starts the year, so
 * 3/31 and 4/1 fall in different years). Quarters run from the earliest record to `until` (or the
 * latest record), gaps included; rows are sorted by 圏域 then kind.
 */
export function unmetReport(unmet: readonly { recordedOn: string; area: string; wantedKind?: ResourceKind | undefined }[], until?: string): UnmetReport {
  if (unmet.length === 0) return { quarters: [], rows: [], areas: [], quarterTotals: [], total: 0 };
  const dates = unmet.map((u) => u.recordedOn).sort();
  const first = dates[0] ?? '';
  const latest = dates.at(-1) ?? first;
  const quarters = quartersBetween(first, until !== undefined && until > latest ? until : latest);
  const column = new Map(quarters.map((q, i) => [q.key, i]));
  const rows = new Map<string, UnmetReportRow>();
  const areas = new Map<string, { area: string; counts: number[]; total: number }>();
  const quarterTotals = quarters.map(() => 0);
  for (const u of unmet) {
    const i = column.get(fiscalQuarterOf(u.recordedOn).key);
    if (i === undefined) continue;
    const kind = u.wantedKind ?? 'unspecified';
    const rowKey = `${u.area}\n${kind}`;
    const row = rows.get(rowKey) ?? { area: u.area, kind, counts: quarters.map(() => 0), total: 0 };
    const areaRow = areas.get(u.area) ?? { area: u.area, counts: quarters.map(() => 0), total: 0 };
    row.counts[i] = (row.counts[i] ?? 0) + 1;
    row.total += 1;
    areaRow.counts[i] = (areaRow.counts[i] ?? 0) + 1;
    areaRow.total += 1;
    quarterTotals[i] = (quarterTotals[i] ?? 0) + 1;
    rows.set(rowKey, row);
    areas.set(u.area, areaRow);
  }
  const byArea = (a: { area: string }, b: { area: string }) => a.area.localeCompare(b.area, 'ja');
  return {
    quarters,
    rows: [...rows.values()].sort((a, b) => byArea(a, b) || a.kind.localeCompare(b.kind)),
    areas: [...areas.values()].sort(byArea),
    quarterTotals,
    total: quarterTotals.reduce((s, n) => s + n, 0),
  };
}
