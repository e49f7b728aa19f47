import { useEffect } from 'react';
import type { Session } from '../api/endpoints.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { RegionMap } from './region-map.js';
import { ResourceDirectory } from './resource-directory.js';
import { ResourceEditPage } from './resource-form.js';
import { UnmetNeedsPage } from './unmet-needs-page.js';
import { MeetingSection } from './meeting-section.js';
import { RegionIssueSection } from './region-issue-section.js';
import './region.css';

const tabs = [
  { path: [] as string[], label: '社会資源', title: '社会資源' },
  { path: ['map'], label: '地図（圏域別）', title: '地域の地図' },
  { path: ['unmet'], label: '不足している資源', title: '不足している社会資源' },
  { path: ['meetings'], label: '地域ケア会議', title: '地域ケア会議' },
  { path: ['issues'], label: '地域課題', title: '地域課題' },
  { path: ['reports'], label: '集計・協議体の資料', title: '地域の集計' },
];

/** 地域: the section's pages, chosen by the sub-path of `/region/...`. */
export function RegionSection({ path, session }: { path: string[]; session: Session }) {
  const [first, second] = path;
  const current = tabs.find((t) => (t.path[0] ?? '') === (first ?? '')) ?? tabs[0];
  useEffect(() => {
    document.title = `${first === 'resources' ? '社会資源' : (current?.title ?? '地域')} - 気づき`;
  }, [current, first]);
  return (
    <section className="region-page" aria-labelledby="region-title">
      <h1 id="region-title">地域</h1>
      <nav className="region-tabs" aria-label="地域のページ">
        {tabs.map((t) => (
          <Link key={t.label} to={routePath({ name: 'region', path: t.path })} aria-current={t === current && first !== 'resources' ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      {first === 'resources' && second !== undefined ? (
        <ResourceEditPage id={second} session={session} />
      ) : first === 'map' ? (
        <RegionMap session={session} />
      ) : first === 'meetings' ? (
        <MeetingSection path={path.slice(1)} session={session} />
      ) : first === 'issues' || first === 'reports' ? (
        <RegionIssueSection path={path} session={session} />
      ) : first === 'unmet' ? (
        <UnmetNeedsPage session={session} />
      ) : (
        <ResourceDirectory session={session} />
      )}
    </section>
  );
}
