import { mayConfirmDelegation } from '../prevention/prevention-api.js';
import { roleLabels } from '@kizuki/core';
import { mayReadAccessLog } from '../admin/access-log-access.js';
import type { Session } from '../api/endpoints.js';
import { mayReadEffectReport, maySendAggregates } from '../effect/effect-api.js';
import { mayInspect } from '../inspection/inspection-api.js';
import { mayExchangeCsv } from '../interchange/csv-access.js';
import { mayReadOffice } from '../office/office-api.js';
import { Link } from '../routing/link.js';
import { mayAcknowledgePolicy, mayPublishPolicy } from '../policy/policy-api.js';
import { mayReadShared, mayShare } from '../sharing/sharing-api.js';
import { routePath } from '../routing/routes.js';

interface AppHeaderProps {
  session: Session;
  loggingOut: boolean;
  onLogout: () => void;
}

/** The bar on every signed-in page: who is working, for which organization, and the way out. */
export function AppHeader({ session, loggingOut, onLogout }: AppHeaderProps) {
  const { user, organization } = session;
  return (
    <header className="app-header">
      <Link to="/" className="app-brand" aria-label="気づき ホーム">
        <span className="brand-ja">気づき</span>
        <span className="brand-en">Kizuki</span>
      </Link>
      <nav className="app-nav" aria-label="メニュー">
        {mayExchangeCsv(user.role) && (
          <>
            <Link to={routePath({ name: 'csv-import' })}>CSV取り込み</Link>
            <Link to={routePath({ name: 'csv-audit' })}>ケアプラン点検（CSV）</Link>
          </>
        )}
        {mayShare(user.role, organization.kind) && <Link to={routePath({ name: 'grants' })}>共有</Link>}
        {mayReadShared(user.role) && <Link to={routePath({ name: 'shared' })}>共有された書類</Link>}
        {(mayPublishPolicy(user.role) || mayAcknowledgePolicy(user.role)) && <Link to={routePath({ name: 'policy', path: [] })}>基本方針</Link>}
        {mayInspect(user.role, organization.kind) && <Link to={routePath({ name: 'inspection', path: [] })}>ケアプラン点検</Link>}
        {mayReadOffice(user.role, organization.kind) && <Link to={routePath({ name: 'office', path: [] })}>事業所の運営</Link>}
        {(mayReadEffectReport(user.role) || maySendAggregates(user.role)) && <Link to={routePath({ name: 'effect', path: [] })}>方針の効果</Link>}
        <Link to={routePath({ name: 'region', path: [] })}>地域</Link>
        {mayConfirmDelegation(user.role, organization.kind) && <Link to={routePath({ name: 'prevention', path: [] })}>委託状況</Link>}
        {mayReadAccessLog(user.role) && <Link to={routePath({ name: 'access-log' })}>閲覧記録</Link>}
      </nav>
      <div className="app-user">
        <div className="app-user-text">
          <span className="app-org">{organization.name}</span>
          <span>
            <Link to={routePath({ name: 'account' })} className="app-user-name" aria-label={`${user.displayName}（アカウント）`}>
              {user.displayName}
            </Link>
            <span className="role-badge">{roleLabels[user.role]}</span>
          </span>
        </div>
        <button type="button" className="button button-secondary" onClick={onLogout} disabled={loggingOut}>
          {loggingOut ? 'ログアウトしています…' : 'ログアウト'}
        </button>
      </div>
    </header>
  );
}
