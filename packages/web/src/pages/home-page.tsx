import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { ClientList } from '../components/client-list.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { DashboardPanel } from '../dashboard/dashboard-panel.js';
import { mayReadOffice } from '../office/office-api.js';
import { OfficeDuePanel } from '../office/office-due-panel.js';
import { PolicyNotice } from '../policy/policy-notice.js';
import { InsurerHome } from './insurer-home.js';
import { startPageOf } from './start-page.js';

/** ケアプラン点検 addressed to the office (requests, observations to answer) and its 自己点検. */
function InspectionLink() {
  return (
    <p className="home-inspection-link">
      <Link to={routePath({ name: 'inspection', path: [] })}>ケアプラン点検（保険者からの依頼・回答・自己点検） →</Link>
      {' '}
      <Link to={routePath({ name: 'effect', path: ['benefit-review'] })}>給付実績の活用（計画と利用票の突き合わせ） →</Link>
    </p>
  );
}

/**
 * The first page after login, by role: for an office, what is due today and then its clients;
 * for a 地域包括支援センター, its clients first (介護予防支援) and what is due below; for a 保険者,
 * what it can do here.
 */
export function HomePage({ session }: { session: Session }) {
  useEffect(() => {
    document.title = 'ホーム - 気づき';
  }, []);

  const start = startPageOf(session.user.role);
  switch (start) {
    case 'insurer':
      return <InsurerHome session={session} />;
    case 'center':
      return (
        <div className="home-page">
          <PolicyNotice />
          <ClientList />
          <DashboardPanel />
          <p>
            <Link to={routePath({ name: 'region', path: [] })}>地域の社会資源（一覧の更新・CSV取り込み）と不足している資源 →</Link>
          </p>
        </div>
      );
    case 'office':
      return (
        <div className="home-page">
          <PolicyNotice />
          <InspectionLink />
          <DashboardPanel />
          {mayReadOffice(session.user.role, session.organization.kind) && <OfficeDuePanel />}
          <ClientList />
        </div>
      );
  }
}
