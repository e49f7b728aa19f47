import { addDays, bcpTemplates, formatWareki, warekiMonth, type OfficeDue } from '@kizuki/core';
import { Link } from '../routing/link.js';
import { fetchOfficeDue } from './office-api.js';
import { useLoad } from '../components/use-load.js';

const whatLabels = { card: '介護支援専門員証の有効期間', chief: '主任介護支援専門員の更新期限' } as const;

function daysText(days: number): string {
  return days < 0 ? `${-days}日過ぎています` : days === 0 ? '今日まで' : `あと${days}日`;
}

/** What the office must do soon: yearly trainings and drills, renewals, the 判定書, BCP sections. */
export function OfficeDuePanel() {
  const [state] = useLoad((signal) => fetchOfficeDue(signal), undefined, 'due');
  if (state.kind === 'loading') return <p className="page-status">期限を読み込んでいます…</p>;
  if (state.kind === 'failed')
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  return <DueCards due={state.data} />;
}

function DueCards({ due }: { due: OfficeDue }) {
  const trainings = due.trainings.filter((t) => t.overdue || t.dueOn <= addDays(due.asOf, 60));
  const pendingHires = due.newHires.filter((h) => h.doneOn === undefined);
  const reviews = due.bcpReviews.filter((r) => r.overdue || r.dueOn <= addDays(due.asOf, 60));
  const c = due.concentration;
  return (
    <section className="office-due" aria-labelledby="office-due-title">
      <h2 id="office-due-title">事業所の期限（{formatWareki(due.asOf)}現在）</h2>
      <div className="due-grid">
        <section className="due-card" aria-labelledby="due-training">
          <h3 id="due-training" className="due-title">
            研修・訓練 <span className={trainings.length > 0 ? 'due-count due-count-active' : 'due-count'}>{trainings.length}件</span>
          </h3>
          <ul className="due-list">
            {due.trainings.map((t) => (
              <li key={t.topic} className={t.overdue ? 'office-overdue' : undefined}>
                <Link to="/office/training">{t.label}</Link>: {t.lastDate ? `前回 ${formatWareki(t.lastDate)}、` : '記録なし、'}
                {t.overdue ? <strong>期限切れ（{formatWareki(t.dueOn)}まで）</strong> : `次回 ${formatWareki(t.dueOn)}まで`}
              </li>
            ))}
          </ul>
        </section>
        <section className="due-card" aria-labelledby="due-training-plan">
          <h3 id="due-training-plan" className="due-title">
            研修計画の予定 <span className={due.plannedTrainings.length > 0 ? 'due-count due-count-active' : 'due-count'}>{due.plannedTrainings.length}件</span>
          </h3>
          {due.plannedTrainings.length === 0 ? (
            <p className="muted">今月の予定と遅れている研修はありません。</p>
          ) : (
            <ul className="due-list">
              {due.plannedTrainings.map((p) => (
                <li key={`${p.staffId}-${p.plannedMonth}-${p.title}`} className={p.overdue ? 'office-overdue' : undefined} data-planned-due={p.name}>
                  <Link to="/office/training">{p.name}</Link>: 『{p.title}』（{warekiMonth(p.plannedMonth)}予定）{p.overdue ? <strong>{p.failing ? '記録がありません（特定事業所加算イ(6)を満たしません）' : '記録がありません'}</strong> : '今月実施'}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="due-card" aria-labelledby="due-new-hire">
          <h3 id="due-new-hire" className="due-title">
            採用時研修 <span className={pendingHires.length > 0 ? 'due-count due-count-active' : 'due-count'}>{pendingHires.length}件</span>
          </h3>
          {due.newHires.length === 0 ? (
            <p className="muted">この1年に採用した職員はいません。</p>
          ) : (
            <ul className="due-list">
              {due.newHires.map((h) => (
                <li key={h.staffId} className={h.overdue ? 'office-overdue' : undefined} data-new-hire={h.name}>
                  <Link to="/office/training">{h.name}</Link>（採用 {formatWareki(h.hiredOn)}）:{' '}
                  {h.doneOn ? `${formatWareki(h.doneOn)}に実施済み` : h.overdue ? <strong>期限切れ（{formatWareki(h.dueOn)}まで）</strong> : `${formatWareki(h.dueOn)}までに実施`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="due-card" aria-labelledby="due-qualification">
          <h3 id="due-qualification" className="due-title">
            資格の更新 <span className={due.qualifications.length > 0 ? 'due-count due-count-active' : 'due-count'}>{due.qualifications.length}件</span>
          </h3>
          {due.qualifications.length === 0 ? (
            <p className="muted">期限の近い資格はありません。</p>
          ) : (
            <ul className="due-list">
              {due.qualifications.map((q) => (
                <li key={`${q.staffId}-${q.what}`} className={q.daysLeft < 0 ? 'office-overdue' : undefined}>
                  <Link to="/office/staff">{q.name}</Link>: {whatLabels[q.what]} {formatWareki(q.validUntil)}（{daysText(q.daysLeft)}）
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="due-card" aria-labelledby="due-concentration">
          <h3 id="due-concentration" className="due-title">
            集中減算の判定
          </h3>
          <p>
            <Link to={`/office/concentration/${c.periodStart}`}>
              判定期間 {formatWareki(c.periodStart)}〜{formatWareki(c.periodEnd)}
            </Link>
            : {c.mustSubmit ? <strong>80%を超えたサービスがあります。判定書を{formatWareki(c.deadline)}までに提出してください。</strong> : `80%を超えたサービスはありません（判定書は事業所で保存。提出期限 ${formatWareki(c.deadline)}）。`}
            {c.reduced && <strong> 正当な理由が記録されていないサービスがあります。</strong>}
          </p>
        </section>
        <section className="due-card" aria-labelledby="due-bcp">
          <h3 id="due-bcp" className="due-title">
            業務継続計画（BCP） <span className={due.bcp.length + reviews.length > 0 ? 'due-count due-count-active' : 'due-count'}>{due.bcp.length + reviews.length}件</span>
          </h3>
          <ul className="due-list">
            {due.bcpReviews.map((r) => (
              <li key={r.recordId} className={r.overdue ? 'office-overdue' : undefined} data-bcp-review={r.type}>
                <Link to={`/office/bcp/${r.recordId}`}>{bcpTemplates[r.type].label}の見直し</Link>: {r.reviewed ? `前回 ${formatWareki(r.lastOn)}、` : `作成 ${formatWareki(r.lastOn)}、見直しの記録なし、`}
                {r.overdue ? <strong>期限切れ（{formatWareki(r.dueOn)}まで）</strong> : `次回 ${formatWareki(r.dueOn)}まで`}
              </li>
            ))}
          </ul>
          {due.bcp.length === 0 ? (
            <p className="muted">感染症・災害の計画がそろっています。</p>
          ) : (
            <ul className="due-list">
              {due.bcp.map((b) => (
                <li key={b.type} className="office-overdue">
                  <Link to={b.recordId ? `/office/bcp/${b.recordId}` : '/office/bcp'}>{bcpTemplates[b.type].label}</Link>: {b.recordId ? `未記入の項目: ${b.missingSections.join('、')}` : 'まだ作成されていません'}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
