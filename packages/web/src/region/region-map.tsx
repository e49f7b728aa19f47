import { countByArea, resourceKindLabels, type ResourceKind } from '@kizuki/core';
import { useMemo } from 'react';
import type { Session } from '../api/endpoints.js';
import { LoadStatus } from '../components/use-load.js';
import { useRegionRecords } from './use-region-records.js';

/** The insurer and the 包括 see unmet needs on the map; offices see the resources. */
export const seesUnmetOnMap = (session: Session) => session.organization.kind !== 'care_management_office';

/**
 * 地域の地図: a schematic of the 日常生活圏域 (no map tiles: it works offline and in tests), each
 * with its 地区, resources by kind and, for the insurer and the 包括, the unmet needs recorded there.
 */
export function RegionMap({ session }: { session: Session }) {
  const withUnmet = seesUnmetOnMap(session);
  const resources = useRegionRecords('region_resource');
  const unmet = useRegionRecords('region_unmet_need', withUnmet);
  const rows = useMemo(
    () => (resources.state.kind === 'ready' && unmet.state.kind === 'ready' ? countByArea(resources.state.data.map((r) => r.body), unmet.state.data.map((u) => u.body)) : []),
    [resources.state, unmet.state],
  );
  const maxUnmet = Math.max(1, ...rows.map((r) => r.unmetNeeds));
  return (
    <div className="region-map-page">
      <p>
        日常生活圏域ごとの社会資源{withUnmet ? 'と、ケアマネジャーが記録した「不足している資源」' : ''}の数です。圏域の中の地区（町名）と、種別ごとの数を示します。
      </p>
      <LoadStatus state={resources.state} />
      <LoadStatus state={unmet.state} />
      {rows.length === 0 && resources.state.kind === 'ready' && <div className="empty-state"><p>表示する圏域がありません。社会資源を登録すると圏域が表示されます。</p></div>}
      <div className="region-map" role="list" aria-label="日常生活圏域">
        {rows.map((row) => (
          <section key={row.area} className="region-area" role="listitem" aria-label={row.area} style={withUnmet ? { borderColor: `rgba(192, 57, 43, ${0.25 + (0.75 * row.unmetNeeds) / maxUnmet})` } : undefined}>
            <h2>{row.area}</h2>
            <ul className="region-districts" aria-label="地区">
              {row.districts.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <p className="region-area-count">
              社会資源 <strong>{row.resources}</strong>件
            </p>
            <ul className="region-kind-counts">
              {(Object.entries(row.resourcesByKind) as [ResourceKind, number][]).map(([kind, n]) => (
                <li key={kind}>
                  {resourceKindLabels[kind]} {n}
                </li>
              ))}
            </ul>
            {withUnmet && (
              <p className={`region-unmet-count${row.unmetNeeds > 0 ? ' has-unmet' : ''}`} data-unmet-count={row.unmetNeeds}>
                不足している資源 <strong>{row.unmetNeeds}</strong>件
              </p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
