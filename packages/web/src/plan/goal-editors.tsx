import type { LongTermGoal, ShortTermGoal } from '@kizuki/core';
import { useState } from 'react';
import { ItemNotes, TextArea, fieldDomId, type FieldPath } from '../editing/index.js';
import { ItemControls } from './item-controls.js';
import type { PeriodInput } from './period-check.js';
import { PeriodFields } from './period-fields.js';
import { emptyServiceLine, emptyShortTermGoal } from './plan-factories.js';
import type { PlanSectionProps } from './section-props.js';
import { ServiceLineEditor } from './service-line-editor.js';
import type { TreeOps } from './tree-ops.js';
import { ResourceSuggestions } from '../region/resource-suggestions.js';

interface GoalEditorProps<G> extends PlanSectionProps {
  goal: G;
  listPath: FieldPath;
  index: number;
  count: number;
  /** 「課題1 長期目標2」 */
  label: string;
  ops: TreeOps;
}

/** 長期目標 with its period and its short-term goals. */
export function LongGoalEditor(props: GoalEditorProps<LongTermGoal>) {
  const { goal, listPath, index, count, label, ops, fields, certification, readOnly } = props;
  const path = [...listPath, index];
  const shortPath = [...path, 'shortTermGoals'];
  return (
    <section className="goal goal-long" id={fieldDomId(path)} tabIndex={-1} aria-label={label}>
      <div className="item-head">
        <h4>{label}</h4>
        <ItemControls label={label} listPath={listPath} index={index} count={count} onMove={(d) => ops.move(listPath, index, d)} onRemove={() => ops.remove(listPath, index, label)} disabled={readOnly} />
      </div>
      <ItemNotes path={path} />
      <TextArea label="長期目標" {...fields.text([...path, 'text'])} rows={2} hint="いつまでに、どのような状態になるか。誰が読んでもわかる具体的な言葉で。" disabled={readOnly} />
      <PeriodFields path={[...path, 'period']} fields={fields} certification={certification} disabled={readOnly} />
      <ol className="goal-list">
        {goal.shortTermGoals.map((short, s) => (
          <ShortGoalEditor
            key={short.id}
            {...props}
            goal={short}
            listPath={shortPath}
            index={s}
            count={goal.shortTermGoals.length}
            label={`${label} 短期目標${s + 1}`}
            longTermPeriod={goal.period}
          />
        ))}
      </ol>
      <button type="button" className="button button-secondary add-button" onClick={() => ops.add(shortPath, emptyShortTermGoal(), ['text'])} disabled={readOnly}>
        短期目標を追加
      </button>
    </section>
  );
}

/** 短期目標 with its period and 援助内容 (insured services and informal supports side by side). */
function ShortGoalEditor(props: GoalEditorProps<ShortTermGoal> & { longTermPeriod: PeriodInput | undefined }) {
  const { goal, listPath, index, count, label, ops, fields, certification, readOnly, longTermPeriod } = props;
  const path = [...listPath, index];
  const linesPath = [...path, 'serviceLines'];
  const [searching, setSearching] = useState(false);
  return (
    <li className="goal goal-short" id={fieldDomId(path)} tabIndex={-1} aria-label={label}>
      <div className="item-head">
        <h5>{label}</h5>
        <ItemControls label={label} listPath={listPath} index={index} count={count} onMove={(d) => ops.move(listPath, index, d)} onRemove={() => ops.remove(listPath, index, label)} disabled={readOnly} />
      </div>
      <ItemNotes path={path} />
      <TextArea label="短期目標" {...fields.text([...path, 'text'])} rows={2} hint="長期目標に向けた段階。達成を確かめられる具体的な内容で。" disabled={readOnly} />
      <PeriodFields path={[...path, 'period']} fields={fields} certification={certification} enclosing={longTermPeriod} enclosingLabel="長期目標" disabled={readOnly} />
      <h6 className="lines-title">援助内容</h6>
      <ul className="service-lines" id={fieldDomId(linesPath)} tabIndex={-1}>
        {goal.serviceLines.map((line, l) => (
          <ServiceLineEditor
            key={line.id}
            {...props}
            line={line}
            listPath={linesPath}
            index={l}
            count={goal.serviceLines.length}
            shortTermPeriod={goal.period}
            onMove={(d) => ops.move(linesPath, l, d)}
            onRemove={() => ops.remove(linesPath, l, `${label} 援助内容${l + 1}`)}
          />
        ))}
      </ul>
      {/* Two equal buttons: an informal support is as easy to add as an insured service. */}
      <div className="add-line-buttons">
        <button type="button" className="button button-secondary" onClick={() => ops.add(linesPath, emptyServiceLine('insured'), ['content'])} disabled={readOnly}>
          サービスを追加
        </button>
        <button type="button" className="button button-secondary" onClick={() => ops.add(linesPath, emptyServiceLine('informal'), ['content'])} disabled={readOnly}>
          インフォーマル支援を追加
        </button>
        <button type="button" className="button button-secondary" onClick={() => setSearching(true)} disabled={readOnly || searching}>
          地域の資源から探す
        </button>
      </div>
      {searching && (
        <ResourceSuggestions
          plan={props.plan}
          caseFile={props.caseFile}
          linesPath={linesPath}
          onChoose={(line) => {
            ops.add(linesPath, line, ['content']);
            setSearching(false);
          }}
          onClose={() => setSearching(false)}
        />
      )}
    </li>
  );
}
