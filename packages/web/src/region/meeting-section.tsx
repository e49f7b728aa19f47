import type { Session } from '../api/endpoints.js';
import { MeetingEditorPage } from './meeting-editor.js';
import { MeetingListPage } from './meeting-list.js';
import { MeetingCaseSheetPage, ReceivedSheetPage } from './meeting-sheet.js';

/**
 * 地域ケア会議 pages under `/region/meetings/...`: the list, `/:id` the record, `/:id/sheet/:caseId`
 * the frozen sheet of a case on it, `/received/:ownerId/:presentationId` a presented case's sheet.
 */
export function MeetingSection({ path, session }: { path: string[]; session: Session }) {
  const [id, second, third] = path;
  if (id === undefined) return <MeetingListPage session={session} />;
  if (id === 'received' && second !== undefined && third !== undefined) return <ReceivedSheetPage ownerId={second} presentationId={third} />;
  if (second === 'sheet' && third !== undefined) return <MeetingCaseSheetPage meetingId={id} caseId={third} />;
  return <MeetingEditorPage id={id} session={session} />;
}
