import type { CarePlan, CaseFile } from '@kizuki/core';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import type { Session } from '../api/endpoints.js';
import { todayIso, wareki } from '../shared/dates.js';
import { createPlan } from './plan-api.js';
import { defaultPlanId, pendingRevisions, plansNewestFirst } from './plan-choice.js';
import { PlanEditor, planTitle } from './plan-editor.js';
import { newPlanBody, revisionBody } from './plan-factories.js';
import './plan.css';

export interface CarePlanTabProps {
  clientId: string;
  caseFile: CaseFile;
  session: Session;
  /** Called after a plan is created or a lifecycle step is recorded, so the case file is read again. */
  onChanged: () => void;
}

/**
 * 居宅サービス計画 tab: the client's plans, starting a new one or a revision (from a monitoring's
 * 計画の見直し), and the editor of the chosen plan. Loaded on demand with the case file's tabs.
 */
export function CarePlanTab({ clientId, caseFile, session, onChanged }: CarePlanTabProps) {
  const [selected, setSelected] = useState<string | undefined>(() => defaultPlanId(caseFile));
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const author = { userId: session.user.id, name: session.user.displayName };
  const plans = plansNewestFirst(caseFile.carePlans);
  const current = plans.find((p) => p.id === selected);
  const revisions = pendingRevisions(caseFile);

  const create = async (body: CarePlan) => {
    setCreating(true);
    setError(undefined);
    try {
      const stored = await createPlan(clientId, body);
      setSelected(stored.id);
      onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : '計画を作成できませんでした。');
    } finally {
      setCreating(false);
    }
  };

  // Picker and buttons: the first row of the editor, or alone when there is no plan yet.
  const toolbar = (
    <>
      <div className="field plan-picker">
        <label htmlFor="plan-picker" className="sr-only">
          表示する計画
        </label>
        <select id="plan-picker" value={selected ?? ''} onChange={(event) => setSelected(event.target.value || undefined)}>
          {plans.length === 0 && <option value="">（計画はまだありません）</option>}
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {planTitle(plan)}
            </option>
          ))}
          {selected !== undefined && current === undefined && <option value={selected}>作成した計画</option>}
        </select>
      </div>
      <div className="button-row plan-actions">
        <button type="button" className="button button-secondary" disabled={creating} onClick={() => void create(newPlanBody(caseFile, author, todayIso()))}>
          新しい計画を作成
        </button>
        {current && current.status !== 'draft' && current.status !== 'superseded' && !caseFile.carePlans.some((p) => p.supersedes === current.id) && (
          <button type="button" className="button button-secondary" disabled={creating} onClick={() => void create(revisionBody(current, caseFile, author, todayIso()))}>
            この計画を変更する（新しい版）
          </button>
        )}
      </div>
    </>
  );

  return (
    <div className="care-plan-tab">
      {revisions.map(({ monitoring, plan }) => (
        <div key={monitoring.id} className="notice revision-notice">
          <p>
            {wareki(monitoring.date)}のモニタリングで計画の見直しが必要とされています（{planTitle(plan)}）。
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={creating}
            onClick={() => void create(revisionBody(plan, caseFile, author, todayIso(), `${wareki(monitoring.date)}のモニタリングによる計画の見直し`))}
          >
            モニタリングから計画を見直す
          </button>
        </div>
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {selected === undefined ? (
        <>
          <div className="plan-toolbar">{toolbar}</div>
          <p className="empty-state">この利用者の居宅サービス計画はまだありません。「新しい計画を作成」から始めます。</p>
        </>
      ) : (
        <PlanEditor key={selected} toolbar={toolbar} clientId={clientId} caseFile={caseFile} session={session} planId={selected} onChanged={onChanged} />
      )}
    </div>
  );
}
