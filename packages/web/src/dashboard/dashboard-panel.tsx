import { monthSpanText, type CertificationEndingItem, type Dashboard, type MonitoringDueItem } from '@kizuki/core';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { fetchDashboard } from '../api/dashboard.js';
import { Link } from '../routing/link.js';
import { clientTabPath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';

type PanelState = { kind: 'loading' } | { kind: 'loaded'; dashboard: Dashboard } | { kind: 'failed'; message: string };

const waitingLabels = { meeting: 'サービス担当者会議の開催待ち', consent: '説明・同意待ち', delivery: '交付待ち', renewal_meeting: '認定の更新・変更後のサービス担当者会議が未開催' } as const;
const reassessmentLabels = { new: '初回のアセスメントが未実施', renewal: '認定更新後の再アセスメントが未実施', level_change: '区分変更後の再アセスメントが未実施' } as const;
const severityLabels = { standard: '基準', advice: '助言', question: '問い' } as const;

/** What is due for one client, in the rhythm of the client's pack. */
function monitoringText(item: MonitoringDueItem): string {
  const type = item.careManagementType ? `類型${item.careManagementType}` : undefined;
  const parts: string[] = [];
  if (item.plannedOn !== undefined) parts.push(`計画で定めた時期（${wareki(item.plannedOn)}）のモニタリングが未記録${type ? `（${type}）` : ''}`);
  else if (item.due !== undefined) {
    const rhythm = [item.intervalMonths === undefined || item.intervalMonths === 1 ? '毎月' : `${item.intervalMonths}か月に1回`, ...(type ? [type] : [])].join('・');
    parts.push(`${monthSpanText(item.due)}のモニタリングが未記録（${rhythm}）`);
  }
  if (item.missed.length > 0 && item.plannedOn === undefined) parts.push(`記録のない期間: ${item.missed.map(monthSpanText).join('、')}`);
  return `${parts.join('・')}${item.lastMonitoringDate ? `（前回 ${wareki(item.lastMonitoringDate)}）` : '（記録なし）'}`;
}

function renewalText(item: CertificationEndingItem): string {
  if (item.renewalApplied) return '・更新申請中';
  return item.renewalUnderWay ? '・更新の準備の記録あり' : '・更新申請の記録なし';
}

/** A long list shows this many items until the user asks for all. */
const shortListLength = 6;

/**
 * A card of the dashboard. `title` is given in phrases: a narrow card breaks the title only
 * between them (「認定有効期間の／終了が近い」), never inside a word.
 */
function DueSection({ id, title, count, empty, children }: { id: string; title: readonly string[]; count: number; empty: string; children: ReactNode[] }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? children : children.slice(0, shortListLength);
  return (
    <section className="due-card" aria-labelledby={id}>
      <h2 id={id}>
        <span className="due-title">
          {title.map((phrase, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              {phrase}
            </Fragment>
          ))}
        </span>
        <span className={count > 0 ? 'due-count due-count-active' : 'due-count'}>{count}件</span>
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="due-list">{shown}</ul>}
      {children.length > shortListLength && (
        <button type="button" className="button button-secondary button-small" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? '少なく表示' : `すべて表示（${children.length}件）`}
        </button>
      )}
    </section>
  );
}

function DueItem({ to, name, children }: { to: string; name: string; children: ReactNode }) {
  return (
    <li>
      <Link to={to} className="due-link">
        <span className="due-name">{name}</span>
        <span className="due-detail">{children}</span>
      </Link>
    </li>
  );
}

/** ダッシュボード: what needs doing today, each item a link to the place to do it. */
export function DashboardPanel() {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchDashboard(controller.signal).then(
      (dashboard) => setState({ kind: 'loaded', dashboard }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '今日の予定を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  if (state.kind === 'loading') return <p className="empty-state">今日の予定を読み込んでいます…</p>;
  if (state.kind === 'failed') {
    return (
      <div className="form-error" role="alert">
        <p>{state.message}</p>
        <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
          もう一度読み込む
        </button>
      </div>
    );
  }
  const d = state.dashboard;
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="dashboard-head">
        <h1 id="dashboard-title">今日の確認事項</h1>
        <p className="muted">{wareki(d.asOf)}現在</p>
      </div>
      <div className="due-grid">
        <DueSection id="due-monitoring" title={['モニタリング', '未実施']} count={d.monitoringDue.length} empty="期限の来たモニタリングはすべて記録済みです。">
          {d.monitoringDue.map((item) => (
            <DueItem key={item.clientId} to={clientTabPath(item.clientId, 'monitoring')} name={item.name}>
              {monitoringText(item)}
            </DueItem>
          ))}
        </DueSection>
        <DueSection id="due-certification" title={['認定有効期間の', '終了が近い']} count={d.certificationsEnding.length} empty="終了の近い認定はありません。">
          {d.certificationsEnding.map((item) => (
            <DueItem key={item.clientId} to={clientTabPath(item.clientId, 'certification')} name={item.name}>
              {item.careLevel ?? ''} {wareki(item.validTo)}まで
              {item.daysLeft >= 0 ? `（あと${item.daysLeft}日）` : `（${-item.daysLeft}日前に終了）`}
              {renewalText(item)}
            </DueItem>
          ))}
        </DueSection>
        <DueSection id="due-plans" title={['会議・', '同意・', '交付待ちの', '計画']} count={d.plansWaiting.length} empty="手続き待ちの計画はありません。">
          {d.plansWaiting.map((item) => (
            <DueItem key={`${item.planId}-${item.waitingFor}`} to={clientTabPath(item.clientId, item.planKind === 'care_plan' ? 'care-plan' : 'prevention')} name={item.name}>
              {item.planKind === 'care_plan' ? '居宅サービス計画' : '介護予防サービス・支援計画書'}
              {item.planDate ? `（${wareki(item.planDate)}）` : ''}: {waitingLabels[item.waitingFor]}
              {item.certifiedOn ? `（認定日 ${wareki(item.certifiedOn)}）` : ''}
            </DueItem>
          ))}
        </DueSection>
        <DueSection id="due-reassessment" title={['再アセスメント']} count={d.reassessmentsDue.length} empty="認定の更新・変更後のアセスメントはすべて済んでいます。">
          {d.reassessmentsDue.map((item) => (
            <DueItem key={item.clientId} to={clientTabPath(item.clientId, 'assessment')} name={item.name}>
              {reassessmentLabels[item.reason]}
              {item.lastAssessmentDate ? `（前回 ${wareki(item.lastAssessmentDate)}）` : ''}
            </DueItem>
          ))}
        </DueSection>
        <DueSection id="due-findings" title={['気づき', '（利用者別）']} count={d.findings.length} empty="いま気づきのある利用者はいません。">
          {d.findings.map((item) => (
            <DueItem key={item.clientId} to={clientTabPath(item.clientId, 'care-plan')} name={item.name}>
              {item.count}件
              {(['standard', 'advice', 'question'] as const)
                .filter((s) => item.bySeverity[s] > 0)
                .map((s) => `・${severityLabels[s]}${item.bySeverity[s]}`)
                .join('')}
              {item.top[0] ? `: ${item.top[0].message}` : ''}
            </DueItem>
          ))}
        </DueSection>
      </div>
      {d.unreadableClients.length > 0 && (
        <p className="form-error" role="alert">
          書類を読み取れない利用者がいます: {d.unreadableClients.map((c) => c.name).join('、')}
        </p>
      )}
    </section>
  );
}
