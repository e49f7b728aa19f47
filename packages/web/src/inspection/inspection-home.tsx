import { fiscalYearLabel, inspectionStage, inspectionStageLabels, type InspectionStage } from '@kizuki/core';
import type { Session } from '../api/endpoints.js';
import { fetchRecords, type RecordView } from '../api/records.js';
import { Link } from '../routing/link.js';
import { wareki } from '../shared/dates.js';
import { inspectionPath } from './inspection-paths.js';
import { mayInspect, mayReply } from './inspection-api.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

const stageOrder = Object.keys(inspectionStageLabels) as InspectionStage[];

/** Counts of cases per stage, in the order of the cycle (only stages with cases). */
export function StageCounts({ cases }: { cases: readonly RecordView<'inspection_case'>[] }) {
  const counts = new Map<InspectionStage, number>();
  for (const c of cases) counts.set(inspectionStage(c.body), (counts.get(inspectionStage(c.body)) ?? 0) + 1);
  return (
    <ul className="stage-counts" aria-label="段階ごとの事例数">
      {stageOrder
        .filter((s) => counts.has(s))
        .map((s) => (
          <li key={s} className={`stage stage-${s}`}>
            {inspectionStageLabels[s]} <strong>{counts.get(s)}</strong>件
          </li>
        ))}
    </ul>
  );
}

export function StageTag({ record }: { record: RecordView<'inspection_case'> }) {
  const stage = inspectionStage(record.body);
  return <span className={`tag stage-tag stage-${stage}`}>{inspectionStageLabels[stage]}</span>;
}

interface HomeData {
  plans: RecordView<'inspection_plan'>[];
  cases: RecordView<'inspection_case'>[];
  summaries: RecordView<'inspection_summary'>[];
}

async function loadHome(signal: AbortSignal, inspector: boolean): Promise<HomeData> {
  const [plans, cases, summaries] = await Promise.all([
    inspector ? fetchRecords('inspection_plan', 'own', signal) : Promise.resolve([]),
    fetchRecords('inspection_case', 'all', signal),
    fetchRecords('inspection_summary', 'all', signal),
  ]);
  return { plans: plans.sort((a, b) => b.body.fiscalYear - a.body.fiscalYear), cases, summaries: summaries.sort((a, b) => b.body.fiscalYear - a.body.fiscalYear) };
}

/** ケアプラン点検のトップ: the year's plans with their cases by stage, the 点検 addressed to the office, the 総評. */
export function InspectionHome({ session }: { session: Session }) {
  const { role } = session.user;
  const inspector = mayInspect(role, session.organization.kind);
  const replier = mayReply(role, session.organization.kind);
  const [state] = useLoad((signal) => loadHome(signal, inspector), undefined, `home-${inspector}`);
  const own = session.organization.id;
  return (
    <section className="inspection-page" aria-labelledby="inspection-title">
      <h1 id="inspection-title">ケアプラン点検</h1>
      <p className="muted">
        {session.organization.kind === 'insurer'
          ? '年度の点検計画を立て、事業所に提出を依頼し、面談と見直しの確認を経て総評にまとめます。'
          : '保険者から依頼された点検への提出と回答、見直しの記録、事業所で行う自己点検です。'}
      </p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          {inspector && (
            <section aria-labelledby="plans-title">
              <h2 id="plans-title">{session.organization.kind === 'insurer' ? '年度の点検計画' : '自己点検'}</h2>
              <p className="button-row">
                <Link to={inspectionPath('plans', 'new')} className="button button-primary">
                  新しい点検計画
                </Link>
              </p>
              {state.data.plans.length === 0 && <p className="empty-state">点検計画はまだありません。</p>}
              {state.data.plans.map((plan) => {
                const cases = state.data.cases.filter((c) => c.body.inspectionId === plan.id && c.ownerOrganizationId === own);
                return (
                  <article key={plan.id} className="list-card inspection-plan-card" data-plan-id={plan.id}>
                    <h3>
                      <Link to={inspectionPath('plans', plan.id)}>
                        {fiscalYearLabel(plan.body.fiscalYear)} {plan.body.title}
                      </Link>
                    </h3>
                    <p className="muted">
                      事業所 {plan.body.offices.length}か所・事例 {cases.length}件
                    </p>
                    <StageCounts cases={cases} />
                  </article>
                );
              })}
            </section>
          )}
          {replier && <ReceivedCases cases={state.data.cases.filter((c) => c.addresseeOrganizationId === own)} />}
          <section aria-labelledby="summaries-title">
            <h2 id="summaries-title">総評</h2>
            {state.data.summaries.length === 0 && <p className="empty-state">総評はまだありません。</p>}
            <ul className="inspection-list">
              {state.data.summaries.map((s) => (
                <li key={s.id}>
                  <Link to={inspectionPath('summaries', s.id)}>{s.body.title}</Link>
                  <span className={`tag${s.body.status === 'published' ? ' tag-ok' : ''}`}>{s.body.status === 'published' ? '公表' : '下書き'}</span>
                </li>
              ))}
            </ul>
            {inspector && state.data.plans.length > 0 && (
              <p className="button-row">
                {[...new Set(state.data.plans.map((p) => p.body.fiscalYear))].map((year) => (
                  <Link key={year} to={inspectionPath('summaries', 'new', String(year))} className="button button-secondary">
                    {fiscalYearLabel(year)}の総評を作成
                  </Link>
                ))}
              </p>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function ReceivedCases({ cases }: { cases: RecordView<'inspection_case'>[] }) {
  return (
    <section aria-labelledby="received-title">
      <h2 id="received-title">保険者からの点検</h2>
      {cases.length === 0 && <p className="empty-state">依頼された点検はありません。</p>}
      {cases.length > 0 && <StageCounts cases={cases} />}
      <ul className="inspection-list">
        {cases.map((c) => (
          <li key={c.id} data-case-id={c.id}>
            <Link to={inspectionPath('cases', c.id)}>{c.body.label}</Link>
            <StageTag record={c} />
            {c.body.dueOn && <span className="muted"> 提出期限 {wareki(c.body.dueOn)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
