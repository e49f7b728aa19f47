import { adlActivities, adlActivityLabels, assistanceLevelLabels, assistanceLevels, iadlActivities, iadlActivityLabels } from '@kizuki/core';
import type { FieldBinding } from '../editing/field-binder.js';
import { fieldDomId } from '../editing/fields.js';
import type { FieldPath } from '../editing/paths.js';

interface ActivityRow {
  activity: string;
  status?: string;
  whatCannotBeDone?: string;
  whoHelpsNow?: string;
  aids?: string;
}

/**
 * ADL / IADL as a grid: one row per activity, the level of help as large buttons and a note.
 * Rows are stored only for activities that were answered (the array holds `{ activity, … }`).
 */
export function ActivityGrid({ set, path, fields }: { set: 'adl' | 'iadl'; path: FieldPath; fields: FieldBinding }) {
  const activities: readonly string[] = set === 'adl' ? adlActivities : iadlActivities;
  const labels: Record<string, string> = set === 'adl' ? adlActivityLabels : iadlActivityLabels;
  const raw = fields.get(path);
  // A copy: rows added below must not touch the body the editor holds.
  const rows = Array.isArray(raw) ? [...(raw as ActivityRow[])] : [];

  function indexOf(activity: string): number {
    const found = rows.findIndex((r) => r.activity === activity);
    if (found >= 0) return found;
    fields.update([...path, rows.length], { activity });
    rows.push({ activity });
    return rows.length - 1;
  }

  return (
    <table className="activity-grid span-all">
      <caption>{set === 'adl' ? 'ADL（日常生活動作）' : 'IADL（手段的日常生活動作）'}の状況</caption>
      <thead>
        <tr>
          <th scope="col">項目</th>
          <th scope="col">介助の程度</th>
          <th scope="col">できないこと・支援者・用具</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((activity) => {
          const index = rows.findIndex((r) => r.activity === activity);
          const row = index >= 0 ? rows[index] : undefined;
          const statusPath = [...path, index >= 0 ? index : `new-${activity}`, 'status'];
          const notePath = [...path, index >= 0 ? index : `new-${activity}`, 'whatCannotBeDone'];
          const name = `${set}-${activity}`;
          return (
            <tr key={activity}>
              <th scope="row" id={`${name}-label`}>
                {labels[activity]}
              </th>
              <td>
                <div role="radiogroup" aria-labelledby={`${name}-label`} className="level-buttons" id={fieldDomId(statusPath)}>
                  {assistanceLevels.map((level) => (
                    <label key={level} className="level-option">
                      <input
                        type="radio"
                        name={name}
                        value={level}
                        checked={row?.status === level}
                        onChange={() => fields.update([...path, indexOf(activity), 'status'], level)}
                      />
                      <span>{assistanceLevelLabels[level]}</span>
                    </label>
                  ))}
                </div>
              </td>
              <td>
                <input
                  type="text"
                  id={fieldDomId(notePath)}
                  aria-label={`${labels[activity]}のできないこと・支援者・用具`}
                  value={row?.whatCannotBeDone ?? ''}
                  onChange={(e) => fields.update([...path, indexOf(activity), 'whatCannotBeDone'], e.target.value)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
