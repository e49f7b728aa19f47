import type { ResolvedPolicyPack } from '@kizuki/core';

/** One group of self-check questions: a checklist of the pack, or the questions of its principles. */
export interface SelfCheckGroup {
  id: string;
  title: string;
  questions: Array<{ id: string; question: string; source: string }>;
}

/**
 * 自己点検 questions of a pack: the checklist items that need the care manager's own judgement
 * (human, or both a rule and judgement), then the principles that carry a question. The source's
 * wording goes with each question so it can be read in context.
 */
export function selfCheckGroups(pack: ResolvedPolicyPack): SelfCheckGroup[] {
  const lists = pack.checklists.map((list) => ({
    id: list.id,
    title: list.title,
    questions: list.items.flatMap((item) => (item.judgement !== 'rule' && item.question !== undefined ? [{ id: item.id, question: item.question, source: item.text }] : [])),
  }));
  const principles = {
    id: `${pack.id}.principles`,
    title: '基本方針に照らした問い',
    questions: pack.principles.flatMap((p) => (p.question !== undefined ? [{ id: p.id, question: p.question, source: `${p.heading}: ${p.text}` }] : [])),
  };
  return [...lists, principles].filter((group) => group.questions.length > 0);
}

/** 自己点検 tab of the 気づき panel. */
export function SelfCheck({ pack }: { pack: ResolvedPolicyPack }) {
  const groups = selfCheckGroups(pack);
  if (groups.length === 0) return <p className="empty-state">この方針には自己点検の問いがありません。</p>;
  return (
    <div className="self-check">
      <p className="field-hint">
        {pack.title}（{pack.version}）のうち、介護支援専門員が自分で確かめる問いです。
      </p>
      {groups.map((group) => (
        <section key={group.id} className="self-check-list" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ol>
            {group.questions.map((q) => (
              <li key={q.id} className="self-check-item">
                <p className="self-check-question">{q.question}</p>
                <p className="self-check-source">{q.source}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
