import { weekdayLabels, type CarePlan } from '@kizuki/core';
import { activitiesInSlot, entriesInCell, timeRangeText, timeSlots, unplacedEntries, weekDays } from '../plan/weekly-layout.js';
import type { PrintContext } from './print-data.js';
import { Sheet, Text } from './sheet.js';

/** 第3表 週間サービス計画表: days × two-hour rows, 主な日常生活上の活動, 週単位以外のサービス. */
export function Plan3Form({ plan, ctx }: { plan: CarePlan; ctx: PrintContext }) {
  const schedule = plan.weeklySchedule ?? { entries: [], dailyActivities: [] };
  const unplaced = unplacedEntries(schedule.entries);
  return (
    <Sheet formNumber="第3表" title="週間サービス計画表" createdOn={schedule.createdOn ?? plan.createdOn}>
      <p className="sheet-client">利用者名{'\u3000'}{ctx.caseFile.client.name}{'\u3000'}殿</p>
      <table className="form-table plan3-table">
        <colgroup>
          <col className="w-band" />
          <col className="w-time" />
          {weekDays.map((day) => (
            <col key={day} />
          ))}
          <col className="w-activity" />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={2} scope="col" />
            {weekDays.map((day) => (
              <th key={day} scope="col">
                {weekdayLabels[day]}
              </th>
            ))}
            <th scope="col">主な日常生活上の活動</th>
          </tr>
        </thead>
        <tbody>
          {timeSlots.map((slot, i) => {
            const bandStart = i === 0 || timeSlots[i - 1]!.band !== slot.band;
            const bandRows = bandStart ? timeSlots.slice(i).findIndex((s) => s.band !== slot.band) : 0;
            return (
              <tr key={slot.index}>
                {bandStart && (
                  <th scope="rowgroup" rowSpan={bandRows === -1 ? timeSlots.length - i : bandRows} className="band-cell">
                    {slot.band}
                  </th>
                )}
                <th scope="row" className="time-cell">
                  {slot.label}
                </th>
                {weekDays.map((day) => (
                  <td key={day}>
                    {entriesInCell(schedule.entries, day, slot.index).map((entry) => (
                      <span key={entry.id} className="cell-entry">
                        {entry.content ?? ''}
                        <span className="cell-time">{timeRangeText(entry.start, entry.end)}</span>
                      </span>
                    ))}
                  </td>
                ))}
                <td>
                  {activitiesInSlot(schedule.dailyActivities, slot.index).map((activity) => (
                    <span key={activity.id} className="cell-entry">
                      {activity.start ?? ''} {activity.content ?? ''}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="form-table plan3-foot">
        <tbody>
          <tr>
            <th scope="row">週単位以外のサービス</th>
            <td>
              <Text value={schedule.nonWeeklyServices} />
              {unplaced.length > 0 && (
                <span className="line-note">
                  （時間未定: {unplaced.map((e) => `${weekdayLabels[e.day] ?? ''} ${e.content ?? ''}`).join('、')}）
                </span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </Sheet>
  );
}
