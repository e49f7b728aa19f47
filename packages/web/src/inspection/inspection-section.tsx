import type { Session } from '../api/endpoints.js';

/** ケアプラン点検: the section's pages, chosen by the sub-path of `/inspection/...`. */
export function InspectionSection({ path, session }: { path: string[]; session: Session }) {
  return (
    <section aria-labelledby="inspection-title">
      <h1 id="inspection-title">ケアプラン点検</h1>
      <p className="muted">{session.organization.name}（{path.join('/')}）</p>
    </section>
  );
}
