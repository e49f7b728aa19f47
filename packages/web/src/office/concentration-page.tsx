import {
  concentrationOutcomeLabels,
  concentrationReasonKeys,
  concentrationReasons,
  formatWareki,
  judgementPeriodOf,
  previousJudgementPeriod,
  type ConcentrationReasonRecord,
  type ConcentrationReport,
  type OfficeConcentration,
  type ServiceConcentration,
} from '@kizuki/core';
import { useEffect, useState } from 'react';
import { createRecord, fetchRecords } from '../api/records.js';
import { SelectField, TextArea } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { navigate } from '../routing/navigation.js';
import { todayIso } from '../shared/dates.js';
import { fetchOfficeConcentration } from './office-api.js';
import { useLoad } from '../components/use-load.js';
import { OfficeNav } from './office-nav.js';
import { RecordForm } from './record-form.js';
import { PrintToolbar } from './print-toolbar.js';
import { draftFor, ProviderCorporationSection, type CorporationDraft } from './provider-corporations.js';

const pct = (n: number) => `${(Math.floor(n * 1000) / 10).toFixed(1)}%`;

/** The last four 判定期間 up to the current one, newest first. */
function recentPeriods(today: string): string[] {
  const starts = [judgementPeriodOf(today).start];
  while (starts.length < 4) starts.push(previousJudgementPeriod(starts.at(-1)!).start);
  return starts;
}

/** 特定事業所集中減算: shares per service and 法人 over a 判定期間, the 正当な理由, the 法人 of providers, the 判定書. */
export function ConcentrationPage({ manage, periodStart }: { manage: boolean; periodStart: string | undefined }) {
  useEffect(() => {
    document.title = '特定事業所集中減算 - 気づき';
  }, []);
  const period = periodStart ?? previousJudgementPeriod(todayIso()).start;
  const [state, reload] = useLoad((signal) => fetchOfficeConcentration(period, signal), undefined, period);
  return (
    <section className="office-page" aria-labelledby="concentration-title">
      <h1 id="concentration-title">特定事業所集中減算</h1>
      <OfficeNav current="/office/concentration" />
      <div className="office-toolbar">
        <label className="field field-short">
          <span>判定期間</span>
          <select value={period} onChange={(e) => navigate(`/office/concentration/${e.target.value}`)}>
            {recentPeriods(todayIso()).map((start) => {
              const p = judgementPeriodOf(start);
              return (
                <option key={start} value={start}>
                  {p.half === 'first' ? '前期' : '後期'} {formatWareki(p.start)}〜{formatWareki(p.end)}
                </option>
              );
            })}
          </select>
        </label>
        <Link to={`/office/concentration/print/${period}`} className="button button-secondary">
          判定書を印刷
        </Link>
      </div>
      {state.kind === 'loading' && <p className="page-status">読み込んでいます…</p>}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && <ReportView data={state.data} manage={manage} onSaved={reload} />}
    </section>
  );
}

function ReportView({ data, manage, onSaved }: { data: OfficeConcentration; manage: boolean; onSaved: () => void }) {
  const { report } = data;
  const [editing, setEditing] = useState<CorporationDraft | undefined>(undefined);
  const record = (draft: CorporationDraft) => {
    setEditing(draft);
    // The form is under the services; bring it into view.
    requestAnimationFrame(() => document.getElementById('corporation-title')?.scrollIntoView({ block: 'start' }));
  };
  return (
    <>
      <p role="status">
        判定期間 {formatWareki(report.period.start)}〜{formatWareki(report.period.end)}。
        {report.mustSubmit ? <strong>80%を超えたサービスがあります。判定書を{formatWareki(report.deadline)}までに市町村長に提出してください。</strong> : `80%を超えたサービスはありません。判定書は事業所で保存します（期限 ${formatWareki(report.deadline)}）。`}
        {report.reduced && <strong> 正当な理由がなければ、{formatWareki(report.reduction.start)}〜{formatWareki(report.reduction.end)}の居宅介護支援費が減算になります。</strong>}
      </p>
      {report.services.map((s) => (
        <ServiceBlock key={s.serviceCode} service={s} threshold={report.threshold} periodStart={report.period.start} manage={manage} onSaved={onSaved} onRecordCorporation={record} />
      ))}
      <ProviderCorporationSection manage={manage} unrecorded={report.unrecordedProviders} editing={editing} setEditing={setEditing} onSaved={onSaved} />
    </>
  );
}

