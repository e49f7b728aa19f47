import { useEffect } from 'react';
import { ClientList } from '../components/client-list.js';
import { DashboardPanel } from '../dashboard/dashboard-panel.js';

/** The first page after login: what is due today, then the office's clients. */
export function HomePage() {
  useEffect(() => {
    document.title = 'ホーム - 気づき';
  }, []);

  return (
    <div className="home-page">
      <DashboardPanel />
      <ClientList />
    </div>
  );
}
