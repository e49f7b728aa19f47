import { fiscalYearLabel, fiscalYearOfDate, inspectorKindLabels, selectionCriteria, tokyoDateOf, type AreaOffice, type InspectionCaseRecord, type InspectionPlan, type SelectionCriterion } from '@kizuki/core';
import { useEffect, useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { createRecord, fetchRecord, fetchRecords, saveRecord, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { wareki } from '../shared/dates.js';
import { fetchInspectableOffices } from './inspection-api.js';
import { StageCounts, StageTag } from './inspection-home.js';
import { inspectionPath } from './inspection-paths.js';
import { errorText, Flash, LoadStatus, useLoad } from '../components/use-load.js';

type PlanOffice = InspectionPlan['offices'][number];
type Inspector = InspectionPlan['inspectors'][number];
const criterionKeys = Object.keys(selectionCriteria) as SelectionCriterion[];
const inspectorKinds = Object.keys(inspectorKindLabels) as Inspector['kind'][];

interface PlanData {
  record: RecordView<'inspection_plan'> | undefined;
  cases: RecordView<'inspection_case'>[];
  offices: AreaOffice[];
}

async function loadPlan(id: string | undefined, signal: AbortSignal): Promise<PlanData> {
  const [record, cases, offices] = await Promise.all([
    id ? fetchRecord<'inspection_plan'>(id, signal) : Promise.resolve(undefined),
    id ? fetchRecords('inspection_case', 'own', signal) : Promise.resolve([]),
    fetchInspectableOffices(signal),
  ]);
  return { record, cases: cases.filter((c) => c.body.inspectionId === id), offices };
}

/** 年度の点検計画: offices, plans per office, criteria, 点検者; then the request, which creates the cases. */
export function PlanPage({ id, session }: { id: string | undefined; session: Session }) {
  const [state, reload] = useLoad((signal) => loadPlan(id, signal), undefined, `plan-${id ?? 'new'}`);
  const [flash, setFlash] = useState<string | undefined>();
  const onSaved = (message: string) => {
    setFlash(message);
    reload();
  };
  return (
    <section className="inspection-page" aria-labelledby="plan-title">
      <p>
        <Link to={inspectionPath()}>ケアプラン点検へ戻る</Link>
      </p>
      <h1 id="plan-title">{state.kind === 'ready' && state.data.record ? `${fiscalYearLabel(state.data.record.body.fiscalYear)} ${state.data.record.body.title}` : '新しい点検計画'}</h1>
      <LoadStatus state={state} />
      {state.kind === 'ready' && <PlanEditor key={`${state.data.record?.revision ?? 0}-${state.data.cases.length}`} data={state.data} session={session} flash={flash} onSaved={onSaved} />}
    </section>
  );
}

function emptyPlan(session: Session, offices: AreaOffice[]): InspectionPlan {
  const today = tokyoDateOf(new Date());
  const self = session.organization.kind !== 'insurer';
  return {
    fiscalYear: fiscalYearOfDate(today),
    title: self ? '自己点検' : 'ケアプラン点検',
    offices: self ? offices.map((o) => ({ officeNumber: o.officeNumber, officeName: o.name, planCount: 2, criteria: ['living_support'] })) : [],
    inspectors: [{ name: session.user.displayName, kind: self ? 'chief_care_manager' : 'insurer_staff' }],
  };
}

function PlanEditor({ data, session, flash, onSaved }: { data: PlanData; session: Session; flash: string | undefined; onSaved: (message: string) => void }) {
  const [body, setBody] = useState<InspectionPlan>(() => data.record?.body ?? emptyPlan(session, data.offices));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [manual, setManual] = useState({ officeNumber: '', officeName: '' });
  const self = session.organization.kind !== 'insurer';

  const setOffice = (index: number, patch: Partial<PlanOffice>) => setBody({ ...body, offices: body.offices.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  const addOffice = (office: Pick<PlanOffice, 'officeNumber' | 'officeName' | 'organizationId'>) => {
    if (body.offices.some((o) => o.officeNumber === office.officeNumber)) return;
    setBody({ ...body, offices: [...body.offices, { ...office, planCount: 2, criteria: ['living_support', 'near_benefit_limit', 'unchanged_long'] }] });
  };
  const setInspector = (index: number, patch: Partial<Inspector>) => setBody({ ...body, inspectors: body.inspectors.map((o, i) => (i === index ? { ...o, ...patch } : o)) });

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      if (data.record) {
        await saveRecord<'inspection_plan'>(data.record.id, data.record.revision, body);
        onSaved('保存しました。');
        return;
      }
      const created = await createRecord('inspection_plan', body);
      navigate(inspectionPath('plans', created.id));
    });

  /** 依頼: creates each office's cases (事例A, 事例B …) addressed to the office, once per office. */
  const request = () =>
    run(async () => {
      const record = data.record;
      if (!record) return;
      const today = tokyoDateOf(new Date());
      let next = data.cases.length;
      let created = 0;
      for (const office of body.offices) {
        const existing = data.cases.filter((c) => c.body.officeNumber === office.officeNumber).length;
        for (let n = existing; n < office.planCount; n++) {
          const caseBody: InspectionCaseRecord = {
            inspectionId: record.id,
            officeNumber: office.officeNumber,
            officeName: office.officeName,
            label: `事例${caseLetter(next++)}`,
            criteria: office.criteria,
            observations: [],
            ...(office.organizationId && !self ? { officeOrganizationId: office.organizationId } : {}),
            ...(office.dueOn ? { dueOn: office.dueOn } : {}),
          };
          await createRecord('inspection_case', caseBody);
          created++;
        }
      }
      const requested = { ...body, offices: body.offices.map((o) => ({ ...o, requestedOn: o.requestedOn ?? today })) };
      await saveRecord<'inspection_plan'>(record.id, record.revision, requested);
      onSaved(created > 0 ? `${created}件の事例を作成し、${self ? '自己点検を始めました' : '事業所に提出を依頼しました'}。` : '依頼済みの事例はそのままです。');
    });

  const unlisted = data.offices.filter((o) => !body.offices.some((p) => p.officeNumber === o.officeNumber));
  return (
    <>
      <div className="editor-card">
        <div className="form-grid">
          <div className="field">
            <label htmlFor="plan-year">年度（西暦）</label>
            <input id="plan-year" inputMode="numeric" value={body.fiscalYear} onChange={(e) => setBody({ ...body, fiscalYear: Number(e.target.value) || 0 })} />
            <span className="field-hint">{body.fiscalYear >= 2019 ? fiscalYearLabel(body.fiscalYear) : ''}</span>
          </div>
          <div className="field">
            <label htmlFor="plan-title-input">点検の名称</label>
            <input id="plan-title-input" value={body.title} onChange={(e) => setBody({ ...body, title: e.target.value })} />
          </div>
        </div>
      </div>
      <h2>点検する事業所と計画</h2>
      {body.offices.length === 0 && <p className="empty-state">事業所を加えてください。</p>}
      {body.offices.map((office, i) => (
        <div key={office.officeNumber} className="editor-card plan-office" data-office-number={office.officeNumber}>
          <h3>
            {office.officeName}（{office.officeNumber}）{!office.organizationId && !self && <span className="tag">気づき未登録（CSVで受け取り）</span>}
            {office.requestedOn && <span className="tag tag-ok">{wareki(office.requestedOn)}に依頼</span>}
          </h3>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`count-${i}`}>点検する計画の数</label>
              <input id={`count-${i}`} inputMode="numeric" value={office.planCount} onChange={(e) => setOffice(i, { planCount: Number(e.target.value) || 0 })} />
            </div>
            <div className="field">
              <label htmlFor={`due-${i}`}>提出期限</label>
              <input id={`due-${i}`} type="date" value={office.dueOn ?? ''} onChange={(e) => setOffice(i, e.target.value ? { dueOn: e.target.value } : { dueOn: undefined })} />
            </div>
          </div>
          <fieldset className="criteria">
            <legend>抽出の観点（観点ごとに無作為に選び、足りない分は無作為に補います）</legend>
            {criterionKeys.map((key) => (
              <label key={key} className="field-checkbox">
                <input
                  type="checkbox"
                  checked={office.criteria.includes(key)}
                  onChange={(e) => setOffice(i, { criteria: e.target.checked ? [...office.criteria, key] : office.criteria.filter((c) => c !== key) })}
                />
                {selectionCriteria[key]}
              </label>
            ))}
          </fieldset>
          {!office.requestedOn && (
            <button type="button" className="button button-secondary button-small" onClick={() => setBody({ ...body, offices: body.offices.filter((_, j) => j !== i) })}>
              この事業所を外す
            </button>
          )}
        </div>
      ))}
      {!self && (
        <div className="editor-card">
          <h3>事業所を加える</h3>
          {unlisted.length > 0 && (
            <p className="button-row">
              {unlisted.map((o) => (
                <button key={o.officeNumber} type="button" className="button button-secondary" onClick={() => addOffice({ officeNumber: o.officeNumber, officeName: o.name, organizationId: o.organizationId })}>
                  ＋ {o.name}
                </button>
              ))}
            </p>
          )}
          <div className="form-grid">
            <div className="field">
              <label htmlFor="manual-number">事業所番号（気づきを使っていない事業所）</label>
              <input id="manual-number" inputMode="numeric" value={manual.officeNumber} onChange={(e) => setManual({ ...manual, officeNumber: e.target.value.trim() })} />
            </div>
            <div className="field">
              <label htmlFor="manual-name">事業所名</label>
              <input id="manual-name" value={manual.officeName} onChange={(e) => setManual({ ...manual, officeName: e.target.value })} />
            </div>
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={!manual.officeNumber || !manual.officeName}
            onClick={() => {
              addOffice(manual);
              setManual({ officeNumber: '', officeName: '' });
            }}
          >
            事業所番号で加える
          </button>
        </div>
      )}
      <h2>点検者</h2>
      {body.inspectors.map((inspector, i) => (
        <div key={i} className="form-grid inspector-row">
          <div className="field">
            <label htmlFor={`inspector-${i}`}>点検者の氏名</label>
            <input id={`inspector-${i}`} value={inspector.name} onChange={(e) => setInspector(i, { name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`inspector-kind-${i}`}>区分</label>
            <select id={`inspector-kind-${i}`} value={inspector.kind} onChange={(e) => setInspector(i, { kind: e.target.value as Inspector['kind'] })}>
              {inspectorKinds.map((k) => (
                <option key={k} value={k}>
                  {inspectorKindLabels[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
      ))}
      <p className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setBody({ ...body, inspectors: [...body.inspectors, { name: '', kind: 'chief_care_manager' }] })}>
          点検者を加える
        </button>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Flash message={flash} />
      <p className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          計画を保存
        </button>
        {data.record && (
          <button type="button" className="button button-primary" disabled={busy || body.offices.length === 0} onClick={() => void request()}>
            {self ? '自己点検を始める' : '事業所に提出を依頼する'}
          </button>
        )}
      </p>
      {data.record && <PlanCases cases={data.cases} />}
    </>
  );
}

function caseLetter(n: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return n < letters.length ? letters[n]! : `${letters[Math.floor(n / letters.length) - 1]!}${letters[n % letters.length]!}`;
}

function PlanCases({ cases }: { cases: RecordView<'inspection_case'>[] }) {
  const [now, setNow] = useState('');
  useEffect(() => setNow(tokyoDateOf(new Date())), []);
  return (
    <section aria-labelledby="cases-title">
      <h2 id="cases-title">事例（{cases.length}件）</h2>
      <StageCounts cases={cases} />
      <table className="data-table inspection-cases">
        <thead>
          <tr>
            <th scope="col">事例</th>
            <th scope="col">事業所</th>
            <th scope="col">段階</th>
            <th scope="col">提出期限</th>
          </tr>
        </thead>
        <tbody>
          {[...cases]
            .sort((a, b) => a.body.label.localeCompare(b.body.label, 'ja'))
            .map((c) => (
              <tr key={c.id} data-case-id={c.id}>
                <td>
                  <Link to={inspectionPath('cases', c.id)}>{c.body.label}</Link>
                </td>
                <td>{c.body.officeName || c.body.officeNumber}</td>
                <td>
                  <StageTag record={c} />
                </td>
                <td>{c.body.dueOn ? `${wareki(c.body.dueOn)}${!c.body.source && now > c.body.dueOn ? '（期限切れ）' : ''}` : '—'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
