import { caseFileKindOrder, documentKindLabels, warekiMonth } from '@kizuki/core';
import { useId, useState } from 'react';
import type { StoredDocumentView } from '../api/documents.js';
import { RevisionHistory } from '../editing/revision-history.js';
import { wareki } from '../shared/dates.js';
import type { CaseFileTabProps } from './case-file-context.js';

/** A short name for a document in the list: its kind and its date (a サービス利用票, its month). */
function documentLabel(doc: StoredDocumentView): string {
  const body = doc.body as { date?: string; planDate?: string; validFrom?: string; month?: string; name?: string };
  const date = body.date ?? body.planDate ?? body.validFrom;
  const when = body.month ? `（${warekiMonth(body.month)}分）` : date ? `（${wareki(date)}）` : '';
  return `${documentKindLabels[doc.kind]}${when}・第${doc.revision}版`;
}

/** 履歴: the saved revisions of any document of the case file, and what changed between two. */
export function HistoryTab({ clientId, documents }: CaseFileTabProps) {
  const ordered = [...documents].sort((a, b) => caseFileKindOrder.indexOf(a.kind) - caseFileKindOrder.indexOf(b.kind));
  const plan = ordered.filter((d) => d.kind === 'care_plan').at(-1);
  const [selected, setSelected] = useState<string | undefined>(plan?.id ?? ordered[0]?.id);
  const id = useId();
  return (
    <div className="tab-body">
      <h2>版の履歴</h2>
      <p className="muted">書類は保存するたびに新しい版として残ります。2つの版を選ぶと違いを表示します。</p>
      <div className="field">
        <label htmlFor={id}>書類</label>
        <select id={id} value={selected ?? ''} onChange={(e) => setSelected(e.target.value)}>
          {ordered.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {documentLabel(doc)}
            </option>
          ))}
        </select>
      </div>
      {selected && <RevisionHistory key={selected} clientId={clientId} documentId={selected} />}
    </div>
  );
}
