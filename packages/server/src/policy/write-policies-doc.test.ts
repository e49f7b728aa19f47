import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPolicyPacks, orderedPolicyPacks } from './load-packs.js';
import { policiesDocPath, renderPoliciesDoc } from './write-policies-doc.js';

describe('docs/policies.md', () => {
  it('matches a fresh rendering of the policy packs', () => {
    const committed = readFileSync(policiesDocPath, 'utf8');
    const fresh = renderPoliciesDoc();
    if (committed !== fresh) {
      throw new Error('docs/policies.md がポリシーパックと一致しません。`node --import tsx packages/server/src/policy/write-policies-doc.ts` を実行して再生成してください。');
    }
    expect(committed).toBe(fresh);
  });

  it('shows every principle, checklist item and workflow of every pack', () => {
    const doc = renderPoliciesDoc();
    for (const pack of orderedPolicyPacks(getPolicyPacks())) {
      expect(doc).toContain(`| パックID | \`${pack.id}\` |`);
      for (const p of pack.principles) expect(doc).toContain(`\`${p.id}\``);
      for (const item of pack.checklists.flatMap((l) => l.items)) expect(doc).toContain(`（\`${item.id}\`）`);
      for (const w of pack.workflows) expect(doc).toContain(`\`${w.id}\` — 担い手:`);
    }
  });
});
