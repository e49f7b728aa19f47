import {
  fiscalYearOfMonth,
  formatWareki,
  qualityRatings,
  rightsProtectionTypes,
  supervisionMethods,
  type OfficeQualityTemplate,
  type QualityRating,
  type QualitySelfEvaluation,
  type RightsProtectionRecord,
  type SupervisionRecord,
} from '@kizuki/core';
import { useEffect, useState } from 'react';
import { apiRequest } from '../api/client.js';
import { createRecord, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { todayIso } from '../shared/dates.js';
import { errorText, useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';

/** 質の向上と権利擁護: supervision records, the yearly 質の自己評価, and the 虐待防止 arrangements. */
export function PracticePage({ manage, role }: { manage: boolean; role: string }) {
  useEffect(() => {
    document.title = 'スーパービジョン・自己評価・虐待防止 - 気づき';
  }, []);
  return (
    <section className="office-page" aria-labelledby="practice-title">
      <h1 id="practice-title">スーパービジョン・自己評価・虐待防止</h1>
      <OfficeNav current="/office/practice" />
      <SupervisionSection mayWrite={manage || role === 'care_manager'} />
      <QualitySection manage={manage} />
      <RightsSection manage={manage} />
    </section>
  );
}

function SaveError({ error }: { error: string | undefined }) {
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

function SupervisionSection({ mayWrite }: { mayWrite: boolean }) {
  const [records, reload] = useLoad((signal) => fetchRecords('supervision_record', 'own', signal), undefined, 'supervision');
  const empty: SupervisionRecord = { date: todayIso(), supervisor: '', supervisee: '', method: 'individual', theme: '' };
  const [body, setBody] = useState<SupervisionRecord | undefined>(undefined);
  const set = (patch: Partial<SupervisionRecord>) => setBody((b) => ({ ...(b ?? empty), ...patch }));
  async function save() {
    if (!body) return;
    await createRecord('supervision_record', body);
    setBody(undefined);
    reload();
  }
  return (
    <section aria-labelledby="supervision-title">
      <h2 id="supervision-title">スーパービジョンの記録（主任介護支援専門員）</h2>
      {mayWrite && body === undefined && (
        <button type="button" className="button button-secondary" onClick={() => setBody(empty)}>
          スーパービジョンを記録
        </button>
      )}
      {body && (
        <RecordForm label="スーパービジョンの記録" save={save} submitLabel="記録を保存">
          <div className="form-grid">
            <DateField label="実施日" path={['supervision', 'date']} required value={body.date} onChange={(v) => set({ date: v })} />
            <TextField label="スーパーバイザー（主任）" path={['supervision', 'supervisor']} required value={body.supervisor} onChange={(v) => set({ supervisor: v })} />
            <TextField label="スーパーバイジー" path={['supervision', 'supervisee']} required value={body.supervisee} onChange={(v) => set({ supervisee: v })} />
            <SelectField label="方法" path={['supervision', 'method']} emptyLabel={null} value={body.method} onChange={(v) => v && set({ method: v as SupervisionRecord['method'] })} options={(Object.keys(supervisionMethods) as (keyof typeof supervisionMethods)[]).map((k) => ({ value: k, label: supervisionMethods[k] }))} />
            <TextField label="テーマ" path={['supervision', 'theme']} required value={body.theme} onChange={(v) => set({ theme: v })} />
          </div>
          <TextArea label="内容" path={['supervision', 'content']} value={body.content} onChange={(v) => set({ content: v })} />
          <TextArea label="次に向けて（助言・課題）" path={['supervision', 'followUp']} value={body.followUp} onChange={(v) => set({ followUp: v })} />
        </RecordForm>
      )}
      <ul className="office-records">
        {records.kind === 'ready' &&
          [...records.data]
            .sort((a, b) => (a.body.date < b.body.date ? 1 : -1))
            .map((r) => (
              <li key={r.id}>
                {formatWareki(r.body.date)} <span className="tag">{supervisionMethods[r.body.method]}</span> {r.body.theme}（{r.body.supervisor} → {r.body.supervisee}）
              </li>
            ))}
      </ul>
    </section>
  );
}

function QualitySection({ manage }: { manage: boolean }) {
  const [records, reload] = useLoad((signal) => fetchRecords('quality_self_evaluation', 'own', signal), undefined, 'quality');
  const [error, setError] = useState<string | undefined>(undefined);
  const year = fiscalYearOfMonth(todayIso().slice(0, 7));
  const current = records.kind === 'ready' ? records.data.find((r) => r.body.fiscalYear === year) : undefined;
  async function start() {
    setError(undefined);
    try {
      const template = await apiRequest<OfficeQualityTemplate>('/api/office/quality-template');
      await createRecord('quality_self_evaluation', { fiscalYear: year, packId: template.packId, items: template.items.map((i) => ({ itemId: i.itemId, text: `${i.checklist}: ${i.text}` })) });
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <section aria-labelledby="quality-title">
      <h2 id="quality-title">質の自己評価（{year}年度）</h2>
      <SaveError error={error} />
      {records.kind === 'ready' && current === undefined && (
        <p>
          この年度の自己評価はまだありません。
          {manage && (
            <button type="button" className="button button-primary" onClick={() => void start()}>
              方針の点検項目から作成
            </button>
          )}
        </p>
      )}
      {current && <QualityForm key={current.revision} record={current} manage={manage} onSaved={reload} />}
    </section>
  );
}

function QualityForm({ record, manage, onSaved }: { record: RecordView<'quality_self_evaluation'>; manage: boolean; onSaved: () => void }) {
  const [body, setBody] = useState<QualitySelfEvaluation>(record.body);
  const rated = body.items.filter((i) => i.rating !== undefined).length;
  async function save() {
    await saveRecord<'quality_self_evaluation'>(record.id, record.revision, body);
    onSaved();
  }
  return (
    <RecordForm label="質の自己評価" save={save} submitLabel="自己評価を保存" editable={manage}>
      <p>
        {body.items.length}項目中{rated}項目を評価（第{record.revision}版）
      </p>
      <div className="office-table-wrap">
        <table className="client-table office-table">
          <caption className="visually-hidden">自己評価の項目</caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">評価</th>
            </tr>
          </thead>
          <tbody>
            {body.items.map((item, i) => (
              <tr key={item.itemId}>
                <td>{item.text}</td>
                <td>
                  <SelectField
                    label="評価"
                    path={['quality', 'items', i, 'rating']}
                    disabled={!manage}
                    value={item.rating}
                    onChange={(v) => setBody((b) => ({ ...b, items: b.items.map((x, j) => (j === i ? { ...x, rating: v as QualityRating | undefined } : x)) }))}
                    options={(Object.keys(qualityRatings) as QualityRating[]).map((k) => ({ value: k, label: qualityRatings[k] }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TextArea label="総括と改善の取組" path={['quality', 'summary']} disabled={!manage} value={body.summary} onChange={(v) => setBody((b) => ({ ...b, summary: v }))} />
    </RecordForm>
  );
}

function RightsSection({ manage }: { manage: boolean }) {
  const [records, reload] = useLoad((signal) => fetchRecords('rights_protection_record', 'own', signal), undefined, 'rights');
  const empty: RightsProtectionRecord = { type: 'committee', date: todayIso(), title: '' };
  const [body, setBody] = useState<RightsProtectionRecord | undefined>(undefined);
  const set = (patch: Partial<RightsProtectionRecord>) => setBody((b) => ({ ...(b ?? empty), ...patch }));
  async function save() {
    if (!body) return;
    await createRecord('rights_protection_record', body);
    setBody(undefined);
    reload();
  }
  return (
    <section aria-labelledby="rights-title">
      <h2 id="rights-title">人権の擁護・虐待の防止</h2>
      <p className="muted">虐待防止の研修は「研修・訓練」に記録します。</p>
      {manage && body === undefined && (
        <button type="button" className="button button-secondary" onClick={() => setBody(empty)}>
          虐待防止の記録を追加
        </button>
      )}
      {body && (
        <RecordForm label="人権の擁護・虐待の防止の記録" save={save} submitLabel="記録を保存">
          <div className="form-grid">
            <SelectField label="区分" path={['rights', 'type']} emptyLabel={null} value={body.type} onChange={(v) => v && set({ type: v as RightsProtectionRecord['type'] })} options={(Object.keys(rightsProtectionTypes) as (keyof typeof rightsProtectionTypes)[]).map((k) => ({ value: k, label: rightsProtectionTypes[k] }))} />
            <DateField label="日付" path={['rights', 'date']} required value={body.date} onChange={(v) => set({ date: v })} />
            <TextField label="件名" path={['rights', 'title']} required value={body.title} onChange={(v) => set({ title: v })} />
            <TextField label="参加者・担当者" path={['rights', 'participants']} value={body.participants} onChange={(v) => set({ participants: v })} />
          </div>
          <TextArea label="内容" path={['rights', 'content']} value={body.content} onChange={(v) => set({ content: v })} />
        </RecordForm>
      )}
      <ul className="office-records">
        {records.kind === 'ready' &&
          [...records.data]
            .sort((a, b) => (a.body.date < b.body.date ? 1 : -1))
            .map((r) => (
              <li key={r.id}>
                <span className="tag">{rightsProtectionTypes[r.body.type]}</span> {formatWareki(r.body.date)} {r.body.title}
              </li>
            ))}
      </ul>
    </section>
  );
}
