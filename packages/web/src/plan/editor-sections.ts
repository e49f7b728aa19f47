import type { FieldPath } from '../editing/index.js';

/** The sections of the plan editor, in tab order. */
export const editorSections = { table1: '第1表', table2: '第2表', table3: '第3表', process: '手続き', history: '版の履歴' } as const;
export type EditorSection = keyof typeof editorSections;
export const editorSectionKeys = Object.keys(editorSections) as EditorSection[];

/** The section holding the field at `path`, so a 気づき can open the right tab before focusing it. */
export function sectionOf(path: FieldPath): EditorSection {
  const head = path[0];
  if (head === 'needs') return 'table2';
  if (head === 'weeklySchedule') return 'table3';
  if (head === 'meetingId' || head === 'consent' || head === 'delivery' || head === 'minorChange' || head === 'individualServicePlans') return 'process';
  return 'table1';
}
