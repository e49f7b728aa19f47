import { careManagementTypes, careManagementTypeGuides, delegationStatusLabels, monitoringMethodLabels, monitoringMethods, planStatuses, planStatusLabels, type MonitoringMethod, type DelegatedClientFile, type PreventionIssue, type PreventionPlan } from '@kizuki/core';
import { useState } from 'react';
import { errorText, Flash, LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { ConfirmationView } from './confirmation-panel.js';
import { addDelegatedMonitoring, fetchDelegatedClient, saveDelegatedPlan } from './prevention-api.js';
import { TypeGuide } from './type-guide.js';

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `id-${Date.now()}`);
const freshIssue = (): PreventionIssue => ({ id: newId(), supportRows: [{ id: newId() }] });
const freshPlan = (): PreventionPlan => ({ id: '', status: 'draft', planKind: 'care_management', planDate: todayIso(), planCategories: [], domains: {}, issues: [freshIssue()], delegated: true });

/** What the office sends: the plan without its 確認欄, which only the center writes. */
function sendable(plan: PreventionPlan): Partial<PreventionPlan> {
  const { centerOpinion: _o, centerConfirmedOn: _d, centerConfirmedBy: _b, centerConfirmedRevision: _r, ...rest } = plan;
  return rest;
}

/** The delegated care manager's plan editor: the plan is saved in the center's case file through the grant. */
export function DelegatedPlanPage({ grantId, clientId }: { grantId: string; clientId: string }) {
  const [round, setRound] = useState(0);
  const [flash, setFlash] = useState<string | undefined>();
  const [state] = useLoad((signal) => fetchDelegatedClient(grantId, clientId, signal), undefined, `${grantId}:${clientId}:${round}`);
  return (
    <section className="prevention-page" aria-labelledby="delegated-title">
      <p>
        <Link to={routePath({ name: 'prevention', path: [] })}>← 委託された利用者</Link>
      </p>
      <h1 id="delegated-title">委託された介護予防サービス・支援計画書</h1>
      <LoadStatus state={state} />
      <Flash message={flash} />
      {state.kind === 'ready' && (
        <DelegatedPlanEditor
          key={`${state.data.plan?.revision ?? 0}`}
          file={state.data}
          onSaved={(text) => {
            setFlash(text);
            setRound((r) => r + 1);
          }}
        />
      )}
      {state.kind === 'ready' && (
        <MonitoringForm
          grantId={grantId}
          clientId={clientId}
          onAdded={(text) => {
            setFlash(text);
            setRound((r) => r + 1);
          }}
        />
      )}
    </section>
  );
}

