import { describe, expect, it } from 'vitest';
import { editorSectionKeys, sectionOf } from './editor-sections.js';

describe('sectionOf', () => {
  it('sends each plan field to the tab that shows it', () => {
    expect(sectionOf(['needs', 0, 'longTermGoals', 1, 'text'])).toBe('table2');
    expect(sectionOf(['weeklySchedule', 'entries', 0, 'start'])).toBe('table3');
    expect(sectionOf(['consent', 'date'])).toBe('process');
    expect(sectionOf(['delivery', 'toProviders', 0, 'deliveredOn'])).toBe('process');
    expect(sectionOf(['meetingId'])).toBe('process');
    expect(sectionOf(['overallPolicy'])).toBe('table1');
    expect(sectionOf(['intentions', 'client'])).toBe('table1');
    expect(sectionOf([])).toBe('table1');
  });

  it('lists the tabs in form order', () => {
    expect(editorSectionKeys).toEqual(['table1', 'table2', 'table3', 'process', 'history']);
  });
});
