import type { Session } from '../api/endpoints.js';

/** 方針の効果: the section's pages, chosen by the sub-path of `/effect/...`. */
export function EffectSection({ path, session }: { path: string[]; session: Session }) {
  return (
    <section aria-labelledby="effect-title">
      <h1 id="effect-title">方針の効果</h1>
      <p className="muted">{session.organization.name}（{path.join('/')}）</p>
    </section>
  );
}
