import { useId } from 'react';

export interface PickerEntry {
  id: string;
  label: string;
}

/**
 * Chooses which document of a kind to work on (newest first), or starts a new one. A select
 * rather than a long list keeps the form itself near the top on a tablet.
 */
export function DocumentPicker({ label, entries, selected, onSelect, newLabel, onNew, extraActions }: {
  label: string;
  entries: readonly PickerEntry[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  newLabel: string;
  onNew: () => void;
  extraActions?: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="document-picker">
      {entries.length > 0 && (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={selected ?? ''} onChange={(e) => onSelect(e.target.value)}>
            {selected === undefined && <option value="">（新規作成中）</option>}
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onNew}>
          {newLabel}
        </button>
        {extraActions}
      </div>
    </div>
  );
}
