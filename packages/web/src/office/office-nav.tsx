import { Link } from '../routing/link.js';

const pages = [
  { to: '/office/staff', label: '職員と担当件数' },
  { to: '/office/addition', label: '特定事業所加算' },
  { to: '/office/concentration', label: '集中減算' },
  { to: '/office/notifications', label: '市町村への届出' },
  { to: '/office/training', label: '研修・訓練' },
  { to: '/office/bcp', label: '業務継続計画（BCP）' },
  { to: '/office/practice', label: 'スーパービジョン・自己評価・虐待防止' },
] as const;

/** The section's page links. */
export function OfficeNav({ current }: { current?: string }) {
  return (
    <nav className="office-nav" aria-label="事業所の運営のメニュー">
      <Link to="/office">事業所の運営</Link>
      {pages.map((p) => (
        <Link key={p.to} to={p.to} aria-current={current === p.to ? 'page' : undefined}>
          {p.label}
        </Link>
      ))}
    </nav>
  );
}
