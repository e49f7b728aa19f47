import {
  additionLevelLabels,
  additionRequirements,
  billingTypeLabels,
  billingTypes,
  formatWareki,
  officeActivityTypeKeys,
  officeActivityTypes,
  type AdditionLevel,
  type OfficeActivity,
  type OfficeMonth,
  type OfficeProfile,
} from '@kizuki/core';
import { useEffect, useState } from 'react';
import { createRecord, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { todayIso } from '../shared/dates.js';
import { fetchOfficeMonth } from './office-api.js';
import { useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-section.js';
import { RecordForm } from './record-form.js';
import { PrintToolbar } from './print-toolbar.js';

const levelShort: Record<AdditionLevel, string> = { I: '(Ⅰ)', II: '(Ⅱ)', III: '(Ⅲ)', A: '(A)' };

function monthLabel(month: string): string {
  return formatWareki(`${month}-01`).replace(/1日$/u, '');
}

/** 特定事業所加算: which level the office meets in a month, what fails and what to do; the evidence it keeps. */
export function AdditionPage({ manage, month: monthParam }: { manage: boolean; month: string | undefined }) {
  useEffect(() => {
    document.title = '特定事業所加算 - 気づき';
  }, []);
  const [month, setMonth] = useState(monthParam ?? todayIso().slice(0, 7));
  const [figures, reload] = useLoad((signal) => fetchOfficeMonth(month, signal), undefined, month);
  return (
    <section className="office-page" aria-labelledby="addition-title">
      <h1 id="addition-title">特定事業所加算</h1>
      <OfficeNav current="/office/addition" />
      <div className="office-toolbar">
        <label className="field field-short office-month">
          <span>対象の月</span>
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} aria-label="対象の月" />
        </label>
        <Link to={`/office/addition/print/${month}`} className="button button-secondary">
          算定要件確認表を印刷
        </Link>
      </div>
      {figures.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {figures.kind === 'failed' && (
        <p className="form-error" role="alert">
          {figures.message}
        </p>
      )}
      {figures.kind === 'ready' && <AdditionView figures={figures.data} />}
      <ProfileEditor manage={manage} onSaved={reload} />
      <ActivityList manage={manage} onSaved={reload} />
    </section>
  );
}

function AdditionView({ figures }: { figures: OfficeMonth }) {
  const { addition } = figures;
  return (
    <>
      <p className="office-verdict" role="status" data-best={addition.best ?? 'none'}>
        {monthLabel(addition.month)}は
        {addition.best ? <strong>{additionLevelLabels[addition.best]}の要件を満たしています。</strong> : <strong>どの区分の要件も満たしていません。</strong>}
      </p>
      <ul className="office-levels">
        {addition.levels.map((l) => (
          <li key={l.level} className={l.met ? 'tag tag-ok' : 'tag'}>
            {levelShort[l.level]} {l.met ? '適合' : `不適合（${l.failing.map((id) => additionRequirements.find((r) => r.id === id)?.article ?? id).join('、')}）`}
          </li>
        ))}
      </ul>
      <RequirementTable figures={figures} />
    </>
  );
}

function RequirementTable({ figures }: { figures: OfficeMonth }) {
  const { addition } = figures;
  return (
    <div className="office-table-wrap">
      <table className="client-table office-table requirement-table">
        <caption className="visually-hidden">算定要件</caption>
        <thead>
          <tr>
            <th scope="col">要件</th>
            <th scope="col">区分</th>
            <th scope="col">判定</th>
            <th scope="col">根拠・すること</th>
          </tr>
        </thead>
        <tbody>
          {addition.requirements.map((r) => {
            const req = additionRequirements.find((q) => q.id === r.id)!;
            return (
              <tr key={r.id} data-requirement={r.id} className={r.met ? undefined : 'office-near'}>
                <th scope="row">
                  {req.article}
                  <span className="requirement-text">{req.text}</span>
                </th>
                <td>{(Object.keys(req.need) as AdditionLevel[]).map((l) => levelShort[l]).join('')}</td>
                <td>
                  {r.met ? '○' : '×'}
                  <span className="muted">（{r.how === 'computed' ? '計算' : '記録'}）</span>
                </td>
                <td>
                  {r.detail}
                  {!r.met && <p className="office-todo">{r.todo}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const emptyProfile: OfficeProfile = { billingType: 'I', fullTimeWeeklyHours: 40 };

function ProfileEditor({ manage, onSaved }: { manage: boolean; onSaved: () => void }) {
  const [profiles, reload] = useLoad((signal) => fetchRecords('office_profile', 'own', signal), undefined, 'profile');
  const record = profiles.kind === 'ready' ? profiles.data[0] : undefined;
  const [draft, setDraft] = useState<OfficeProfile | undefined>(undefined);
  if (profiles.kind !== 'ready') return null;
  const body = draft ?? record?.body ?? emptyProfile;
  const set = (patch: Partial<OfficeProfile>) => setDraft({ ...body, ...patch });
  const optional = (v: string) => (v.trim() === '' ? undefined : v);
  async function save() {
    if (record) await saveRecord<'office_profile'>(record.id, record.revision, body);
    else await createRecord('office_profile', body);
    setDraft(undefined);
    reload();
    onSaved();
  }
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">事業所の体制</h2>
      {!manage ? (
        <dl className="office-dl">
          <dt>居宅介護支援費</dt>
          <dd>{billingTypeLabels[body.billingType]}</dd>
          <dt>24時間連絡体制</dt>
          <dd>{body.contact24h ?? '未記入'}</dd>
          <dt>困難事例を受ける体制</dt>
          <dd>{body.difficultCases ?? '未記入'}</dd>
          <dt>実務研修への協力</dt>
          <dd>{body.practicum ?? '未記入'}</dd>
        </dl>
      ) : (
        <RecordForm label="事業所の体制" save={save} submitLabel="体制を保存" disabled={draft === undefined && record !== undefined}>
          <div className="form-grid">
            <SelectField label="居宅介護支援費の区分" path={['profile', 'billingType']} emptyLabel={null} value={body.billingType} onChange={(v) => v && set({ billingType: v as OfficeProfile['billingType'] })} options={billingTypes.map((b) => ({ value: b, label: billingTypeLabels[b] }))} />
            <TextField label="常勤の週の勤務時間" path={['profile', 'fullTimeWeeklyHours']} inputMode="decimal" value={body.fullTimeWeeklyHours} onChange={(v) => set({ fullTimeWeeklyHours: Number(v) })} />
          </div>
          <TextArea label="24時間連絡体制（イ(4)）" path={['profile', 'contact24h']} value={body.contact24h} onChange={(v) => set({ contact24h: optional(v) })} />
          <TextArea label="包括からの困難事例を受ける体制（イ(7)）" path={['profile', 'difficultCases']} value={body.difficultCases} onChange={(v) => set({ difficultCases: optional(v) })} />
          <TextArea label="実務研修の実習への協力（イ(11)）" path={['profile', 'practicum']} value={body.practicum} onChange={(v) => set({ practicum: optional(v) })} />
        </RecordForm>
      )}
    </section>
  );
}

function ActivityList({ manage, onSaved }: { manage: boolean; onSaved: () => void }) {
  const [activities, reload] = useLoad((signal) => fetchRecords('office_activity', 'own', signal), undefined, 'activities');
  const [adding, setAdding] = useState(false);
  const list = activities.kind === 'ready' ? [...activities.data].sort((a, b) => (a.body.date < b.body.date ? 1 : -1)) : [];
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title">会議・研修計画などの記録</h2>
      {manage && !adding && (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          記録を追加
        </button>
      )}
      {adding && (
        <ActivityForm
          onSaved={() => {
            setAdding(false);
            reload();
            onSaved();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <ul className="office-records">
        {list.slice(0, 30).map((a: RecordView<'office_activity'>) => (
          <li key={a.id}>
            <span className="tag">{officeActivityTypes[a.body.type].label}</span> {formatWareki(a.body.date)} {a.body.title}
          </li>
        ))}
      </ul>
      {list.length > 30 && <p className="muted">ほか{list.length - 30}件</p>}
    </section>
  );
}

function ActivityForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const [body, setBody] = useState<OfficeActivity>({ type: 'meeting', date: todayIso(), title: '', staffIds: [] });
  const [staff] = useLoad((signal) => fetchRecords('staff_member', 'own', signal), undefined, 'staff-for-plan');
  const set = (patch: Partial<OfficeActivity>) => setBody((b) => ({ ...b, ...patch }));
  async function save() {
    await createRecord('office_activity', body);
    onSaved();
  }
  return (
    <RecordForm label="会議・研修計画などの記録" save={save} submitLabel="記録を保存" onCancel={onCancel}>
      <div className="form-grid">
        <SelectField label="区分" path={['activity', 'type']} emptyLabel={null} value={body.type} onChange={(v) => v && set({ type: v as OfficeActivity['type'] })} options={officeActivityTypeKeys.map((k) => ({ value: k, label: officeActivityTypes[k].label }))} />
        <DateField label="実施日" path={['activity', 'date']} required value={body.date} onChange={(v) => set({ date: v })} />
        <TextField label="件名" path={['activity', 'title']} required value={body.title} onChange={(v) => set({ title: v })} />
        <TextField label="参加者" path={['activity', 'participants']} value={body.participants} onChange={(v) => set({ participants: v })} />
      </div>
      {body.type === 'training_plan' && staff.kind === 'ready' && (
        <fieldset className="field">
          <legend>計画の対象者</legend>
          {staff.data.map((s) => (
            <label key={s.id} className="checkbox-label">
              <input type="checkbox" checked={body.staffIds.includes(s.id)} onChange={(e) => set({ staffIds: e.target.checked ? [...body.staffIds, s.id] : body.staffIds.filter((id) => id !== s.id) })} /> {s.body.name}
            </label>
          ))}
        </fieldset>
      )}
      <TextArea label="内容・議事の要点" path={['activity', 'content']} value={body.content} onChange={(v) => set({ content: v })} />
    </RecordForm>
  );
}

/** 算定要件確認表 (A4 portrait) for 運営指導. */
export function AdditionPrint({ month }: { month: string | undefined }) {
  const target = month ?? todayIso().slice(0, 7);
  const [figures] = useLoad((signal) => fetchOfficeMonth(target, signal), undefined, target);
  useEffect(() => {
    document.title = '特定事業所加算 算定要件確認表 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back={`/office/addition/${target}`} label="特定事業所加算に戻る" />
      {figures.kind === 'failed' && (
        <p className="form-error" role="alert">
          {figures.message}
        </p>
      )}
      {figures.kind === 'ready' && (
        <article className="office-sheet" aria-label="算定要件確認表">
          <h1>特定事業所加算 算定要件確認表（{monthLabel(target)}）</h1>
          <p>
            判定: {figures.data.addition.best ? `${additionLevelLabels[figures.data.addition.best]}に適合` : 'いずれの区分にも適合しない'}
            （根拠: 平成27年厚生労働省告示第95号 第84号）
          </p>
          <RequirementTable figures={figures.data} />
          <p className="office-sheet-sign">確認日: {formatWareki(todayIso())} 確認者: ＿＿＿＿＿＿＿＿＿＿</p>
        </article>
      )}
    </div>
  );
}
