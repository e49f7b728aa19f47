import type { Session } from '../api/endpoints.js';

/** 基本方針: the section's pages, chosen by the sub-path of `/policy/...`. */
export function PolicySection({ path, session }: { path: string[]; session: Session }) {
  return (
    <section aria-labelledby="policy-title">
      <h1 id="policy-title">基本方針</h1>
      <p className="muted">{session.organization.name}（{path.join('/')}）</p>
    </section>
  );
}
