import type { Session } from '../api/endpoints.js';

/** 地域: the section's pages, chosen by the sub-path of `/region/...`. */
export function RegionSection({ path, session }: { path: string[]; session: Session }) {
  return (
    <section aria-labelledby="region-title">
      <h1 id="region-title">地域</h1>
      <p className="muted">{session.organization.name}（{path.join('/')}）</p>
    </section>
  );
}
