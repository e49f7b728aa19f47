import { ruleTitles, type ResolvedPolicyPack, type RuleId } from '@kizuki/core';
import { severityLabels } from '../plan/live-audit.js';

const judgementText = { rule: 'ルールで確認', human: '自己点検の問い', both: 'ルールと自己点検の問い' } as const;

/** A version of the policy as a readable page (the docs/policies.md layout): principles, checklist, rules, word lists. */
export function PackView({ pack }: { pack: ResolvedPolicyPack }) {
  const rules = Object.entries(pack.rules) as [RuleId, NonNullable<ResolvedPolicyPack['rules'][RuleId]>][];
  return (
    <article className="pack-view">
      <header>
        <h2>
          {pack.title} <span className="tag">版 {pack.version}</span>
        </h2>
        <p className="muted">
          {pack.source.publisher}「{pack.source.title}」{pack.source.edition ? `（${pack.source.edition}）` : ''}／ 継承: {pack.chain.map((c) => `${c.id} ${c.version}`).join(' ← ')}
        </p>
      </header>
      <section>
        <h3>原則</h3>
        {pack.principles.filter((p) => p.packId === pack.id).map((p) => (
          <div key={p.id} className="pack-item" id={`principle-${p.id}`}>
            <h4>{p.heading}</h4>
            {p.section && <p className="muted">{p.section}</p>}
            <blockquote>{p.text}</blockquote>
            {p.question && <p className="pack-question">問い: {p.question}</p>}
          </div>
        ))}
      </section>
      {pack.checklists.filter((c) => c.packId === pack.id).map((list) => (
        <section key={list.id}>
          <h3>{list.title}</h3>
          <ol className="pack-checklist">
            {list.items.map((item) => (
              <li key={item.id}>
                {item.text}
                <span className="muted">（{judgementText[item.judgement]}{item.rules.length > 0 ? `: ${item.rules.map((r) => ruleTitles[r]).join('、')}` : ''}）</span>
                {item.question && <p className="pack-question">問い: {item.question}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <section>
        <h3>気づきのルール</h3>
        <table className="client-table pack-rules">
          <thead>
            <tr>
              <th scope="col">ルール</th>
              <th scope="col">使う</th>
              <th scope="col">重み</th>
            </tr>
          </thead>
          <tbody>
            {rules.map(([id, rule]) => (
              <tr key={id}>
                <td>
                  {ruleTitles[id]}
                  <br />
                  <span className="muted">{id}</span>
                </td>
                <td>{rule.enabled ? '使う' : '使わない'}</td>
                <td>{severityLabels[rule.severity]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {Object.keys(pack.lexicons).length > 0 && (
        <section>
          <h3>語彙</h3>
          <dl className="pack-lexicons">
            {Object.entries(pack.lexicons).map(([name, words]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{words.join('、')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}
