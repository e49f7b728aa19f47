import { resourceKindLabels, resourceKinds, type ResourceKind } from '@kizuki/core';

/** A labelled choice of 社会資源の種別, with an optional blank first option (すべて, 指定しない). */
export function ResourceKindSelect({ id, label, value, onChange, blank }: { id: string; label: string; value: ResourceKind | ''; onChange: (kind: ResourceKind | '') => void; blank?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ResourceKind | '')}>
        {blank !== undefined && <option value="">{blank}</option>}
        {resourceKinds.map((k) => (
          <option key={k} value={k}>
            {resourceKindLabels[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
