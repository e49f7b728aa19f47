import { formatWeekdays, parseWeekdays, type RecordBody, type ResourceKind } from '@kizuki/core';
import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { Session } from '../api/endpoints.js';
import { createRecord, fetchRecord, saveRecord, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { routePath } from '../routing/routes.js';
import { todayIso } from '../shared/dates.js';
import { mayEditDirectory } from './region-api.js';
import { ResourceKindSelect } from './resource-kind-select.js';

type Form = Record<'name' | 'area' | 'district' | 'tags' | 'description' | 'days' | 'start' | 'end' | 'scheduleNote' | 'cost' | 'capacity' | 'waiting' | 'contact' | 'address' | 'officeNumber' | 'maintainer' | 'confirmedOn', string> & { kind: ResourceKind };

const emptyForm = (maintainer: string): Form => ({
  name: '', kind: 'gathering_place', area: '', district: '', tags: '', description: '', days: '', start: '', end: '', scheduleNote: '', cost: '', capacity: '', waiting: '', contact: '', address: '', officeNumber: '', maintainer, confirmedOn: todayIso(),
});

function formOf(body: RecordBody<'region_resource'>): Form {
  const s = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  return {
    name: body.name, kind: body.kind, area: body.area, district: s(body.district), tags: body.tags.join('、'), description: s(body.description), days: formatWeekdays(body.days), start: s(body.start), end: s(body.end),
    scheduleNote: s(body.scheduleNote), cost: s(body.cost), capacity: s(body.capacity), waiting: s(body.waiting), contact: s(body.contact), address: s(body.address), officeNumber: s(body.officeNumber), maintainer: body.maintainer, confirmedOn: s(body.confirmedOn),
  };
}

/** The body sent to the server (it validates; the form only splits tags and reads days). */
function bodyOf(form: Form): { body?: unknown; error?: string } {
  const days = parseWeekdays(form.days);
  if (days === undefined) return { error: `曜日「${form.days}」を読めません（例: 月・水・金、月〜金、毎日）。` };
  return { body: { ...form, days, tags: form.tags.split(/[、,・/／\s]+/u).filter((t) => t !== '') } };
}

const labels: Record<Exclude<keyof Form, 'kind'>, string> = {
  name: '名称', area: '日常生活圏域', district: '地区（町名）', tags: '内容（、で区切る）', description: '説明', days: '曜日（例: 火・金）', start: '開始時刻', end: '終了時刻', scheduleNote: '日程の補足（第2・4水曜など）',
  cost: '費用', capacity: '定員（人）', waiting: '待機者数（人）', contact: '連絡先', address: '所在地・会場', officeNumber: '事業所番号（介護保険の事業所）', maintainer: '情報の管理者', confirmedOn: '最終確認日',
};

/** What a new entry starts from when another page opens the form (a 地域課題 creating its resource). */
export interface ResourcePrefill {
  fields: Partial<Omit<Form, 'kind'>> & { kind?: ResourceKind };
  createdForIssueId: string;
  /** after the save, instead of going back to the directory */
  onSaved: (record: RecordView<'region_resource'>) => void;
  back: { to: string; label: string };
}

/** 社会資源を登録 / 編集: one entry of the directory, kept by the insurer or the 包括. */
export function ResourceEditPage({ id, session, prefill }: { id: string; session: Session; prefill?: ResourcePrefill }) {
  const htmlId = useId();
  const isNew = id === 'new';
  const [record, setRecord] = useState<RecordView<'region_resource'> | undefined>();
  const [form, setForm] = useState<Form>(() => ({ ...emptyForm(session.organization.name), ...prefill?.fields }));
  const [loadError, setLoadError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | undefined>();

  useEffect(() => {
    if (isNew) return undefined;
    const controller = new AbortController();
    fetchRecord<'region_resource'>(id, controller.signal).then(
      (r) => {
        setRecord(r);
        setForm(formOf(r.body));
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setLoadError(e instanceof ApiError ? e.message : '読み込めませんでした。');
      },
    );
    return () => controller.abort();
  }, [id, isNew]);

  if (!mayEditDirectory(session.user.role, session.organization.kind)) {
    return <p className="form-error">社会資源の一覧を更新できるのは保険者と地域包括支援センターの職員です。</p>;
  }
  if (loadError) return <p className="form-error" role="alert">{loadError}</p>;
  if (!isNew && !record) return <p className="page-status" role="status">読み込んでいます…</p>;

  async function submit() {
    const { body, error: formError } = bodyOf(form);
    if (formError) return setError({ message: formError, issues: [] });
    setSaving(true);
    setError(undefined);
    const createdForIssueId = record?.body.createdForIssueId ?? prefill?.createdForIssueId;
    const full = { ...(body as RecordBody<'region_resource'>), ...(createdForIssueId ? { createdForIssueId } : {}) };
    try {
      const saved = record ? await saveRecord<'region_resource'>(record.id, record.revision, full) : await createRecord('region_resource', full);
      if (prefill) prefill.onSaved(saved);
      else navigate(routePath({ name: 'region', path: [] }));
    } catch (e) {
      const issues = e instanceof ApiError ? ((e.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? []) : [];
      setError({ message: e instanceof ApiError ? e.message : '保存できませんでした。', issues: issues.map((i) => `${labels[i.path.replace(/^body\./u, '').split('.')[0] as keyof typeof labels] ?? i.path}: ${i.message}`) });
      setSaving(false);
    }
  }

  const field = (key: Exclude<keyof Form, 'kind'>, options: { wide?: boolean; type?: string } = {}) => (
    <div className={`field${options.wide ? ' field-wide' : ''}`} key={key}>
      <label htmlFor={`${htmlId}-${key}`}>{labels[key]}</label>
      {key === 'description' ? (
        <textarea id={`${htmlId}-${key}`} rows={3} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      ) : (
        <input id={`${htmlId}-${key}`} type={options.type ?? 'text'} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      )}
    </div>
  );

  return (
    <form
      className="resource-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{isNew ? '社会資源を登録' : `${record?.body.name ?? ''}を編集`}</h2>
      <div className="resource-form-grid">
        {field('name', { wide: true })}
        <ResourceKindSelect id={`${htmlId}-kind`} label="種別" value={form.kind} onChange={(kind) => kind !== '' && setForm({ ...form, kind })} />
        {field('area')}
        {field('district')}
        {field('tags', { wide: true })}
        {field('description', { wide: true })}
        {field('days')}
        {field('start')}
        {field('end')}
        {field('scheduleNote')}
        {field('cost')}
        {field('capacity')}
        {field('waiting')}
        {field('contact')}
        {field('address')}
        {field('officeNumber')}
        {field('maintainer')}
        {field('confirmedOn')}
      </div>
      {error && (
        <div className="form-error" role="alert">
          <p>{error.message}</p>
          {error.issues.length > 0 && (
            <ul>
              {error.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? '保存しています…' : '保存'}
        </button>
        <Link className="button button-secondary" to={prefill?.back.to ?? routePath({ name: 'region', path: [] })}>
          {prefill?.back.label ?? '一覧へ戻る'}
        </Link>
      </div>
    </form>
  );
}