function DelegatedPlanEditor({ file, onSaved }: { file: DelegatedClientFile; onSaved: (message: string) => void }) {
  const { delegation } = file;
  const [plan, setPlan] = useState<PreventionPlan>(file.plan?.body ?? freshPlan());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const set = (patch: Partial<PreventionPlan>) => setPlan((p) => ({ ...p, ...patch }));
  const setIssue = (index: number, patch: Partial<PreventionIssue>) => setPlan((p) => ({ ...p, issues: p.issues.map((issue, i) => (i === index ? { ...issue, ...patch } : issue)) }));
  const setRow = (index: number, row: number, patch: Record<string, string>) =>
    setPlan((p) => ({ ...p, issues: p.issues.map((issue, i) => (i === index ? { ...issue, supportRows: issue.supportRows.map((r, k) => (k === row ? { ...r, ...patch } : r)) } : issue)) }));
  const text = (value: string) => (value === '' ? undefined : value);

  function save() {
    setSaving(true);
    setError(undefined);
    saveDelegatedPlan(delegation.grantId, delegation.clientId, sendable(plan), file.plan?.revision).then(
      (stored) => {
        setSaving(false);
        onSaved(`第${stored.revision}版を保存しました。地域包括支援センターの確認を待っています。`);
      },
      (failure: unknown) => {
        setSaving(false);
        setError(errorText(failure));
      },
    );
  }

  return (
    <>
      <dl className="delegation-facts">
        <div>
          <dt>利用者</dt>
          <dd>{delegation.client?.name ?? delegation.clientId}</dd>
        </div>
        <div>
          <dt>委託元</dt>
          <dd>{delegation.centerName}</dd>
        </div>
        <div>
          <dt>委託の期限</dt>
          <dd>{wareki(delegation.validUntil)}</dd>
        </div>
        <div>
          <dt>計画</dt>
          <dd>{file.plan ? `第${file.plan.revision}版・${delegationStatusLabels[delegation.status]}` : '未作成'}</dd>
        </div>
      </dl>
      <form
        className="form-grid editor-card"
        aria-label="計画の内容"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor="dp-status">計画の状態</label>
          <select id="dp-status" value={plan.status} onChange={(e) => set({ status: e.target.value as PreventionPlan['status'] })}>
            {planStatuses.map((s) => (
              <option key={s} value={s}>
                {planStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dp-date">計画作成（変更）日</label>
          <input id="dp-date" type="date" value={plan.planDate ?? ''} onChange={(e) => set({ planDate: text(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="dp-cm">委託先の介護支援専門員</label>
          <input id="dp-cm" value={plan.careManagerName ?? ''} onChange={(e) => set({ careManagerName: text(e.target.value) })} />
        </div>
        <fieldset className="subsection span-all">
          <legend>ケアマネジメントの類型</legend>
          {careManagementTypes.map((t) => (
            <label key={t} className="radio-option">
              <input type="radio" name="dp-type" value={t} checked={plan.careManagementType === t} onChange={() => set({ careManagementType: t })} />
              {careManagementTypeGuides[t].title}
            </label>
          ))}
        </fieldset>
        <TypeGuide selected={plan.careManagementType} />
        <div className="field span-all">
          <label htmlFor="dp-monitoring">モニタリングの時期</label>
          <input id="dp-monitoring" value={plan.monitoringPlan ?? ''} onChange={(e) => set({ monitoringPlan: text(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="dp-next">次回モニタリング予定日</label>
          <input id="dp-next" type="date" value={plan.nextMonitoringOn ?? ''} onChange={(e) => set({ nextMonitoringOn: text(e.target.value) })} />
        </div>
        <div className="field span-all">
          <label htmlFor="dp-day">目標とする生活（1日）</label>
          <textarea id="dp-day" rows={2} value={plan.targetLife?.day ?? ''} onChange={(e) => set({ targetLife: { ...plan.targetLife, day: text(e.target.value) } })} />
        </div>
        <div className="field span-all">
          <label htmlFor="dp-year">目標とする生活（1年）</label>
          <textarea id="dp-year" rows={2} value={plan.targetLife?.year ?? ''} onChange={(e) => set({ targetLife: { ...plan.targetLife, year: text(e.target.value) } })} />
        </div>
        {plan.issues.map((issue, i) => (
          <fieldset key={issue.id} className="subsection span-all">
            <legend>課題{i + 1}</legend>
            <div className="field">
              <label htmlFor={`dp-issue-${i}`}>総合的課題</label>
              <textarea id={`dp-issue-${i}`} rows={2} value={issue.overallIssue ?? ''} onChange={(e) => setIssue(i, { overallIssue: text(e.target.value) })} />
            </div>
            <div className="field">
              <label htmlFor={`dp-goal-${i}`}>目標</label>
              <textarea id={`dp-goal-${i}`} rows={2} value={issue.goal ?? ''} onChange={(e) => setIssue(i, { goal: text(e.target.value) })} />
            </div>
            {issue.supportRows.map((row, k) => (
              <div key={row.id} className="form-grid">
                <div className="field">
                  <label htmlFor={`dp-self-${i}-${k}`}>本人等のセルフケアや家族の支援、インフォーマルサービス</label>
                  <textarea id={`dp-self-${i}-${k}`} rows={2} value={row.selfCareAndInformal ?? ''} onChange={(e) => setRow(i, k, { selfCareAndInformal: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`dp-formal-${i}-${k}`}>介護保険サービス又は地域支援事業</label>
                  <textarea id={`dp-formal-${i}-${k}`} rows={2} value={row.formalService ?? ''} onChange={(e) => setRow(i, k, { formalService: e.target.value })} />
                </div>
              </div>
            ))}
          </fieldset>
        ))}
        <p className="span-all">
          <button type="button" className="button button-secondary" onClick={() => set({ issues: [...plan.issues, freshIssue()] })}>
            課題を追加
          </button>
        </p>
        <div className="field span-all">
          <label htmlFor="dp-policy">総合的な方針</label>
          <textarea id="dp-policy" rows={2} value={plan.overallPolicy ?? ''} onChange={(e) => set({ overallPolicy: text(e.target.value) })} />
        </div>
        <p className="span-all">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? '保存しています…' : '計画を保存する'}
          </button>
        </p>
        {error && (
          <p className="span-all form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <section className="editor-card" aria-labelledby="dp-confirmation">
        <h2 id="dp-confirmation">地域包括支援センター確認欄</h2>
        <p className="muted">委託元の地域包括支援センターが記録します（委託先では変更できません）。</p>
        <ConfirmationView plan={plan} revision={file.plan?.revision} />
      </section>
      <section className="editor-card" aria-labelledby="dp-monitorings">
        <h2 id="dp-monitorings">モニタリング</h2>
        {file.monitorings.length === 0 ? (
          <p className="muted">記録はありません。</p>
        ) : (
          <ul>
            {file.monitorings.map((m) => (
              <li key={m.id}>
                {wareki(m.body.date)} {m.body.changes ?? ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The delegated care manager records a モニタリング (saved in the center's case file). */
function MonitoringForm({ grantId, clientId, onAdded }: { grantId: string; clientId: string; onAdded: (message: string) => void }) {
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<MonitoringMethod>('home_visit');
  const [changes, setChanges] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  function submit() {
    setSaving(true);
    setError(undefined);
    addDelegatedMonitoring(grantId, clientId, { date, method, ...(changes.trim() !== '' ? { changes } : {}) }).then(
      (stored) => {
        setSaving(false);
        setChanges('');
        onAdded(`${wareki(stored.body.date)}のモニタリングを記録しました。`);
      },
      (failure: unknown) => {
        setSaving(false);
        setError(errorText(failure));
      },
    );
  }
  return (
    <form
      className="form-grid editor-card"
      aria-label="モニタリングを記録"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 className="span-all">モニタリングを記録</h2>
      <div className="field">
        <label htmlFor="dm-date">モニタリング実施日</label>
        <input id="dm-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="dm-method">実施方法</label>
        <select id="dm-method" value={method} onChange={(e) => setMethod(e.target.value as MonitoringMethod)}>
          {monitoringMethods.map((m) => (
            <option key={m} value={m}>
              {monitoringMethodLabels[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="field span-all">
        <label htmlFor="dm-changes">心身の状態・生活の変化</label>
        <textarea id="dm-changes" rows={2} value={changes} onChange={(e) => setChanges(e.target.value)} />
      </div>
      <p className="span-all">
        <button type="submit" className="button button-secondary" disabled={saving}>
          {saving ? '記録しています…' : 'モニタリングを記録する'}
        </button>
      </p>
      {error && (
        <p className="span-all form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
