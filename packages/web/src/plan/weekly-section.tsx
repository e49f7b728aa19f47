import { listServiceLines, weekdayLabels, type DailyActivity, type WeeklyEntry } from '@kizuki/core';
import { DateField, SelectField, TextArea, TextField, fieldDomId } from '../editing/index.js';
import { newRowId } from './plan-factories.js';
import type { PlanSectionProps } from './section-props.js';
import { treeOps } from './tree-ops.js';
import './weekly-grid.css';
import { activitiesInSlot, entriesInCell, timeRangeText, timeSlots, unplacedEntries, weekDays } from './weekly-layout.js';

const dayOptions = weekDays.map((day) => ({ value: String(day), label: `${weekdayLabels[day]}曜日` }));

/** 第3表 週間サービス計画表: the week as a grid (read at a glance) and its rows (edited one by one). */
export function WeeklySection(props: PlanSectionProps) {
  const { plan, setPlan, fields, readOnly } = props;
  const schedule = plan.weeklySchedule ?? { entries: [], dailyActivities: [] };
  const entries = schedule.entries;
  const activities = schedule.dailyActivities;
  const ops = treeOps({ ...plan, weeklySchedule: schedule }, setPlan);
  const entriesPath = ['weeklySchedule', 'entries'];
  const activitiesPath = ['weeklySchedule', 'dailyActivities'];
  const lineOptions = listServiceLines(plan.needs)
    .filter(({ line }) => line.content)
    .map(({ line }) => ({ value: line.id, label: `${line.content ?? ''}${line.providerName ? `（${line.providerName}）` : ''}` }));

  const addEntry = (day: number, start?: string) => {
    const entry: WeeklyEntry = { id: newRowId(), day, ...(start ? { start } : {}) };
    ops.add(entriesPath, entry, ['content']);
  };
  const linkLine = (index: number, lineId: string | undefined) => {
    fields.update([...entriesPath, index, 'serviceLineId'], lineId);
    const line = listServiceLines(plan.needs).find((l) => l.line.id === lineId)?.line;
    const current = entries[index]?.content;
    if (line && !current) fields.update([...entriesPath, index, 'content'], line.serviceTypeName ?? line.content);
  };

  return (
    <div className="weekly-section">
      <DateField label="作成年月日" {...fields.text(['weeklySchedule', 'createdOn'])} disabled={readOnly} />
      <div className="weekly-grid-wrap">
        <table className="weekly-grid">
          <caption>週間サービス計画表（空いている枠の「＋」で、その曜日・時間に予定を追加できます）</caption>
          <thead>
            <tr>
              <th scope="col">時間</th>
              {weekDays.map((day) => (
                <th key={day} scope="col">
                  {weekdayLabels[day]}
                </th>
              ))}
              <th scope="col">主な日常生活上の活動</th>
            </tr>
          </thead>
          <tbody>
            {timeSlots.map((slot) => (
              <tr key={slot.index}>
                <th scope="row">
                  <span className="slot-band">{slot.band}</span> {slot.label}
                </th>
                {weekDays.map((day) => (
                  <td key={day}>
                    {entriesInCell(entries, day, slot.index).map((entry) => (
                      <span key={entry.id} className="grid-entry">
                        {entry.content ?? '（内容未記入）'}
                        <span className="grid-time">{timeRangeText(entry.start, entry.end)}</span>
                      </span>
                    ))}
                    {!readOnly && (
                      <button type="button" className="grid-add" onClick={() => addEntry(day, `${String(slot.from / 60).padStart(2, '0')}:00`)} aria-label={`${weekdayLabels[day]}曜日 ${slot.label}からの予定を追加`}>
                        ＋
                      </button>
                    )}
                  </td>
                ))}
                <td className="grid-activity">
                  {activitiesInSlot(activities, slot.index).map((activity) => (
                    <span key={activity.id} className="grid-entry">
                      {activity.content} <span className="grid-time">{timeRangeText(activity.start, activity.end)}</span>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unplacedEntries(entries).length > 0 && <p className="field-warning">開始時刻のない予定が{unplacedEntries(entries).length}件あります（下の一覧で時刻を入れると表に表示されます）。</p>}

      <h3>週単位のサービス</h3>
      <ul className="row-list" id={fieldDomId(entriesPath)} tabIndex={-1}>
        {entries.map((entry, i) => (
          <li key={entry.id} className="row-item" id={fieldDomId([...entriesPath, i])} tabIndex={-1}>
            <div className="field-row">
              <SelectField label="曜日" path={[...entriesPath, i, 'day']} value={String(entry.day)} error={fields.error([...entriesPath, i, 'day'])} options={dayOptions} emptyLabel={null} onChange={(v) => fields.update([...entriesPath, i, 'day'], Number(v))} disabled={readOnly} />
              <TextField label="開始" {...fields.text([...entriesPath, i, 'start'])} placeholder="09:00" size="short" disabled={readOnly} />
              <TextField label="終了" {...fields.text([...entriesPath, i, 'end'])} placeholder="12:00" size="short" disabled={readOnly} />
              <TextField label="サービス内容" {...fields.text([...entriesPath, i, 'content'])} disabled={readOnly} />
            </div>
            <div className="field-row">
              <SelectField label="第2表の援助内容" {...fields.choice([...entriesPath, i, 'serviceLineId'])} onChange={(v) => linkLine(i, v)} options={lineOptions} emptyLabel="（結び付けない）" disabled={readOnly} />
              <button type="button" className="button button-small button-danger" onClick={() => ops.remove(entriesPath, i, `${weekdayLabels[entry.day] ?? ''}曜日の予定`)} disabled={readOnly}>
                この予定を削除
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary add-button" onClick={() => addEntry(1)} disabled={readOnly}>
        週単位の予定を追加
      </button>

      <h3>主な日常生活上の活動</h3>
      <ul className="row-list" id={fieldDomId(activitiesPath)} tabIndex={-1}>
        {activities.map((activity: DailyActivity, i) => (
          <li key={activity.id} className="row-item field-row" id={fieldDomId([...activitiesPath, i])} tabIndex={-1}>
            <TextField label="開始" {...fields.text([...activitiesPath, i, 'start'])} placeholder="07:00" size="short" disabled={readOnly} />
            <TextField label="終了" {...fields.text([...activitiesPath, i, 'end'])} placeholder="07:30" size="short" disabled={readOnly} />
            <TextField label="活動" {...fields.text([...activitiesPath, i, 'content'])} placeholder="起床・朝食" disabled={readOnly} />
            <button type="button" className="button button-small button-danger" onClick={() => ops.remove(activitiesPath, i, '活動')} disabled={readOnly}>
              削除
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary add-button" onClick={() => ops.add(activitiesPath, { id: newRowId() }, ['start'])} disabled={readOnly}>
        活動を追加
      </button>

      <TextArea label="週単位以外のサービス" {...fields.text(['weeklySchedule', 'nonWeeklyServices'])} rows={3} disabled={readOnly} />
    </div>
  );
}
