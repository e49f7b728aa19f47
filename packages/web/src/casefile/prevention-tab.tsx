import type { BasicChecklist, PreventionPlan } from '@kizuki/core';
import type { StoredDocumentView } from '../api/documents.js';
import { todayIso, wareki } from '../shared/dates.js';
import { BasicChecklistForm } from './basic-checklist-form.js';
import type { CaseFileTabProps } from './case-file-context.js';
import { DocumentPicker } from './document-picker.js';
import { PreventionPlanForm } from './prevention-plan-form.js';
import { ConfirmationPanel } from '../prevention/confirmation-panel.js';
import { DelegatePanel } from '../prevention/delegate-panel.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { useState } from 'react';
import { latestBy, useSelection } from './use-selection.js';

/** 予防: 基本チェックリスト (with the live 事業対象者 result) and 介護予防サービス・支援計画書. */
export function PreventionTab({ clientId, caseFile, documents, session, onChanged }: CaseFileTabProps) {
  const [confirmations, setConfirmations] = useState(0);
  const checklists = [...caseFile.basicChecklists].sort((a, b) => b.date.localeCompare(a.date));
  const plans = [...caseFile.preventionPlans].sort((a, b) => (b.planDate ?? '').localeCompare(a.planDate ?? ''));
  const freshChecklist = (): BasicChecklist => ({ id: '', date: todayIso(), answers: [] });
  const freshPlan = (): PreventionPlan => ({ id: '', status: 'draft', planDate: todayIso(), planCategories: [], domains: {}, issues: [] });
  const latestChecklist = latestBy(checklists, (c) => c.date);
  const checklist = useSelection<BasicChecklist>(latestChecklist?.id, latestChecklist ? undefined : freshChecklist());
  const latestPlan = latestBy(plans, (p) => p.planDate);
  const plan = useSelection<PreventionPlan>(latestPlan?.id, latestPlan ? undefined : freshPlan());
  const selectedDoc = documents.find((d): d is StoredDocumentView<'prevention_plan'> => d.kind === 'prevention_plan' && d.id === plan.id);
  const created = (select: (id: string) => void) => (id: string, isNew: boolean) => {
    if (isNew) select(id);
    onChanged();
  };
  return (
    <div className="tab-body">
      <h2>基本チェックリスト</h2>
      <DocumentPicker
        label="記入日を選ぶ"
        entries={checklists.map((c) => ({ id: c.id, label: wareki(c.date) }))}
        selected={checklist.id}
        onSelect={checklist.select}
        newLabel="新しい基本チェックリスト"
        onNew={() => checklist.startNew(freshChecklist())}
      />
      <BasicChecklistForm key={checklist.key} clientId={clientId} documentId={checklist.id} initial={checklist.initial} onSaved={created(checklist.created)} />

      <h2>介護予防サービス・支援計画書</h2>
      <DocumentPicker
        label="計画を選ぶ"
        entries={plans.map((p) => ({ id: p.id, label: `${wareki(p.planDate, '作成日未記入')}の計画` }))}
        selected={plan.id}
        onSelect={plan.select}
        newLabel="新しい予防計画"
        onNew={() => plan.startNew(freshPlan())}
      />
      {plan.id !== undefined && plan.id !== '' && (
        <p>
          <Link className="button button-secondary" to={`${routePath({ name: 'prevention', path: ['handbook', clientId] })}?document=${encodeURIComponent(plan.id)}`}>
            介護予防手帳を印刷
          </Link>
        </p>
      )}
      <PreventionPlanForm key={`${plan.key}:${confirmations}`} clientId={clientId} documentId={plan.id} initial={plan.initial} checklist={latestChecklist} onSaved={created(plan.created)} />
      {selectedDoc !== undefined && selectedDoc.body.delegated === true && (
        <ConfirmationPanel
          key={selectedDoc.id}
          documentId={selectedDoc.id}
          revision={selectedDoc.revision}
          plan={selectedDoc.body}
          session={session}
          onConfirmed={() => {
            setConfirmations((n) => n + 1);
            onChanged();
          }}
        />
      )}
      <DelegatePanel clientId={clientId} session={session} onDelegated={onChanged} />
    </div>
  );
}
