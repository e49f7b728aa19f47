import type { Session } from '../api/endpoints.js';
import { mayExchangeCsv } from '../interchange/csv-access.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { mayReadShared } from '../sharing/sharing-api.js';

/** The start page of 保険者 staff: what they can do here today, each a link to it. */
export function InsurerHome({ session }: { session: Session }) {
  const { role } = session.user;
  return (
    <section className="start-page" aria-labelledby="start-title">
      <h1 id="start-title">{session.organization.name}</h1>
      <p className="muted">保険者の職員が使える機能です。</p>
      <ul className="start-tasks">
        {mayExchangeCsv(role) && (
          <li>
            <Link to={routePath({ name: 'csv-audit' })} className="start-task">
              <span className="start-task-title">ケアプラン点検（CSV）</span>
              <span className="start-task-detail">事業所のケアプランデータ連携CSV（ZIP）を、保険者の基本方針で点検します。ファイルは保存しません。</span>
            </Link>
          </li>
        )}
        {mayReadShared(role) && (
          <li>
            <Link to={routePath({ name: 'shared' })} className="start-task">
              <span className="start-task-title">共有された書類</span>
              <span className="start-task-detail">事業所がケアプラン点検のために共有した書類を読みます。</span>
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
