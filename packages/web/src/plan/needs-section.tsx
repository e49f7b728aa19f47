import { assessmentItems, type Need } from '@kizuki/core';
import { ItemNotes, TextArea, fieldDomId } from '../editing/index.js';
import { LongGoalEditor } from './goal-editors.js';
import { ItemControls } from './item-controls.js';
import { emptyLongTermGoal, emptyNeed } from './plan-factories.js';
import type { PlanSectionProps } from './section-props.js';
import { treeOps, type TreeOps } from './tree-ops.js';

/** 第2表: needs in priority order, each with long-term goals → short-term goals → 援助内容. */
export function NeedsSection(props: PlanSectionProps) {
  const { plan, setPlan, readOnly } = props;
  const ops = treeOps(plan, setPlan);
  return (
    <div className="needs-section">
      <p className="section-lead">課題（ニーズ）は優先度の高い順に並べます。「上へ」「下へ」で順番を変えられます。</p>
      {plan.needs.length === 0 && <p className="empty-state">まだ課題（ニーズ）がありません。</p>}
      <ItemNotes path={['needs']} />
      <ol className="need-list" id={fieldDomId(['needs'])} tabIndex={-1}>
        {plan.needs.map((need, n) => (
          <NeedEditor key={need.id} {...props} need={need} index={n} count={plan.needs.length} ops={ops} />
        ))}
      </ol>
      <button type="button" className="button button-primary add-button" onClick={() => ops.add(['needs'], emptyNeed(), ['text'])} disabled={readOnly}>
        課題（ニーズ）を追加
      </button>
    </div>
  );
}

function assessmentItemNames(need: Need): string {
  return need.assessmentItems.map((key) => assessmentItems.find((item) => item.key === key)?.name ?? key).join('・');
}

function NeedEditor(props: PlanSectionProps & { need: Need; index: number; count: number; ops: TreeOps }) {
  const { need, index, count, ops, fields, readOnly } = props;
  const path = ['needs', index];
  const goalsPath = [...path, 'longTermGoals'];
  const label = `課題${index + 1}`;
  const fromAssessment = assessmentItemNames(need);
  return (
    <li className="need-card" id={fieldDomId(path)} tabIndex={-1} aria-label={label}>
      <div className="item-head">
        <h3>{label}</h3>
        <ItemControls label={label} listPath={['needs']} index={index} count={count} onMove={(d) => ops.move(['needs'], index, d)} onRemove={() => ops.remove(['needs'], index, label)} disabled={readOnly} />
      </div>
      <ItemNotes path={path} />
      <TextArea
        label="生活全般の解決すべき課題（ニーズ）"
        {...fields.text([...path, 'text'])}
        rows={2}
        hint={fromAssessment === '' ? '本人の言葉で（〜したい）。' : `本人の言葉で（〜したい）。アセスメント項目: ${fromAssessment}`}
        disabled={readOnly}
      />
      <div className="goal-group" id={fieldDomId(goalsPath)} tabIndex={-1}>
        {need.longTermGoals.map((goal, g) => (
          <LongGoalEditor key={goal.id} {...props} goal={goal} listPath={goalsPath} index={g} count={need.longTermGoals.length} label={`${label} 長期目標${g + 1}`} />
        ))}
      </div>
      <button type="button" className="button button-secondary add-button" onClick={() => ops.add(goalsPath, emptyLongTermGoal(), ['text'])} disabled={readOnly}>
        長期目標を追加
      </button>
    </li>
  );
}
