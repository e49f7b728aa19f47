import { fiscalYearOfMonth, formatWareki, newHireTrainingRule, trainingMethodLabels, trainingTopicKeys, trainingTopics, type OfficeMonth, type PlannedTraining, type TrainingRecord } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { createRecord, fetchRecords } from '../api/records.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { todayIso } from '../shared/dates.js';
import { useLoad } from '../components/use-load.js';
import { fetchOfficeMonth } from './office-api.js';
import { OfficeDuePanel } from './office-due-panel.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';
import { PlannedItemText } from './training-plan-view.js';

/** 研修・訓練: the records and, for the yearly ones, when the next is due. A care manager may record one too. */
export function TrainingPage({ manage }: { manage: boolean }) {
  useEffect(() => {
    document.title = '研修・訓練 - 気づき';
  }, []);
  const [records, reload] = useLoad((signal) => fetchRecords('training_record', 'own', signal), undefined, 'trainings');
  const [adding, setAdding] = useState<Partial<TrainingRecord> | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const month = todayIso().slice(0, 7);
  const [figures] = useLoad((signal) => fetchOfficeMonth(month, signal), undefined, `training-plan-${version}`);
  const list = records.kind === 'ready' ? [...records.data].sort((a, b) => (a.body.date < b.body.date ? 1 : -1)) : [];
  return (
    <section className="office-page" aria-labelledby="training-title">
      <h1 id="training-title">研修・訓練</h1>
      <OfficeNav current="/office/training" />
      <OfficeDuePanel key={version} />
      {figures.kind === 'ready' && <PlannedList figures={figures.data} onRecord={(prefill) => setAdding(prefill)} />}
      <h2>記録</h2>
      {!adding && (
        <button type="button" className="button button-secondary" onClick={() => setAdding({})}>
          研修・訓練を記録
        </button>
      )}
      {adding && (
        <TrainingForm
          key={JSON.stringify(adding)}
          prefill={adding}
          onSaved={() => {
            setAdding(undefined);
            reload();
            setVersion((n) => n + 1);
          }}
          onCancel={() => setAdding(undefined)}
        />
      )}
      {records.kind === 'failed' && (
        <p className="form-error" role="alert">
          {records.message}
        </p>
      )}
      <ul className="office-records">
        {list.map((r) => (
          <li key={r.id} id={`training-${r.id}`} data-training={r.body.topic}>
            <span className="tag">{trainingTopics[r.body.topic].label}</span> {formatWareki(r.body.date)} {r.body.title}
            {r.body.method ? `（${trainingMethodLabels[r.body.method]}）` : ''} 参加: {r.body.participants}
          </li>
        ))}
      </ul>
      <p className="muted">
        採用時研修は、「{trainingTopics.new_hire.label}」を記録して受けた職員を選ぶと、職員ごとに済みになります（期限は採用日から{newHireTrainingRule.value.dueDaysAfterHire}日: 気づきの設定。解釈通知は採用時の研修を求めていますが期限は定めていません）。
      </p>
      {!manage && <p className="muted">介護支援専門員は、自分の参加した研修・訓練を記録できます。</p>}
    </section>
  );
}

/**
 * The planned trainings of the 年度 (イ(6)), one line per training and month with the care managers
 * it is planned for; a training not yet recorded can be recorded from here (the form opens with its
 * kind, title and those care managers).
 */
