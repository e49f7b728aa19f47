import { describe, expect, it } from 'vitest';
import { anExemplaryCaseFile } from '../testing/builders.js';
import { audit, auditMany } from './audit.js';
import { listAuditedGoals, listGoals } from './evidence.js';
import { memoByListInRun, memoInRun, releaseCaseFileMemos, withRunMemo } from './run-memo.js';
import { exemplaryAsOf, shippedPack } from './testing/shipped-packs.js';

/** A memo that counts how often it derives, over a mutable object (as a case file edited in place). */
function countingMemo(scope: 'run' | 'caseFile') {
  let derived = 0;
  const memo = memoInRun((box: { text: string }) => {
    derived += 1;
    return `${box.text}!`;
  }, scope);
  return { memo, derivations: () => derived };
}

describe('memoInRun', () => {
  it('derives every time outside a run', () => {
    const { memo, derivations } = countingMemo('run');
    const box = { text: 'a' };
    memo(box);
    memo(box);
    expect(derivations()).toBe(2);
  });

  it('derives once per key within a run, and again in the next run (an object edited in between is read anew)', () => {
    const { memo, derivations } = countingMemo('run');
    const box = { text: 'a' };
    expect(withRunMemo(() => [memo(box), memo(box)])).toEqual(['a!', 'a!']);
    expect(derivations()).toBe(1);
    box.text = 'b';
    expect(withRunMemo(() => memo(box))).toBe('b!');
    expect(derivations()).toBe(2);
  });

  it('keeps case-file values until the engine moves to the next case file; run values for the whole run', () => {
    const perCase = countingMemo('caseFile');
    const perRun = countingMemo('run');
    const box = { text: 'a' };
    withRunMemo(() => {
      perCase.memo(box);
      perRun.memo(box);
      releaseCaseFileMemos();
      box.text = 'b';
      expect(perCase.memo(box)).toBe('b!');
      expect(perRun.memo(box)).toBe('a!');
    });
    expect(perCase.derivations()).toBe(2);
    expect(perRun.derivations()).toBe(1);
  });

  it('shares the outer run with nested runs and forgets everything when the run ends, even by an error', () => {
    const { memo, derivations } = countingMemo('run');
    const box = { text: 'a' };
    withRunMemo(() => {
      memo(box);
      withRunMemo(() => memo(box));
    });
    expect(derivations()).toBe(1);
    expect(() =>
      withRunMemo(() => {
        memo(box);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    box.text = 'c';
    expect(withRunMemo(() => memo(box))).toBe('c!');
    expect(derivations()).toBe(3);
  });

  it('remembers undefined results too', () => {
    let derived = 0;
    const memo = memoInRun((_key: string) => {
      derived += 1;
      return undefined;
    });
    withRunMemo(() => [memo('x'), memo('x')]);
    expect(derived).toBe(1);
  });
});

describe('memoByListInRun', () => {
  it('keeps one cache per list, for the run only', () => {
    const seen: string[] = [];
    const memo = memoByListInRun((text, list) => {
      seen.push(`${text}/${list.join()}`);
      return list.includes(text);
    });
    const a = ['x'];
    const b = ['y'];
    withRunMemo(() => {
      expect([memo('x', a), memo('x', b), memo('x', a), memo('x', b)]).toEqual([true, false, true, false]);
    });
    a.push('z');
    expect(withRunMemo(() => memo('z', a))).toBe(true);
    withRunMemo(() => memo('x', a));
    expect(seen).toEqual(['x/x', 'x/y', 'z/x,z', 'x/x,z']);
  });
});

describe('goal lists within a run', () => {
  it('are made once per case file and give a new evidence object on every read', () => {
    const caseFile = anExemplaryCaseFile().build();
    const plan = caseFile.carePlans[0]!;
    withRunMemo(() => {
      expect(listGoals(plan.needs)).toBe(listGoals(plan.needs));
      const [first] = listAuditedGoals(plan, undefined);
      expect(first!.evidence).toEqual(first!.evidence);
      expect(first!.evidence).not.toBe(first!.evidence);
      expect(first!.evidence.path).not.toBe(first!.goal.path);
      expect(first!.goal.label).toBe('第2表 課題1 長期目標1');
    });
  });

  it('tell a case file with a 介護予防 plan from the same plan without one', () => {
    const caseFile = anExemplaryCaseFile().build();
    const plan = caseFile.carePlans[0]!;
    const preventionPlan = { id: 'pp-1', issues: [{ goal: '週2回公民館の体操に通う', supportRows: [] }] } as unknown as Parameters<typeof listAuditedGoals>[1];
    withRunMemo(() => {
      const without = listAuditedGoals(plan, undefined);
      const withPrevention = listAuditedGoals(plan, preventionPlan);
      expect(withPrevention.length).toBe(without.length + 1);
      expect(withPrevention.at(-1)!.document).toBe('prevention_plan');
    });
  });
});

describe('an edited case file is audited anew', () => {
  const national = shippedPack('national');

  it('finds the vague goal typed into a case file audited before (edited in place)', () => {
    const caseFile = anExemplaryCaseFile().build();
    expect(audit(caseFile, national, { asOf: exemplaryAsOf }).findings).toEqual([]);
    caseFile.carePlans[0]!.needs[0]!.longTermGoals[0]!.text = '安心して暮らす';
    const findings = audit(caseFile, national, { asOf: exemplaryAsOf }).findings.map((f) => f.ruleId);
    expect(findings).toContain('plan.goal-vague');
  });

  it('audits each case file of a run on its own facts, whatever the case file before it', () => {
    const clean = anExemplaryCaseFile().build();
    const edited = anExemplaryCaseFile().build();
    edited.carePlans[0]!.needs[0]!.longTermGoals[0]!.text = '安心して暮らす';
    const together = auditMany([clean, edited, clean], national, { asOf: exemplaryAsOf });
    const alone = [clean, edited, clean].map((file) => audit(file, national, { asOf: exemplaryAsOf }));
    expect(together.results.map((r) => r.findings)).toEqual(alone.map((r) => r.findings));
    expect(together.results[1]!.findings.map((f) => f.ruleId)).toContain('plan.goal-vague');
  });
});
