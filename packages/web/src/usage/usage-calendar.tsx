import { type CalendarDay } from '@kizuki/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { monthlyCount } from './usage-days.js';

export type DayKind = 'planned' | 'actual';
const kinds: readonly DayKind[] = ['planned', 'actual'];
export const dayKindLabels: Record<DayKind, string> = { planned: '予定', actual: '実績' };

interface UsageCalendarProps {
  /** 「1行目 身体介護2」: names the grid for screen readers. */
  caption: string;
  days: readonly CalendarDay[];
  plannedDays: readonly number[];
  actualDays: readonly number[];
  timesPerDay: unknown;
  onToggle: (kind: DayKind, day: number) => void;
  disabled?: boolean;
}

/**
 * 月間サービス計画及び実績の記録 of one row: the month's days with their 曜日 (土日 marked), a
 * 予定 and a 実績 line of toggle buttons. One tab stop for the grid; the arrow keys, Home and
 * End move between days and rows, Space or Enter turns a day on or off.
 */
export function UsageCalendar({ caption, days, plannedDays, actualDays, timesPerDay, onToggle, disabled }: UsageCalendarProps) {
  const [focus, setFocus] = useState<{ row: number; index: number }>({ row: 0, index: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const chosen: Record<DayKind, readonly number[]> = { planned: plannedDays, actual: actualDays };
  const times = monthlyCount([1], timesPerDay);
  const current = { row: Math.min(focus.row, 1), index: Math.min(focus.index, Math.max(days.length - 1, 0)) };

  const moveTo = (row: number, index: number) => {
    const next = { row: Math.max(0, Math.min(1, row)), index: Math.max(0, Math.min(days.length - 1, index)) };
    setFocus(next);
    tableRef.current?.querySelector<HTMLButtonElement>(`button[data-cell="${next.row}-${next.index}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, index: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, index + 1],
      ArrowLeft: [row, index - 1],
      ArrowDown: [row + 1, index],
      ArrowUp: [row - 1, index],
      Home: [row, 0],
      End: [row, days.length - 1],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    moveTo(...target);
  };

  return (
    <div className="usage-calendar-wrap">
      <table className="usage-calendar" ref={tableRef}>
        <caption>{caption} の予定・実績</caption>
        <thead>
          <tr>
            <th scope="col" className="usage-calendar-corner">
              日付
            </th>
            {days.map((d) => (
              <th key={d.day} scope="col" className={d.weekend ? `weekend-${d.weekend}` : undefined} abbr={d.label}>
                <span className="calendar-day">{d.day}</span>
                <span className="calendar-weekday">{d.weekdayLabel}</span>
              </th>
            ))}
            <th scope="col">合計回数</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind, row) => (
            <tr key={kind} className={`usage-row-${kind}`}>
              <th scope="row">{dayKindLabels[kind]}</th>
              {days.map((d, index) => {
                const on = chosen[kind].includes(d.day);
                return (
                  <td key={d.day} className={d.weekend ? `weekend-${d.weekend}` : undefined}>
                    <button
                      type="button"
                      className="day-toggle"
                      data-cell={`${row}-${index}`}
                      aria-pressed={on}
                      aria-label={`${d.label}${dayKindLabels[kind]}`}
                      tabIndex={current.row === row && current.index === index ? 0 : -1}
                      disabled={disabled}
                      onClick={() => {
                        setFocus({ row, index });
                        onToggle(kind, d.day);
                      }}
                      onKeyDown={(event) => onKeyDown(event, row, index)}
                    >
                      {on ? times : ''}
                    </button>
                  </td>
                );
              })}
              <td className="numeric usage-count">{monthlyCount(chosen[kind], timesPerDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
