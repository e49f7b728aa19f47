import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { ClientList } from '../components/client-list.js';
import { DashboardPanel } from '../dashboard/dashboard-panel.js';
import { InsurerHome } from './insurer-home.js';
import { startPageOf } from './start-page.js';

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
          <ClientList />
          <DashboardPanel />
        </div>
      );
    case 'office':
      return (
        <div className="home-page">
          <DashboardPanel />
          <ClientList />
        </div>
      );
  }
}
