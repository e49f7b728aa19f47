import { describe, expect, it } from 'vitest';
import { activitiesInSlot, entriesInCell, minutesOf, slotIndexOf, timeRangeText, timeSlots, unplacedEntries } from './weekly-layout.js';

describe('第3表 grid layout', () => {
  it('has twelve two-hour rows with the form bands', () => {
    expect(timeSlots).toHaveLength(12);
    expect(timeSlots.map((s) => s.band)).toEqual(['深夜', '深夜', '深夜', '早朝', '午前', '午前', '午後', '午後', '午後', '夜間', '夜間', '深夜']);
    expect(timeSlots[4]).toMatchObject({ label: '8:00', from: 480, to: 600 });
  });

  it('reads times and places them in slots, 24:00 in the last row', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('９：００')).toBe(540);
    expect(minutesOf('25:00')).toBeUndefined();
    expect(minutesOf('朝')).toBeUndefined();
    expect(slotIndexOf('00:00')).toBe(0);
    expect(slotIndexOf('09:59')).toBe(4);
    expect(slotIndexOf('24:00')).toBe(11);
    expect(slotIndexOf(undefined)).toBeUndefined();
  });

  it('puts entries in the cell of their day and start, earliest first, and lists the unplaced ones', () => {
    const entries = [
      { id: 'b', day: 2, start: '09:30', content: '通所' },
      { id: 'a', day: 2, start: '08:15', content: '訪問' },
      { id: 'c', day: 3, start: '09:00', content: '別の日' },
      { id: 'd', day: 2, start: undefined, content: '時間未定' },
    ];
    expect(entriesInCell(entries, 2, 4).map((e) => e.id)).toEqual(['a', 'b']);
    expect(entriesInCell(entries, 2, 5)).toEqual([]);
    expect(unplacedEntries(entries).map((e) => e.id)).toEqual(['d']);
  });

  it('places daily activities by start time', () => {
    expect(activitiesInSlot([{ id: 'x', start: '07:00', content: '朝食' }, { id: 'y', start: '06:00', content: '起床' }], 3).map((a) => a.id)).toEqual(['y', 'x']);
  });

  it('writes time ranges', () => {
    expect(timeRangeText('09:30', '12:00')).toBe('09:30〜12:00');
    expect(timeRangeText('21:00', undefined)).toBe('21:00〜');
    expect(timeRangeText(undefined, undefined)).toBe('時間未定');
  });
});