function ServiceBlock({ service, threshold, periodStart, manage, onSaved, onRecordCorporation }: { service: ServiceConcentration; threshold: number; periodStart: string; manage: boolean; onSaved: () => void; onRecordCorporation: (draft: CorporationDraft) => void }) {
  const over = service.topShare > threshold;
  return (
    <section className="office-service" aria-labelledby={`service-${service.serviceCode}`} data-service={service.serviceCode}>
      <h2 id={`service-${service.serviceCode}`}>
        {service.serviceName}（計画{service.planCount}件） <span className={service.outcome === 'reduced' ? 'tag tag-warn' : 'tag'}>{concentrationOutcomeLabels[service.outcome]}</span>
        {service.near && <span className="tag tag-warn">80%に近づいています（{pct(service.topShare)}）</span>}
      </h2>
      {service.corporations.length === 0 ? (
        <p className="muted">この期間に位置付けた計画はありません。</p>
      ) : (
        <ul className="office-shares">
          {service.corporations.map((c) => (
            <li key={c.key} data-corporation={c.name}>
              <span className="share-bar" style={{ width: `${Math.round(c.share * 100)}%` }} aria-hidden="true" />
              {c.name}: {c.planCount}件（{pct(c.share)}）
              {c.recorded ? (
                <ul className="office-share-offices">
                  {c.offices.map((o) => (
                    <li key={o.key}>
                      {o.name}: {o.planCount}件
                    </li>
                  ))}
                </ul>
              ) : (
                <>
                  {' '}
                  <span className="tag">運営法人の記録なし</span>
                  {manage && (
                    <button type="button" className="button button-secondary button-small" onClick={() => onRecordCorporation(draftFor(providerOf(c.offices[0])))} aria-label={`${providerOf(c.offices[0])?.name ?? c.name}の運営法人を記録`}>
                      運営法人を記録
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {service.near && <p className="office-todo">紹介率最高法人の割合が80%に近づいています。利用者に複数の事業所を紹介し、選んだ理由を支援経過に残してください。</p>}
      {service.reason && <p>正当な理由: {concentrationReasons[service.reason.reason]}</p>}
      {over && !service.reason && manage && <ReasonForm serviceCode={service.serviceCode} periodStart={periodStart} onSaved={onSaved} />}
    </section>
  );
}

/** The 事業所 of a provider row as the form wants it (its name without the number the row adds). */
function providerOf(office: { name: string; officeNumber?: string } | undefined): { name: string; officeNumber?: string } | undefined {
  if (office === undefined) return undefined;
  return office.officeNumber ? { name: office.name.replace(`（${office.officeNumber}）`, ''), officeNumber: office.officeNumber } : { name: office.name };
}

/** How the 判定書 says it counted: by 法人, and which 事業所 counted alone for want of a recorded 法人. */
function countingNote(report: ConcentrationReport): string {
  const alone = report.unrecordedProviders.map((p) => `${p.name}${p.officeNumber ? `（${p.officeNumber}）` : ''}`);
  return `同じ法人が運営する事業所を合わせて、法人ごとに数えています（紹介率最高法人）。${alone.length > 0 ? `運営法人が記録されていない事業所（${alone.join('、')}）は、それぞれを1つの法人として数えています。` : ''}`;
}

function ReasonForm({ serviceCode, periodStart, onSaved }: { serviceCode: string; periodStart: string; onSaved: () => void }) {
  const [body, setBody] = useState<ConcentrationReasonRecord>({ periodStart, serviceCode, reason: 'quality_choice', explanation: '', evidence: '' });
  const set = (patch: Partial<ConcentrationReasonRecord>) => setBody((b) => ({ ...b, ...patch }));
  async function save() {
    await createRecord('concentration_reason', body);
    onSaved();
  }
  return (
    <RecordForm label="正当な理由" save={save} submitLabel="正当な理由を記録">
      <SelectField label="正当な理由" path={['reason', serviceCode, 'reason']} emptyLabel={null} value={body.reason} onChange={(v) => v && set({ reason: v as ConcentrationReasonRecord['reason'] })} options={concentrationReasonKeys.map((k) => ({ value: k, label: concentrationReasons[k] }))} />
      <TextArea label="理由の説明" path={['reason', serviceCode, 'explanation']} required value={body.explanation} onChange={(v) => set({ explanation: v })} />
      <TextArea label="根拠となる資料" path={['reason', serviceCode, 'evidence']} required value={body.evidence} onChange={(v) => set({ evidence: v })} rows={2} />
    </RecordForm>
  );
}

/** 判定書 (A4 portrait): per service, the plans, the 紹介率最高法人 (name, address, its 事業所) and its share, the 正当な理由. */
export function ConcentrationPrint({ periodStart }: { periodStart: string | undefined }) {
  const period = periodStart ?? previousJudgementPeriod(todayIso()).start;
  const [state] = useLoad((signal) => fetchOfficeConcentration(period, signal), undefined, period);
  const [reasons] = useLoad((signal) => fetchRecords('concentration_reason', 'own', signal), undefined, `reasons-${period}`);
  useEffect(() => {
    document.title = '特定事業所集中減算 判定書 - 気づき';
  }, []);
  return (
    <div className="office-print">
      <PrintToolbar back={`/office/concentration/${period}`} label="集中減算に戻る" />
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <article className="office-sheet" aria-label="判定書">
          <h1>居宅介護支援における特定事業所集中減算に係る判定書</h1>
          <table className="office-sheet-table">
            <tbody>
              <tr>
                <th scope="row">事業所名</th>
                <td>{state.data.office.name}</td>
                <th scope="row">事業所番号</th>
                <td>{state.data.office.officeNumber ?? ''}</td>
              </tr>
              <tr>
                <th scope="row">判定期間</th>
                <td colSpan={3}>
                  {formatWareki(state.data.report.period.start)}〜{formatWareki(state.data.report.period.end)}（{state.data.report.period.half === 'first' ? '前期' : '後期'}）
                </td>
              </tr>
              <tr>
                <th scope="row">居宅サービス計画の数</th>
                <td colSpan={3}>{state.data.report.totalPlans}件（判定期間に作成し同意を得た、利用者ごとの最新の計画）</td>
              </tr>
            </tbody>
          </table>
          <table className="office-sheet-table">
            <thead>
              <tr>
                <th scope="col">サービス</th>
                <th scope="col">①位置付けた計画数</th>
                <th scope="col">紹介率最高法人の名称</th>
                <th scope="col">法人の所在地</th>
                <th scope="col">事業所名（事業所番号）</th>
                <th scope="col">②紹介率最高法人の計画数</th>
                <th scope="col">③割合（②÷①）</th>
                <th scope="col">判定</th>
              </tr>
            </thead>
            <tbody>
              {state.data.report.services.map((s) => {
                // Every 法人 sharing the highest count is named (a tie is not broken silently).
                const top = s.corporations.filter((c) => c.planCount === s.corporations[0]?.planCount);
                return (
                  <tr key={s.serviceCode} data-service={s.serviceCode}>
                    <td>{s.serviceName}</td>
                    <td className="numeric">{s.planCount}</td>
                    <td>{top.length === 0 ? '—' : top.map((c) => <div key={c.key}>{c.recorded ? c.name : '（運営法人の記録なし）'}</div>)}</td>
                    <td>{top.map((c) => <div key={c.key}>{c.address ?? ''}</div>)}</td>
                    <td>
                      {top.flatMap((c) =>
                        c.offices.map((o) => (
                          <div key={`${c.key}-${o.key}`}>
                            {o.officeNumber ? o.name : `${o.name}（番号の記載なし）`}
                          </div>
                        )),
                      )}
                    </td>
                    <td className="numeric">{s.corporations[0]?.planCount ?? 0}</td>
                    <td className="numeric">{pct(s.topShare)}</td>
                    <td>{concentrationOutcomeLabels[s.outcome]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2>正当な理由</h2>
          {reasons.kind === 'ready' && reasons.data.filter((r) => r.body.periodStart === period).length > 0 ? (
            <ul>
              {reasons.data
                .filter((r) => r.body.periodStart === period)
                .map((r) => (
                  <li key={r.id}>
                    {state.data.report.services.find((s) => s.serviceCode === r.body.serviceCode)?.serviceName}: {concentrationReasons[r.body.reason]}。{r.body.explanation}（資料: {r.body.evidence}）
                  </li>
                ))}
            </ul>
          ) : (
            <p>なし</p>
          )}
          <p>{countingNote(state.data.report)}</p>
          <p>80%を超えた場合の提出期限: {formatWareki(state.data.report.deadline)}（根拠: 平成27年厚生労働省告示第95号 第83号、留意事項通知）</p>
          <p className="office-sheet-sign">作成日: {formatWareki(todayIso())} 管理者: ＿＿＿＿＿＿＿＿＿＿</p>
        </article>
      )}
    </div>
  );
}
