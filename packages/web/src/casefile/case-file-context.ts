import type { CaseFile } from '@kizuki/core';
import type { StoredDocumentView } from '../api/documents.js';
import type { Session } from '../api/endpoints.js';

/** What every tab of a case file receives. */
export interface CaseFileTabProps {
  clientId: string;
  caseFile: CaseFile;
  /** The stored documents behind the case file (ids, revisions, who saved them). */
  documents: StoredDocumentView[];
  session: Session;
  /** Reload the case file after a save that other parts of the page show. */
  onChanged: () => void;
}
