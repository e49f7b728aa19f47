import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { ResolvedPolicyPack } from '../../../policy/resolve-policy-pack.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.need-not-own-words';

function findings(caseFile: CaseFile, pack: ResolvedPolicyPack = shippedPack('national')) {
  return audit(caseFile, pack, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withNeedText(text: string): CaseFile {
  return aCaseFile().withNeed(text).build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary needs under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), shippedPack(packId))).toEqual([]);
  });

  it('asks for the person’s words, quoting the 本人の意向 of 第1表, with evidence at the need', () => {
    const [finding, ...rest] = findings(anExemplaryCaseFile().withNeed('歩行が不安定で転倒の危険がある').build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'question' });
    expect(finding?.message).toMatch(/^第2表 課題4『歩行が不安定で転倒の危険がある』は、本人の「〜したい」という言葉ではなく/u);
    expect(finding?.message).toMatch(/第1表の本人の意向には「また自分で商店街に買物に行きたい」/u);
    expect(finding?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'text'], label: '第2表 課題4 生活全般の解決すべき課題（ニーズ）', value: '歩行が不安定で転倒の危険がある' },
    ]);
  });

  it('takes its severity from the pack (nemuro raises it to advice)', () => {
    expect(findings(withNeedText('入浴が困難'), shippedPack('nemuro'))[0]?.severity).toBe('advice');
  });

  it('does without the hint when the plan has no 本人の意向', () => {
    expect(findings(withNeedText('入浴が困難'))[0]?.message).not.toMatch(/第1表/u);
  });

  it.each([
    ['「また畑仕事がしたい」（本人）', 0],
    ['お風呂に入りたい', 0],
    ['家で暮らし続けたいです。', 0],
    ['出来るようになりたい', 0],
    ['入浴が困難', 1],
    ['服薬管理ができない', 1],
    ['一人暮らしの継続', 1],
    ['膝が痛い', 1],
  ])('「%s」 → %i finding(s)', (text, count) => {
    expect(findings(withNeedText(text))).toHaveLength(count);
  });

  it('uses only the lexicon when the pack turns grammar off, and rejects invalid params', () => {
    const national = shippedPack('national');
    const setting = national.rules[ruleId]!;
    const lexiconOnly: ResolvedPolicyPack = { ...national, rules: { ...national.rules, [ruleId]: { ...setting, params: { lexicon: 'wishEndings', grammar: false } } } };
    expect(findings(withNeedText('お風呂に入りたい'), lexiconOnly)).toHaveLength(1);
    expect(findings(withNeedText('散歩したい'), lexiconOnly)).toEqual([]);
    const invalid: ResolvedPolicyPack = { ...national, rules: { ...national.rules, [ruleId]: { ...setting, params: { grammar: 'yes' } } } };
    expect(() => findings(withNeedText('入浴が困難'), invalid)).toThrow(/rules\.plan\.need-not-own-words\.params\.grammar/u);
  });

  it('leaves blank needs and cases without a plan alone', () => {
    expect(findings(withNeedText(''))).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