function PlannedList({ figures, onRecord }: { figures: OfficeMonth; onRecord: (prefill: Partial<TrainingRecord>) => void }) {
  const groups = new Map<string, { item: PlannedTraining; who: { staffId: string; name: string; item: PlannedTraining }[] }>();
  for (const row of figures.addition.trainingPlan) {
    for (const item of row.items) {
      const key = `${item.plannedMonth}|${item.title}`;
      const group = groups.get(key) ?? { item, who: [] };
      group.who.push({ staffId: row.staffId, name: row.name, item });
      groups.set(key, group);
    }
  }
  const list = [...groups.values()].sort((a, b) => (a.item.plannedMonth < b.item.plannedMonth ? -1 : a.item.plannedMonth > b.item.plannedMonth ? 1 : 0));
  return (
    <section aria-labelledby="planned-title">
      <h2 id="planned-title">{fiscalYearOfMonth(figures.month)}年度の研修計画の予定</h2>
      {list.length === 0 ? (
        <p className="empty-state">この年度の研修計画に予定の研修が記録されていません（特定事業所加算の画面の「会議・研修計画などの記録」で、研修計画に予定の研修を入力できます）。</p>
      ) : (
        <ul className="office-records planned-trainings">
          {list.map(({ item, who }) => {
            const open = who.filter((w) => w.item.status !== 'done');
            return (
              <li key={`${item.plannedMonth}|${item.title}`} data-planned={item.title}>
                <ul className="training-plan-items">
                  {who.map((w) => (
                    <PlannedItemText
                      key={w.staffId}
                      item={w.item}
                      action={
                        <>
                          {' '}
                          （{w.name}）{w.item.recordId && <a href={`#training-${w.item.recordId}`}>記録を見る</a>}
                        </>
                      }
                    />
                  ))}
                </ul>
                {open.length > 0 && (
                  <button type="button" className="button button-secondary button-small" onClick={() => onRecord({ topic: item.topic, title: item.title, participants: open.map((w) => w.name).join('、'), staffIds: open.map((w) => w.staffId) })} aria-label={`『${item.title}』の実施を記録`}>
                    実施を記録
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function TrainingForm({ prefill, onSaved, onCancel }: { prefill: Partial<TrainingRecord>; onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<TrainingRecord>({ topic: 'bcp_drill', date: todayIso(), title: '', participants: '', staffIds: [], ...prefill });
  const [staff] = useLoad((signal) => fetchRecords('staff_member', 'own', signal), undefined, 'staff-for-training');
  const set = (patch: Partial<TrainingRecord>) => setBody((b) => ({ ...b, ...patch }));
  async function save() {
    await createRecord('training_record', body);
    onSaved();
  }
  return (
    <RecordForm label="研修・訓練の記録" save={save} submitLabel="記録を保存" onCancel={onCancel}>
      <div className="form-grid">
        <SelectField label="種類" path={['training', 'topic']} emptyLabel={null} value={body.topic} onChange={(v) => v && set({ topic: v as TrainingRecord['topic'] })} options={trainingTopicKeys.map((k) => ({ value: k, label: trainingTopics[k].label }))} />
        <DateField label="実施日" path={['training', 'date']} required value={body.date} onChange={(v) => set({ date: v })} />
        <SelectField label="方法" path={['training', 'method']} value={body.method} onChange={(v) => set({ method: v as TrainingRecord['method'] })} options={(Object.keys(trainingMethodLabels) as (keyof typeof trainingMethodLabels)[]).map((k) => ({ value: k, label: trainingMethodLabels[k] }))} />
        <TextField label="件名" path={['training', 'title']} required value={body.title} onChange={(v) => set({ title: v })} />
        <TextField label="参加者" path={['training', 'participants']} required value={body.participants} onChange={(v) => set({ participants: v })} />
        <TextField label="資料" path={['training', 'materials']} value={body.materials} onChange={(v) => set({ materials: v })} />
      </div>
      {staff.kind === 'ready' && staff.data.length > 0 && (
        <fieldset className="field">
          <legend>受けた職員（採用時研修は職員ごとに済みになります）</legend>
          {staff.data
            .filter((s) => s.body.leftOn === undefined || s.body.leftOn >= body.date)
            .map((s) => (
              <label key={s.id} className="checkbox-label">
                <input type="checkbox" checked={body.staffIds.includes(s.id)} onChange={(e) => set({ staffIds: e.target.checked ? [...body.staffIds, s.id] : body.staffIds.filter((id) => id !== s.id) })} /> {s.body.name}
              </label>
            ))}
        </fieldset>
      )}
      <TextArea label="内容" path={['training', 'content']} value={body.content} onChange={(v) => set({ content: v })} />
    </RecordForm>
  );
}
