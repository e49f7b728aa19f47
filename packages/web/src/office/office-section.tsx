import type { Session } from '../api/endpoints.js';

/** 事業所の運営: the section's pages, chosen by the sub-path of `/office/...`. */
export function OfficeSection({ path, session }: { path: string[]; session: Session }) {
  return (
    <section aria-labelledby="office-title">
      <h1 id="office-title">事業所の運営</h1>
      <p className="muted">{session.organization.name}（{path.join('/')}）</p>
    </section>
  );
}
