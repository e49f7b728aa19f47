import type { Session } from '../api/endpoints.js';
import { CasePage } from './case-page.js';
import { InspectionHome } from './inspection-home.js';
import { PlanPage } from './plan-page.js';
import { NewSummaryPage, SummaryPage, SummaryPrintPage } from './summary-page.js';
import './inspection.css';

/**
 * ケアプラン点検: the section's pages, chosen by the sub-path of `/inspection/...`:
 * `/inspection`, `/inspection/plans/new`, `/inspection/plans/:id`, `/inspection/cases/:id`,
 * `/inspection/summaries/new/:fiscalYear`, `/inspection/summaries/:id`, `/inspection/summaries/:id/print`.
 */
export function InspectionSection({ path, session }: { path: string[]; session: Session }) {
  const [page, id, sub] = path;
  if (page === undefined) return <InspectionHome session={session} />;
  if (page === 'plans' && id !== undefined && sub === undefined) return <PlanPage id={id === 'new' ? undefined : id} session={session} />;
  if (page === 'cases' && id !== undefined && sub === undefined) return <CasePage id={id} session={session} />;
  if (page === 'summaries' && id === 'new' && sub !== undefined && path.length === 3) return <NewSummaryPage fiscalYear={Number(sub)} />;
  if (page === 'summaries' && id !== undefined && sub === undefined) return <SummaryPage id={id} session={session} />;
  if (page === 'summaries' && id !== undefined && sub === 'print' && path.length === 3) return <SummaryPrintPage id={id} />;
  return (
    <section aria-labelledby="inspection-missing">
      <h1 id="inspection-missing">ページが見つかりません</h1>
      <p className="muted">ケアプラン点検の「{path.join('/')}」というページはありません。</p>
    </section>
  );
}
