import { describe, expect, it } from 'vitest';
import { aCaseFile, anExemplaryCaseFile } from '../testing/builders.js';
import { previewPackChange } from './preview-pack-change.js';
import { exemplaryAsOf, shippedPack } from './testing/shipped-packs.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';

const hitachi = shippedPack('hitachi');

function edited(edit: (pack: ResolvedPolicyPack) => void): ResolvedPolicyPack {
  const copy = JSON.parse(JSON.stringify(hitachi)) as ResolvedPolicyPack;
  edit(copy);
  return copy;
}

describe('previewPackChange (気づきの変化のプレビュー)', () => {
  const samples = [anExemplaryCaseFile().build(), aCaseFile().withNeed('安心して暮らす').build()];

  it('shows nothing for an unchanged pack', () => {
    expect(previewPackChange(hitachi, hitachi, samples, exemplaryAsOf)).toMatchObject({ added: 0, removed: 0, reweighted: 0 });
  });

  it('lists the 気づき a rule switched off removes, and a new weight, per sample case file', () => {
    const off = edited((pack) => {
      pack.rules['plan.need-not-own-words'] = { ...pack.rules['plan.need-not-own-words']!, enabled: false };
      pack.rules['plan.overview-missing'] = { ...pack.rules['plan.overview-missing']!, severity: 'advice' };
    });
    const preview = previewPackChange(hitachi, off, samples, exemplaryAsOf);
    expect(preview.caseFiles[0]!.changes).toEqual([]);
    const changes = preview.caseFiles[1]!.changes;
    expect(changes.filter((c) => c.change === 'removed').map((c) => c.ruleId)).toContain('plan.need-not-own-words');
    const overview = changes.filter((c) => c.ruleId === 'plan.overview-missing');
    expect(overview.map((c) => [c.change, c.severity.from, c.severity.to])).toEqual(Array.from({ length: 3 }, () => ['severity', 'standard', 'advice']));
    expect(preview.removed).toBe(1);
    expect(preview.reweighted).toBe(3);
  });
});
