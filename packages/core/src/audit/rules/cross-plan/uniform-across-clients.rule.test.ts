import { describe, expect, it } from 'vitest';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit, auditMany } from '../../audit.js';
import { auditedPlan } from '../../audit-context.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';
import { planFingerprint, uniformAcrossClientsRule } from './uniform-across-clients.rule.js';

const ruleId = 'plan.uniform-across-clients';

const wishes = ['商店街に買物に行きたい', 'お風呂に安心して入りたい', '友人とお茶を飲みに出かけたい', '畑で野菜を育て続けたい', '孫の結婚式に出席したい', '台所に立って料理を続けたい', '公民館の体操教室に通いたい'];
const places = ['近所の公園', 'スーパー', '公民館', '駅前の商店街', '郵便局', '神社', '図書館'];
const aids = ['杖', '歩行器', 'シルバーカー', '手すり'];

/** A fictional client with a plan of two needs chosen by `seed`. */
function client(seed: number, name = `架空 利用者${seed}`): CaseFile {
  const builder = aCaseFile().withClient({ id: `client-${seed}`, name, insuredNumber: String(1000000000 + seed) }).withPlan({ id: `plan-${seed}`, status: 'active', planDate: '2025-04-01' });
  for (const k of [0, 1]) {
    const i = seed * 2 + k;
    builder.withNeed(wishes[i % wishes.length]!, {
      longTermGoal: `${aids[i % aids.length]}を使って${places[(i * 3) % places.length]}まで${10 + (i % 20)}分歩ける`,
      shortTermGoal: `週${1 + (i % 4)}回、${places[(i * 5 + 1) % places.length]}で${5 + (i % 11)}分過ごせる`,
    });
  }
  return builder.build();
}

/** A copy of another client's plan, with one number of one goal edited. */
function copyOf(caseFile: CaseFile, seed: number, name: string): CaseFile {
  return aCaseFile()
    .withClient({ id: `client-${seed}`, name, insuredNumber: String(1000000000 + seed) })
    .mutate((c) => {
      const plan = JSON.parse(JSON.stringify(caseFile.carePlans[0]!)) as CarePlan;
      plan.id = `plan-${seed}`;
      plan.needs[1]!.longTermGoals[0]!.shortTermGoals[0]!.text = plan.needs[1]!.longTermGoals[0]!.shortTermGoals[0]!.text!.replace(/\d+分/u, '45分');
      c.carePlans = [plan];
    })
    .build();
}

function findingsOf(caseFiles: CaseFile[], pack = 'national') {
  return auditMany(caseFiles, shippedPack(pack), { asOf: exemplaryAsOf }).results.map((r) => r.findings.filter((f) => f.ruleId === ruleId));
}

