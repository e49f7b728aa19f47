import {
  disseminationKindLabels,
  fiscalYearLabel,
  fiscalYearOfDate,
  indicatorEvidenceSheet,
  policyIndicatorKeys,
  policyIndicators,
  publicationMediumLabels,
  type Attendance,
  type AreaOffice,
  type PolicyActivity,
  type PolicyIndicator,
} from '@kizuki/core';
import { useState } from 'react';
import { createRecord, fetchRecords } from '../api/records.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { newId } from '../shared/ids.js';
import { todayIso } from '../shared/dates.js';
import { errorOf, fetchAreaOffices } from './policy-api.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 周知等の取組（指標 ア〜エ）: the activities of a fiscal year under each indicator, a form to record one, and the evidence sheet. */
export function ActivitiesPage() {
  const [state, reload] = useLoad(async (signal) => {
    const [records, offices] = await Promise.all([fetchRecords('policy_activity', 'own', signal), fetchAreaOffices(signal)]);
    return { activities: records.map((r) => r.body), offices };
  }, '取組を読み込めませんでした。');
  const [year, setYear] = useState(fiscalYearOfDate(todayIso()));
  const years = state.kind === 'ready' ? [...new Set([fiscalYearOfDate(todayIso()), ...state.data.activities.map((a) => fiscalYearOfDate(a.date))])].sort((a, b) => b - a) : [year];
  const sheet = indicatorEvidenceSheet(year, state.kind === 'ready' ? state.data.activities : []);
  return (
    <section className="policy-page" aria-labelledby="activities-title">
      <p className="policy-toolbar">
        <Link to={policyPaths.home}>基本方針へ戻る</Link>
      </p>
      <h1 id="activities-title">周知等の取組（指標 II(1)① ア〜エ）</h1>
      <LoadStatus state={state} />
      <div className="policy-year">
        <SelectField label="年度" path={['activities', 'year']} value={String(year)} options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y) }))} emptyLabel={null} onChange={(v) => setYear(Number(v))} />
        <Link to={policyPaths.evidence(year)} className="button button-secondary">
          {fiscalYearLabel(year)}の根拠資料（A4・印刷）
        </Link>
      </div>
      {sheet.indicators.map((i) => (
        <section key={i.indicator} className="policy-indicator" data-indicator={i.indicator}>
          <h2>
            {i.mark} {i.label} <span className={i.met ? 'tag tag-ok' : 'tag'}>{i.met ? `${i.lines.length}件` : '記録なし'}</span>
          </h2>
          <ul>
            {i.lines.map((line, n) => (
              <li key={n}>
                {line.dateText}: {line.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {state.kind === 'ready' && <ActivityForm offices={state.data.offices} onSaved={reload} />}
    </section>
  );
}

type Fields = Record<string, string>;

function bodyOf(indicator: PolicyIndicator, f: Fields, attendance: Attendance[]): PolicyActivity {
  const base = { id: newId(), date: f.date ?? '', ...(f.notes ? { notes: f.notes } : {}) };
  switch (indicator) {
    case 'discussion':
      return { ...base, indicator, title: f.title ?? '', participants: f.participants, minutes: f.minutes, decisions: f.decisions };
    case 'publication':
      return { ...base, indicator, medium: f.medium ?? '', where: f.where ?? '', url: f.url } as PolicyActivity;
    case 'dissemination':
      return { ...base, indicator, kind: f.kind ?? '', title: f.title ?? '', audience: f.audience ?? '', attendance, materials: f.materials } as PolicyActivity;
    case 'effect_verification':
      return { ...base, indicator, method: f.method ?? '', result: f.result };
  }
}

function ActivityForm({ offices, onSaved }: { offices: AreaOffice[]; onSaved: () => void }) {
  const [indicator, setIndicator] = useState<PolicyIndicator>('discussion');
  const [fields, setFields] = useState<Fields>({ date: todayIso() });
  const [attending, setAttending] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const set = (name: string) => (value: string | undefined) => setFields((f) => ({ ...f, [name]: value ?? '' }));
  const field = (name: string, label: string, area = false, required = false) =>
    area ? (
      <TextArea key={name} label={label} path={['activity', name]} value={fields[name] ?? ''} onChange={set(name)} rows={3} required={required} error={error?.fields[name]} className="span-all" />
    ) : (
      <TextField key={name} label={label} path={['activity', name]} value={fields[name] ?? ''} onChange={set(name)} required={required} error={error?.fields[name]} />
    );

  async function submit() {
    setError(undefined);
    setSaved(undefined);
    const attendance = Object.entries(attending).flatMap(([officeNumber, count]) => {
      const office = offices.find((o) => o.officeNumber === officeNumber);
      return office ? [{ officeNumber, officeName: office.name, ...(count.trim() !== '' ? { careManagers: Number(count) } : {}) }] : [];
    });
    try {
      await createRecord('policy_activity', bodyOf(indicator, fields, attendance));
      setSaved(`${policyIndicators[indicator].mark}の取組を記録しました。`);
      setFields({ date: todayIso() });
      setAttending({});
      onSaved();
    } catch (e) {
      setError(errorOf(e, '記録できませんでした。'));
    }
  }

  return (
    <form
      className="policy-activity-form editor-card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>取組を記録する</h2>
      <div className="form-grid">
        <SelectField label="指標" path={['activity', 'indicator']} value={indicator} emptyLabel={null} options={policyIndicatorKeys.map((k) => ({ value: k, label: `${policyIndicators[k].mark} ${policyIndicators[k].label}` }))} onChange={(v) => setIndicator((v ?? 'discussion') as PolicyIndicator)} className="span-all" />
        <DateField label="実施日" path={['activity', 'date']} value={fields.date} onChange={set('date')} required error={error?.fields.date} />
        {indicator === 'discussion' && [field('title', '協議の場', false, true), field('participants', '参加者'), field('minutes', '議事の要旨', true), field('decisions', '決定事項', true)]}
        {indicator === 'publication' && [
          <SelectField key="medium" label="周知の方法" path={['activity', 'medium']} value={fields.medium} options={options(publicationMediumLabels)} onChange={set('medium')} required error={error?.fields.medium} />,
          field('where', '掲載先', false, true),
          field('url', 'URL'),
        ]}
        {indicator === 'dissemination' && [
          <SelectField key="kind" label="周知の場" path={['activity', 'kind']} value={fields.kind} options={options(disseminationKindLabels)} onChange={set('kind')} required error={error?.fields.kind} />,
          field('title', '会の名称', false, true),
          field('audience', '対象', false, true),
          field('materials', '資料', true),
        ]}
        {indicator === 'effect_verification' && [field('method', '検証の方法', false, true), field('result', '結果', true)]}
        {field('notes', '備考', true)}
      </div>
      {indicator === 'dissemination' && (
        <fieldset className="list-card policy-attendance">
          <legend>出席した事業所と介護支援専門員の人数</legend>
          {offices.length === 0 && <p>管内の事業所が登録されていません。</p>}
          {offices.map((o) => (
            <div key={o.officeNumber} className="policy-attendance-row">
              <label>
                <input type="checkbox" checked={attending[o.officeNumber] !== undefined} onChange={(e) => setAttending((a) => (e.target.checked ? { ...a, [o.officeNumber]: '' } : Object.fromEntries(Object.entries(a).filter(([k]) => k !== o.officeNumber))))} /> {o.name}（{o.officeNumber}）
              </label>
              {attending[o.officeNumber] !== undefined && (
                <TextField label="介護支援専門員の人数" path={['activity', 'attendance', o.officeNumber]} value={attending[o.officeNumber]} onChange={(v) => setAttending((a) => ({ ...a, [o.officeNumber]: v }))} inputMode="numeric" size="short" />
              )}
            </div>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <button type="submit" className="button button-primary">
        記録する
      </button>
    </form>
  );
}
