import { assessmentReasonLabels, type Assessment } from '@kizuki/core';
import { DocumentPicker } from '../casefile/document-picker.js';
import type { CaseFileTabProps } from '../casefile/case-file-context.js';
import { latestBy, useSelection } from '../casefile/use-selection.js';
import { todayIso, wareki } from '../shared/dates.js';
import { AssessmentForm } from './assessment-form.js';
import { blankAssessment, copyForwardAssessment } from './copy-forward.js';

/** アセスメント: the 23 standard items, laid out for entry on a tablet during a home visit. */
export function AssessmentTab({ clientId, caseFile, session, onChanged }: CaseFileTabProps) {
  const assessments = [...caseFile.assessments].sort((a, b) => b.date.localeCompare(a.date));
  const latest = latestBy(assessments, (a) => a.date);
  const me = session.user.id;
  const selection = useSelection<Assessment>(latest?.id, latest ? undefined : blankAssessment(todayIso(), me));
  return (
    <div className="tab-body">
      <h2>アセスメント（課題分析標準項目）</h2>
      <DocumentPicker
        label="アセスメントを選ぶ"
        entries={assessments.map((a) => ({ id: a.id, label: `${wareki(a.date)}${a.reason ? `（${assessmentReasonLabels[a.reason]}）` : ''}` }))}
        selected={selection.id}
        onSelect={selection.select}
        newLabel="新しいアセスメント（空白から）"
        onNew={() => selection.startNew(blankAssessment(todayIso(), me))}
        extraActions={
          latest && (
            <button type="button" className="button button-primary" onClick={() => selection.startNew(copyForwardAssessment(latest, todayIso(), me))}>
              前回（{wareki(latest.date)}）の内容を複写して新規作成
            </button>
          )
        }
      />
      <AssessmentForm
        key={selection.key}
        clientId={clientId}
        documentId={selection.id}
        initial={selection.initial}
        onSaved={(id, created) => {
          if (created) selection.created(id);
          onChanged();
        }}
      />
    </div>
  );
}
