import type { ResourceKind } from './resource.schema.js';

/**
 * Counts by 日常生活圏域 for the map and the reports: resources by kind, unmet needs by kind and
 * quarter. Counts only; nothing about a person.
 */
export interface AreaCounts {
  area: string;
  districts: string[];
  resources: number;
  resourcesByKind: Partial<Record<ResourceKind, number>>;
  unmetNeeds: number;
  unmetByKind: Partial<Record<ResourceKind | 'unspecified', number>>;
}

export function countByArea(
  resources: readonly { area: string; district?: string | undefined; kind: ResourceKind }[],
  unmet: readonly { area: string; district?: string | undefined; wantedKind?: ResourceKind | undefined }[],
): AreaCounts[] {
  const byArea = new Map<string, AreaCounts & { districtSet: Set<string> }>();
  const at = (area: string) => {
    let row = byArea.get(area);
    if (!row) {
      row = { area, districts: [], districtSet: new Set(), resources: 0, resourcesByKind: {}, unmetNeeds: 0, unmetByKind: {} };
      byArea.set(area, row);
    }
    return row;
  };
  for (const r of resources) {
    const row = at(r.area);
    row.resources += 1;
    row.resourcesByKind[r.kind] = (row.resourcesByKind[r.kind] ?? 0) + 1;
    if (r.district) row.districtSet.add(r.district);
  }
  for (const u of unmet) {
    const row = at(u.area);
    row.unmetNeeds += 1;
    const key = u.wantedKind ?? 'unspecified';
    row.unmetByKind[key] = (row.unmetByKind[key] ?? 0) + 1;
    if (u.district) row.districtSet.add(u.district);
  }
  return [...byArea.values()]
    .map(({ districtSet, ...row }) => ({ ...row, districts: [...districtSet].sort((a, b) => a.localeCompare(b, 'ja')) }))
    .sort((a, b) => a.area.localeCompare(b.area, 'ja'));
}

/** 2025-07-10 → 2025年度 第2四半期 (April starts the fiscal year). */
export function fiscalQuarterOf(date: string): { key: string; label: string } {
  const [y = 0, m = 1] = date.split('-').map(Number);
  const fy = m >= 4 ? y : y - 1;
  const q = m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4;
  return { key: `${fy}-Q${q}`, label: `${fy}年度 第${q}四半期` };
}

/** Unmet needs per quarter and wanted kind, quarters in order. */
export function unmetByQuarter(unmet: readonly { recordedOn: string; wantedKind?: ResourceKind | undefined }[]): { key: string; label: string; total: number; byKind: Partial<Record<ResourceKind | 'unspecified', number>> }[] {
  const rows = new Map<string, { key: string; label: string; total: number; byKind: Partial<Record<ResourceKind | 'unspecified', number>> }>();
  for (const u of unmet) {
    const q = fiscalQuarterOf(u.recordedOn);
    const row = rows.get(q.key) ?? { ...q, total: 0, byKind: {} };
    row.total += 1;
    const k = u.wantedKind ?? 'unspecified';
    row.byKind[k] = (row.byKind[k] ?? 0) + 1;
    rows.set(q.key, row);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

