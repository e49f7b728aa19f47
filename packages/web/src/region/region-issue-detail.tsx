import { ageBandLabels, issueStatusLabels, meetingFunctionLabels, resourceKindLabels } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { Flash, LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchIssueRegister, mayEditIssues } from './region-issue-api.js';
import { DiscussionForm, StatusChange } from './region-issue-actions.js';
import { QuarterBarChart } from './region-report-chart.js';
import { useRegionRecords } from './use-region-records.js';
import './region-issue.css';

/** One 地域課題: its evidence by quarter, status history, the 協議体's discussions and the resources created. */
export function RegionIssueDetail({ id, session }: { id: string; session: Session }) {
  const [register, reload] = useLoad((signal) => fetchIssueRegister(signal), '地域課題を読み込めませんでした。');
  const unmet = useRegionRecords('region_unmet_need');
  const resources = useRegionRecords('region_resource');
  const [flash, setFlash] = useState<string | undefined>();
  const back = (
    <p>
      <Link to={routePath({ name: 'region', path: ['issues'] })}>地域課題の一覧へ</Link>
    </p>
  );
  if (register.kind !== 'ready') return <>{back}<LoadStatus state={register} /></>;
  const entry = register.data.issues.find((e) => e.record.id === id);
  if (!entry) return <>{back}<p className="form-error" role="alert">地域課題が見つかりません。</p></>;
  const { record, evidence } = entry;
  const issue = record.body;
  const own = record.ownerOrganizationId === session.organization.id && mayEditIssues(session.user.role, session.organization.kind);
  const needs = unmet.state.kind === 'ready' ? unmet.state.data.filter((n) => issue.unmetNeedIds.includes(n.id)) : [];
  const linkedResources = resources.state.kind === 'ready' ? resources.state.data.filter((r) => issue.resourceIds.includes(r.id) || r.body.createdForIssueId === record.id) : [];
  const saved = (message: string) => {
    setFlash(message);
    reload();
    resources.reload();
  };

  return (
    <article className="issue-detail" aria-labelledby="issue-title">
      {back}
      <Flash message={flash} />
      <h2 id="issue-title">{issue.statement}</h2>
      <dl className="issue-facts">
        <dt>状態</dt>
        <dd>
          <span className={`issue-status issue-status-${issue.status}`} data-testid="issue-status">
            {issueStatusLabels[issue.status]}
          </span>
          （{wareki(issue.history.at(-1)?.on)}から）
        </dd>
        <dt>日常生活圏域</dt>
        <dd>
          {issue.area}
          {issue.district ? `・${issue.district}` : ''}
        </dd>
        <dt>分類</dt>
        <dd>{meetingFunctionLabels[issue.category]}</dd>
        <dt>記録している組織</dt>
        <dd>{record.ownerOrganizationId === session.organization.id ? '自組織' : '管内の他の組織'}（最終更新 {record.authorName ?? ''} {wareki(record.savedAt.slice(0, 10))}）</dd>
        {issue.resolution && (
          <>
            <dt>解決・施策化の内容</dt>
            <dd>{issue.resolution}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="issue-evidence-title">
        <h3 id="issue-evidence-title">根拠</h3>
        <p>
          不足している資源 <strong data-testid="issue-detail-unmet">{evidence.unmetNeeds}</strong>件・地域ケア会議 <strong>{evidence.meetings}</strong>件
          {evidence.unreadable > 0 && <span className="muted">（ほかに読めない記録 {evidence.unreadable}件）</span>}
        </p>
        {evidence.quarters.length > 0 && (
          <QuarterBarChart
            title="四半期ごとの根拠の件数"
            quarters={evidence.quarters.map((q) => q.label)}
            series={[
              { label: '不足している資源', values: evidence.quarters.map((q) => q.unmetNeeds) },
              { label: '地域ケア会議', values: evidence.quarters.map((q) => q.meetings) },
            ]}
          />
        )}
        {needs.length > 0 && (
          <table className="client-table">
            <caption>結び付けた「不足している資源」</caption>
            <thead>
              <tr>
                <th scope="col">記録日</th>
                <th scope="col">圏域・地区</th>
                <th scope="col">必要だった支援</th>
                <th scope="col">種別</th>
                <th scope="col">誰に</th>
              </tr>
            </thead>
            <tbody>
              {needs.map((n) => (
                <tr key={n.id}>
                  <td>{wareki(n.body.recordedOn)}</td>
                  <td>
                    {n.body.area}
                    {n.body.district ? `・${n.body.district}` : ''}
                  </td>
                  <td>{n.body.need}</td>
                  <td>{n.body.wantedKind ? resourceKindLabels[n.body.wantedKind] : '—'}</td>
                  <td>
                    {n.body.ageBand ? ageBandLabels[n.body.ageBand] : '—'} {n.body.careLevel ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {issue.meetingLinks.length > 0 && (
          <>
            <h4>結び付けた地域ケア会議の候補</h4>
            <ul>
              {issue.meetingLinks.map((l) => (
                <li key={`${l.recordId}-${l.statement ?? ''}`}>
                  {wareki(l.heldOn)} {l.meetingLabel}
                  {l.statement ? `：${l.statement}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="issue-resources-title">
        <h3 id="issue-resources-title">対応する社会資源</h3>
        {linkedResources.length === 0 ? (
          <p className="muted">まだありません。</p>
        ) : (
          <ul data-testid="issue-resources">
            {linkedResources.map((r) => (
              <li key={r.id}>
                {r.ownerOrganizationId === session.organization.id ? <Link to={routePath({ name: 'region', path: ['resources', r.id] })}>{r.body.name}</Link> : r.body.name}（{resourceKindLabels[r.body.kind]}・{r.body.district ?? r.body.area}）
                {!issue.resourceIds.includes(r.id) && <span className="muted">（この課題のために登録・まだ結び付けていません）</span>}
              </li>
            ))}
          </ul>
        )}
        {own && issue.status === 'developing' && (
          <Link className="button button-secondary" to={routePath({ name: 'region', path: ['issues', record.id, 'resource'] })}>
            新しい社会資源を登録
          </Link>
        )}
      </section>

      {own && <StatusChange record={record} createdResources={linkedResources.filter((r) => !issue.resourceIds.includes(r.id))} onSaved={saved} />}

      <section aria-labelledby="issue-discussions-title">
        <h3 id="issue-discussions-title">協議体（ささえあい会議）での協議</h3>
        {issue.discussions.length === 0 && <p className="muted">まだ協議していません。</p>}
        <ol className="issue-discussions">
          {issue.discussions.map((d, i) => (
            <li key={`${d.heldOn}-${i}`}>
              <p>
                <strong>{wareki(d.heldOn)}</strong> 出席: {d.attendees.join('、')}
              </p>
              <p>{d.discussed}</p>
              {d.decisions && <p>決まったこと: {d.decisions}</p>}
              {d.nextSteps && <p>次にすること: {d.nextSteps}</p>}
            </li>
          ))}
        </ol>
        {own && <DiscussionForm record={record} onSaved={saved} />}
      </section>

      <section aria-labelledby="issue-history-title">
        <h3 id="issue-history-title">状態の履歴</h3>
        <ol className="issue-history">
          {issue.history.map((h, i) => (
            <li key={`${h.on}-${i}`}>
              {wareki(h.on)} {issueStatusLabels[h.status]}
              {h.note ? `：${h.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
