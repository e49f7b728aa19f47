import { issueStatuses, issueStatusLabels, type IssueStatus } from '@kizuki/core';
import { useState } from 'react';
import type { Session } from '../api/endpoints.js';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { PrintToolbar } from '../office/print-toolbar.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { fetchCouncilAgenda } from './region-issue-api.js';
import './region-issue.css';

const defaultStatuses: IssueStatus[] = ['identified', 'council', 'developing'];

/**
 * 協議体（ささえあい会議）の資料, A4 portrait: each issue with its statement, category, evidence by
 * quarter, linked meetings (date and kind only), last discussion and status. Built by the server from
 * de-identified records only.
 */
export function CouncilAgendaPage({ session }: { session: Session }) {
  const [statuses, setStatuses] = useState<IssueStatus[]>(defaultStatuses);
  const [state] = useLoad((signal) => fetchCouncilAgenda(statuses, signal), '資料を作れませんでした。', statuses.join(','));
  return (
    <div className="council-agenda">
      <PrintToolbar back={routePath({ name: 'region', path: ['reports'] })} label="集計へ戻る" />
      <fieldset className="agenda-statuses">
        <legend>載せる地域課題の状態</legend>
        {issueStatuses.map((s) => (
          <label key={s} className="issue-status-option">
            <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => setStatuses(e.target.checked ? issueStatuses.filter((x) => x === s || statuses.includes(x)) : statuses.filter((x) => x !== s))} />
            {issueStatusLabels[s]}
          </label>
        ))}
      </fieldset>
      <header className="agenda-head">
        <h2>協議体（ささえあい会議）資料：地域課題と根拠</h2>
        <p>
          {session.organization.name}・作成日 {wareki(state.kind === 'ready' ? state.data.preparedOn : todayIso())}
        </p>
      </header>
      <LoadStatus state={state} />
      {state.kind === 'ready' && state.data.items.length === 0 && <p>載せる地域課題がありません。</p>}
      {state.kind === 'ready' &&
        state.data.items.map((item, n) => (
          <section key={item.id} className="agenda-item" aria-labelledby={`agenda-${item.id}`}>
            <h3 id={`agenda-${item.id}`}>
              {n + 1}. {item.statement}
            </h3>
            <dl className="issue-facts">
              <dt>日常生活圏域</dt>
              <dd>
                {item.area}
                {item.district ? `・${item.district}` : ''}
              </dd>
              <dt>分類</dt>
              <dd>{item.categoryLabel}</dd>
              <dt>状態</dt>
              <dd>
                {item.statusLabel}（{wareki(item.since)}から）
              </dd>
              <dt>根拠</dt>
              <dd>
                不足している資源 {item.evidence.unmetNeeds}件・地域ケア会議 {item.evidence.meetings}件
              </dd>
              {item.meetings.length > 0 && (
                <>
                  <dt>地域ケア会議</dt>
                  <dd>{item.meetings.map((m) => `${wareki(m.heldOn)} ${m.label}`).join('、')}</dd>
                </>
              )}
              {item.lastDiscussion && (
                <>
                  <dt>前回の協議</dt>
                  <dd>
                    {wareki(item.lastDiscussion.heldOn)}
                    {item.lastDiscussion.decisions ? ` 決定: ${item.lastDiscussion.decisions}` : ''}
                    {item.lastDiscussion.nextSteps ? ` 次に: ${item.lastDiscussion.nextSteps}` : ''}
                  </dd>
                </>
              )}
              {item.resources.length > 0 && (
                <>
                  <dt>対応する社会資源</dt>
                  <dd>{item.resources.join('、')}</dd>
                </>
              )}
            </dl>
            {item.evidence.quarters.length > 0 && (
              <table className="client-table agenda-quarters">
                <caption className="visually-hidden">四半期ごとの根拠の件数</caption>
                <thead>
                  <tr>
                    <th scope="col">四半期</th>
                    {item.evidence.quarters.map((q) => (
                      <th key={q.key} scope="col">
                        {q.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">不足している資源</th>
                    {item.evidence.quarters.map((q) => (
                      <td key={q.key} className="number">
                        {q.unmetNeeds}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">地域ケア会議</th>
                    {item.evidence.quarters.map((q) => (
                      <td key={q.key} className="number">
                        {q.meetings}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            )}
          </section>
        ))}
    </div>
  );
}
