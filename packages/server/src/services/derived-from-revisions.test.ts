import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../store/revision-cache.js';
import { derivedFrom, derivedMemo } from './derived-from-revisions.js';

const frozen = <T>(value: T): T => {
  deepFreeze(value);
  return value;
};

describe('derivedFrom', () => {
  it('derives once for the same frozen bodies and freezes what it keeps', () => {
    const memo = derivedMemo<{ total: number }>();
    const parts = [frozen({ n: 1 }), frozen({ n: 2 })];
    let made = 0;
    const derive = () => {
      made += 1;
      return { total: parts.reduce((s, p) => s + p.n, 0) };
    };
    const first = derivedFrom(memo, parts, derive);
    expect(derivedFrom(memo, [...parts], derive)).toBe(first);
    expect(made).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('derives again when any body is another revision, or a body is added or removed', () => {
    const memo = derivedMemo<number>();
    const client = frozen({ n: 1 });
    const plan = frozen({ n: 2 });
    const sum = (parts: { n: number }[]) => () => parts.reduce((s, p) => s + p.n, 0);
    expect(derivedFrom(memo, [client, plan], sum([client, plan]))).toBe(3);
    const newPlan = frozen({ n: 5 });
    expect(derivedFrom(memo, [client, newPlan], sum([client, newPlan]))).toBe(6);
    expect(derivedFrom(memo, [client], sum([client]))).toBe(1);
    expect(derivedFrom(memo, [client, newPlan, plan], sum([client, newPlan, plan]))).toBe(8);
  });

  it('never keeps what was derived from bodies that are not frozen (read in a transaction, given by a caller)', () => {
    const memo = derivedMemo<number>();
    const body = { n: 1 };
    let made = 0;
    const derive = () => {
      made += 1;
      return body.n;
    };
    expect(derivedFrom(memo, [body], derive)).toBe(1);
    body.n = 2;
    expect(derivedFrom(memo, [body], derive)).toBe(2);
    expect(derivedFrom(memo, [frozen({ n: 3 }), body], derive)).toBe(2);
    expect(made).toBe(3);
  });
});
