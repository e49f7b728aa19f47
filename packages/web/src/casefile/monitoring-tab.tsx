import {
  goalAchievementLabels,
  goalAchievements,
  listShortTermGoals,
  monitoringMethodLabels,
  monitoringMethods,
  monitoringNextActionLabels,
  monitoringNextActions,
  planStatusLabels,
  type CarePlan,
  type Monitoring,
} from '@kizuki/core';
import { bindFields, type FieldBinding } from '../editing/field-binder.js';
import { DateField, RadioGroupField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import { Link } from '../routing/link.js';
import { clientTabPath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { optionsOf } from '../shared/options.js';
import type { CaseFileTabProps } from './case-file-context.js';
import { DocumentPicker } from './document-picker.js';
import { latestBy, useSelection } from './use-selection.js';

const satisfactionLabels = { satisfied: '満足', somewhat: 'やや満足', dissatisfied: '不満' } as const;

/** The plan monitored: the newest one not superseded, else the newest. */
function currentPlan(plans: readonly CarePlan[]): CarePlan | undefined {
  return plans.filter((p) => p.status !== 'superseded').at(-1) ?? plans.at(-1);
}

/** モニタリング: evaluation per 短期目標 of the current plan, and the start of a plan revision. */
export function MonitoringTab({ clientId, caseFile, session, onChanged }: CaseFileTabProps) {
  const monitorings = [...caseFile.monitorings].sort((a, b) => b.date.localeCompare(a.date));
  const plan = currentPlan(caseFile.carePlans);
  const fresh = (): Monitoring => ({
    id: '',
    date: todayIso(),
    method: 'home_visit',
    planId: plan?.id,
    authorUserId: session.user.id,
    goalEvaluations: plan ? listShortTermGoals(plan.needs).map((goal) => ({ shortTermGoalId: goal.id })) : [],
    serviceStatuses: [],
  });
  const latest = latestBy(monitorings, (m) => m.date);
  const selection = useSelection<Monitoring>(latest?.id, latest ? undefined : fresh());
  return (
    <div className="tab-body">
      <h2>モニタリング</h2>
      {plan ? (
        <p className="muted">
          対象の計画: {wareki(plan.planDate, '作成日未記入')}の居宅サービス計画（{planStatusLabels[plan.status]}）
        </p>
      ) : (
        <p className="notice">居宅サービス計画がまだありません。目標ごとの評価は計画を作成してから記録できます。</p>
      )}
      <DocumentPicker
        label="記録を選ぶ"
        entries={monitorings.map((m) => ({ id: m.id, label: `${wareki(m.date)} ${monitoringMethodLabels[m.method]}` }))}
        selected={selection.id}
        onSelect={selection.select}
        newLabel="今月のモニタリングを記録"
        onNew={() => selection.startNew(fresh())}
      />
      <MonitoringForm
        key={selection.key}
        clientId={clientId}
        documentId={selection.id}
        initial={selection.initial}
        plans={caseFile.carePlans}
        onSaved={(id, created) => {
          if (created) selection.created(id);
          onChanged();
        }}
      />
    </div>
  );
}

function MonitoringForm({ clientId, documentId, initial, plans, onSaved }: {
  clientId: string;
  documentId: string | undefined;
  initial: Monitoring | undefined;
  plans: readonly CarePlan[];
  onSaved: (id: string, created: boolean) => void;
}) {
  const editor = useDocumentEditor(clientId, 'monitoring', documentId, { initial, onSaved: (doc) => onSaved(doc.id, doc.revision === 1) });
  const fields = bindFields(editor);
  const body = editor.body;
  if (!body) return <EditorStatusBar kind="monitoring" editor={editor} />;
  const plan = plans.find((p) => p.id === body.planId) ?? currentPlan(plans);
  const revising = body.startsPlanRevision === true;

  function startRevision() {
    fields.update(['startsPlanRevision'], true);
    fields.update(['nextAction'], 'revise_plan');
    // Save at once: the revision is a decision, not a draft.
    void editor.save();
  }

  return (
    <section className="editor-card" aria-label="モニタリングの記録">
      <EditorStatusBar kind="monitoring" editor={editor} />
      <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
        <DateField label="実施日" required {...fields.text(['date'])} />
        <SelectField label="実施方法" emptyLabel={null} options={optionsOf(monitoringMethods, monitoringMethodLabels)} {...fields.choice(['method'])} />
        <TextField label="面接した相手" placeholder="本人、長女" {...fields.text(['interviewees'])} />
        <GoalEvaluations fields={fields} plan={plan} evaluations={body.goalEvaluations ?? []} />
        <TextArea label="サービスの実施状況" className="span-all" {...fields.text(['serviceStatus'])} />
        <SelectField label="本人の満足度" options={optionsOf(['satisfied', 'somewhat', 'dissatisfied'] as const, satisfactionLabels)} {...fields.choice(['clientSatisfaction'])} />
        <TextField label="本人の声" className="span-2" {...fields.text(['clientSatisfactionNote'])} />
        <SelectField label="家族の満足度" options={optionsOf(['satisfied', 'somewhat', 'dissatisfied'] as const, satisfactionLabels)} {...fields.choice(['familySatisfaction'])} />
        <TextField label="家族の声" className="span-2" {...fields.text(['familySatisfactionNote'])} />
        <TextArea label="心身の状態・生活の変化" className="span-all" {...fields.text(['changes'])} />
        <RadioGroupField label="今後の対応" className="span-all" options={optionsOf(monitoringNextActions, monitoringNextActionLabels)} clearable {...fields.choice(['nextAction'])} />
        <TextArea label="備考" className="span-all" {...fields.text(['notes'])} />
      </form>
      <div className="revision-start">
        {revising ? (
          <p className="notice" role="status">
            このモニタリングから計画の見直しを始めました。<Link to={clientTabPath(clientId, 'care-plan')}>居宅サービス計画で新しい計画を作成する</Link>
          </p>
        ) : (
          <button type="button" className="button button-secondary" onClick={startRevision} disabled={editor.status === 'conflict'}>
            計画の見直しを始める
          </button>
        )}
      </div>
    </section>
  );
}

function GoalEvaluations({ fields, plan, evaluations }: { fields: FieldBinding; plan: CarePlan | undefined; evaluations: Monitoring['goalEvaluations'] }) {
  const goals = plan ? listShortTermGoals(plan.needs) : [];
  if (goals.length === 0) return null;
  return (
    <fieldset className="subsection span-all">
      <legend>短期目標ごとの評価</legend>
      {goals.map((goal, goalIndex) => {
        let index = evaluations.findIndex((e) => e.shortTermGoalId === goal.id);
        // An evaluation saved before the goal existed: add the row when the user answers.
        if (index < 0) index = evaluations.length + goals.slice(0, goalIndex).filter((g) => !evaluations.some((e) => e.shortTermGoalId === g.id)).length;
        const ensure = () => {
          if (!evaluations.some((e) => e.shortTermGoalId === goal.id)) fields.update(['goalEvaluations', index, 'shortTermGoalId'], goal.id);
        };
        const achievement = fields.choice(['goalEvaluations', index, 'achievement']);
        const comment = fields.text(['goalEvaluations', index, 'comment']);
        return (
          <div key={goal.id} className="list-card goal-evaluation">
            <p className="goal-text">
              短期目標{goalIndex + 1}: {goal.text ?? '（未記入）'}
              {goal.period?.end && <span className="muted">（{wareki(goal.period.end)}まで）</span>}
            </p>
            <RadioGroupField
              label={`短期目標${goalIndex + 1}の達成度`}
              options={optionsOf(goalAchievements, goalAchievementLabels)}
              clearable
              {...achievement}
              onChange={(value) => {
                ensure();
                achievement.onChange(value);
              }}
            />
            <TextArea
              label={`短期目標${goalIndex + 1}の評価コメント`}
              {...comment}
              onChange={(value) => {
                ensure();
                comment.onChange(value);
              }}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
