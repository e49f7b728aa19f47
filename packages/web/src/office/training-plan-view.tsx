import { formatWareki, warekiMonth, trainingPlanRules, trainingTopicKeys, trainingTopics, type PlannedTraining, type PlannedTrainingStatus, type TrainingPlanCompletion, type TrainingPlanItem, type TrainingTopic } from '@kizuki/core';
import type { ReactNode } from 'react';
import type { RecordView } from '../api/records.js';
import { fieldDomId, SelectField, TextField } from '../editing/index.js';

export const plannedStatusLabels: Record<PlannedTrainingStatus, string> = { done: '実施済み', overdue: '記録なし（予定月を過ぎています）', due: '今月の予定', upcoming: '予定' };

/** One planned training in a line: month, title and how it stands. */
export function PlannedItemText({ item, action }: { item: PlannedTraining; action?: ReactNode }) {
  return (
    <li className={item.status === 'overdue' ? 'office-overdue' : undefined} data-planned-status={item.status}>
      {warekiMonth(item.plannedMonth)} 『{item.title}』: {item.status === 'done' && item.doneOn ? `${formatWareki(item.doneOn)}に実施` : plannedStatusLabels[item.status]}
      {item.failing && <strong>（{trainingPlanRules.overdueGraceMonths.value}か月を超えて遅れ）</strong>}
      {action}
    </li>
  );
}

/** 研修計画の実施状況 (イ(6)): per care manager, the planned trainings of the 年度 and what to do. */
export function TrainingPlanTable({ rows }: { rows: readonly TrainingPlanCompletion[] }) {
  if (rows.length === 0) return <p className="empty-state">この月に在籍する介護支援専門員がいません。</p>;
  return (
    <div className="office-table-wrap">
      <table className="client-table office-table training-plan-table">
        <caption>介護支援専門員ごとの研修計画の実施状況（イ(6)、年度の初めからこの月の末日まで）</caption>
        <thead>
          <tr>
            <th scope="col">介護支援専門員</th>
            <th scope="col">予定</th>
            <th scope="col">実施</th>
            <th scope="col">遅れ</th>
            <th scope="col">これから</th>
            <th scope="col">予定の研修・すること</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.staffId} data-training-plan={r.name} className={r.overdue > 0 || !r.planned ? 'office-near' : undefined}>
              <th scope="row">{r.name}</th>
              <td>{r.planned ? `${r.items.length}件` : '計画なし'}</td>
              <td>{r.done}件</td>
              <td>{r.overdue}件</td>
              <td>{r.toCome}件</td>
              <td>
                <ul className="training-plan-items">
                  {r.items.map((item) => (
                    <PlannedItemText key={`${item.plannedMonth}-${item.title}`} item={item} />
                  ))}
                </ul>
                {r.todo.map((t) => (
                  <p key={t} className="office-todo">
                    {t}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const emptyItem = (month: string): TrainingPlanItem => ({ topic: 'other', title: '', plannedMonth: month, staffIds: [] });

/** 予定の研修 of a training plan: kind, title, planned month and for whom (everyone the plan names, or one person). */
export function PlannedItemsEditor({ items, onChange, staff, planStaffIds, firstMonth }: { items: readonly TrainingPlanItem[]; onChange: (items: TrainingPlanItem[]) => void; staff: readonly RecordView<'staff_member'>[]; planStaffIds: readonly string[]; firstMonth: string }) {
  const set = (i: number, patch: Partial<TrainingPlanItem>) => onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const targets = staff.filter((s) => planStaffIds.includes(s.id));
  return (
    <fieldset className="field planned-items">
      <legend>予定の研修（種類・研修名・実施予定月。同じ年度の月にしてください）</legend>
      {items.map((item, i) => (
        <div key={i} className="form-grid" data-planned-item={i}>
          <SelectField label="種類" path={['activity', 'plannedItems', i, 'topic']} emptyLabel={null} value={item.topic} onChange={(v) => v && set(i, { topic: v as TrainingTopic })} options={trainingTopicKeys.map((k) => ({ value: k, label: trainingTopics[k].label }))} />
          <TextField label="研修名" path={['activity', 'plannedItems', i, 'title']} required value={item.title} onChange={(v) => set(i, { title: v })} />
          <label className="field field-short">
            <span>実施予定月</span>
            <input id={fieldDomId(['activity', 'plannedItems', i, 'plannedMonth'])} type="month" value={item.plannedMonth} onChange={(e) => set(i, { plannedMonth: e.target.value })} />
          </label>
          <SelectField label="対象" path={['activity', 'plannedItems', i, 'staffIds']} emptyLabel="計画の対象者全員" value={item.staffIds[0]} onChange={(v) => set(i, { staffIds: v ? [v] : [] })} options={targets.map((s) => ({ value: s.id, label: s.body.name }))} />
          <button type="button" className="button button-secondary button-small" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`予定の研修${i + 1}を削除`}>
            削除
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...items, emptyItem(items.at(-1)?.plannedMonth ?? firstMonth)])}>
        予定の研修を追加
      </button>
    </fieldset>
  );
}