describe('plan.uniform-across-clients', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(audit(anExemplaryCaseFile().build(), shippedPack(pack), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  });

  it('finds near-duplicate plans among distinct ones and names the other clients', () => {
    const distinct = Array.from({ length: 30 }, (_, i) => client(i));
    const files = [...distinct, copyOf(distinct[4]!, 100, '架空 花子'), copyOf(distinct[4]!, 101, '架空 松子')];
    const results = findingsOf(files);
    const flagged = results.flatMap((list, i) => (list.length > 0 ? [i] : []));
    expect(flagged).toEqual([4, 30, 31]);
    const [finding] = results[30]!;
    expect(finding?.severity).toBe('question');
    // The two copies carry the same edit, so each is closest to the other.
    expect(finding?.message).toBe('この計画の課題（ニーズ）と目標の文言が、架空 松子さんの計画ほか1件とほぼ同じです（類似度 100%）。この方の暮らしや希望、できることに合わせた内容になっていますか？');
    expect(finding?.evidence[0]).toEqual({ document: 'care_plan', documentId: 'plan-100', path: ['needs'], label: '第2表 生活全般の解決すべき課題・目標' });
    expect(finding?.evidence.slice(1).map((e) => e.documentId)).toEqual(['plan-101', 'plan-4']);
    expect(finding?.evidence[2]?.label).toMatch(/^架空 利用者4さんの計画 第2表（類似度 (8|9)\d%）$/u);
    expect(finding?.evidence[2]?.value).toBe(files[4]!.carePlans[0]!.needs[0]!.text);
    expect(results[4]![0]?.message).toContain('架空 花子さんの計画ほか1件');
  });

  it('compares with peers, but never a client with their own case file', () => {
    const mine = anExemplaryCaseFile().build();
    expect(audit(mine, shippedPack('national'), { asOf: exemplaryAsOf, peers: [anExemplaryCaseFile().build()] }).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    const other = anExemplaryCaseFile().withClient({ name: '架空 花子', insuredNumber: '0000099999' }).build();
    const result = audit(mine, shippedPack('national'), { asOf: exemplaryAsOf, peers: [other] }).findings.filter((f) => f.ruleId === ruleId);
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('架空 花子さんの計画とほぼ同じです（類似度 100%）');
  });

  it('does not report identical boilerplate in trivially short plans', () => {
    const short = (seed: number) => aCaseFile().withClient({ insuredNumber: String(2000000000 + seed) }).withNeed('安心して暮らしたい', { longTermGoal: '元気に過ごす', shortTermGoal: '安全に過ごす' }).build();
    expect(findingsOf([short(1), short(2), short(3)]).flat()).toEqual([]);
  });

  it('applies the threshold and limit of its params', () => {
    const distinct = Array.from({ length: 10 }, (_, i) => client(i));
    const files = [...distinct, copyOf(distinct[2]!, 50, '架空 花子'), copyOf(distinct[2]!, 51, '架空 松子'), copyOf(distinct[2]!, 52, '架空 竹子')];
    const rule = uniformAcrossClientsRule;
    if (rule.scope !== 'cohort') throw new Error('cohort rule expected');
    const run = (params: object) =>
      rule.evaluate({ caseFiles: files, targets: files.map((_, i) => i), asOf: exemplaryAsOf, lexicon: () => [], plans: files.map((f) => auditedPlan(f).plan), params: rule.params.parse(params) });
    const limited = run({ maxReported: 1 }).find((o) => o.caseIndex === 10);
    expect(limited?.evidence).toHaveLength(2);
    expect(limited?.message).toContain('ほか2件');
    expect(run({ threshold: 1 }).map((o) => o.caseIndex)).toEqual([10, 11, 12]);
    expect(run({ threshold: 1, minCharacters: 1000 })).toEqual([]);
    expect(() => rule.params.parse({ threshold: 0 })).toThrow();
    expect(() => rule.params.parse({ minCharacters: 2.5 })).toThrow();
  });

  it('is deterministic', () => {
    const files = [...Array.from({ length: 12 }, (_, i) => client(i)), copyOf(client(3), 60, '架空 花子')];
    expect(findingsOf(files)).toEqual(findingsOf(files));
  });

  it('fingerprints a frozen plan once and a plan that can change on every audit', () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
      }
      return value;
    };
    const frozen = deepFreeze(client(1).carePlans[0]!);
    expect(planFingerprint(frozen)).toBe(planFingerprint(frozen));
    const working = client(2).carePlans[0]!;
    const before = planFingerprint(working);
    working.needs[0]!.text = '書き換えた課題の文言がここに入ります';
    const after = planFingerprint(working);
    expect(after).not.toBe(before);
    expect([...after.hashes]).not.toEqual([...before.hashes]);
    // The peers' fingerprints are kept between audits; the finding is the same as with fresh copies.
    const files = [client(3), copyOf(client(3), 103, '架空 竹子')];
    const frozenFiles = files.map((f) => deepFreeze(JSON.parse(JSON.stringify(f)) as CaseFile));
    expect(findingsOf(frozenFiles)).toEqual(findingsOf(files));
    expect(findingsOf(frozenFiles)).toEqual(findingsOf(files));
  });
});
