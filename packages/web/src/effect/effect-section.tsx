import type { Session } from '../api/endpoints.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { BenefitReviewPage } from './benefit-review-page.js';
import { mayReadEffectReport, mayReviewBenefitData, maySendAggregates } from './effect-api.js';
import { EffectReportPage } from './effect-report-page.js';
import { OfficeAggregatesPage } from './office-aggregates-page.js';
import './effect.css';

const pages = {
  '': '方針の効果',
  'benefit-review': '給付実績の活用',
} as const;

/** 方針の効果 (`/effect`) and 給付実績の活用 (`/effect/benefit-review`): the page follows the sub-path and the role. */
export function EffectSection({ path, session }: { path: string[]; session: Session }) {
  const { role } = session.user;
  const page = path.length === 0 ? '' : path.length === 1 && path[0] === 'benefit-review' ? 'benefit-review' : undefined;
  const title = page === undefined ? 'ページが見つかりません' : pages[page];
  document.title = `${title} - 気づき`;
  return (
    <section className="effect-page" aria-labelledby="effect-title">
      <h1 id="effect-title">{title}</h1>
      <nav className="effect-tabs" aria-label="方針の効果のページ">
        {(Object.keys(pages) as (keyof typeof pages)[]).map((key) => (
          <Link key={key} to={routePath({ name: 'effect', path: key ? [key] : [] })} aria-current={key === page ? 'page' : undefined}>
            {pages[key]}
          </Link>
        ))}
      </nav>
      {page === undefined && <p>このページはありません。</p>}
      {page === '' &&
        (mayReadEffectReport(role) ? (
          <EffectReportPage />
        ) : maySendAggregates(role) ? (
          <OfficeAggregatesPage />
        ) : (
          <p>方針の効果の集計は、保険者の職員と事業所の管理者が扱います。「給付実績の活用」は利用できます。</p>
        ))}
      {page === 'benefit-review' && (mayReviewBenefitData(role) ? <BenefitReviewPage /> : <p>この機能は事業所または保険者の職員が使えます。</p>)}
    </section>
  );
}
