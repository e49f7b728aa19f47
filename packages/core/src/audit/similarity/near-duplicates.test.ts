import { describe, expect, it } from 'vitest';
import { seededRandom } from './minhash.js';
import { exactNearDuplicates, findNearDuplicateFingerprints, findNearDuplicates, textFingerprint } from './near-duplicates.js';
import { shingleSet } from './shingles.js';

const wishes = ['商店街に買物に行けるようになりたい', 'お風呂に安心して入りたい', '友人とお茶を飲みに出かけたい', '畑仕事を続けたい', '薬を飲み忘れずに血圧を安定させたい', '孫の結婚式に出席したい', '自分でトイレに行きたい', '台所に立って料理を続けたい', '公民館の体操教室に通いたい', '夜ぐっすり眠りたい'];
const places = ['自宅周辺', '近所の公園', 'スーパー', '公民館', '駅前の商店街', '郵便局', '神社'];
const aids = ['杖', '歩行器', 'シルバーカー', '手すり', '見守り'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[random() % list.length]!;
}

/** A fictional plan: three needs, each with a long- and a short-term goal built from slots. */
function planPieces(random: () => number): string[] {
  return Array.from({ length: 3 }, () => {
    const minutes = 5 + (random() % 26);
    const times = 1 + (random() % 5);
    return [
      pick(random, wishes),
      `${pick(random, aids)}を使って${pick(random, places)}まで${minutes}分歩ける`,
      `週${times}回、${pick(random, places)}で${pick(random, aids)}を使い${minutes + 5}分過ごせる`,
    ];
  }).flat();
}

/** A copy with one goal's number changed: the copy-and-edit pattern of a 画一的なプラン. */
function nearCopy(pieces: string[], random: () => number): string[] {
  const copy = [...pieces];
  const k = 1 + (random() % (copy.length - 1));
  copy[k] = copy[k]!.replace(/\d+/u, String(40 + (random() % 50)));
  return copy;
}

function sample(size: number, planted: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const docs = Array.from({ length: size }, () => planPieces(random));
  for (let p = 0; p < planted; p += 1) docs.push(nearCopy(docs[random() % size]!, random));
  return docs;
}

const key = (p: { a: number; b: number }) => `${p.a}-${p.b}`;

describe('findNearDuplicates', () => {
  it('finds planted near-duplicates among distinct plans, with their exact similarity', () => {
    const docs = sample(300, 20, 11);
    const { pairs } = findNearDuplicates(docs);
    const planted = pairs.filter((p) => p.b >= 300);
    expect(planted.length).toBeGreaterThanOrEqual(19);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('recalls at least 95% of the exact all-pairs answer and never reports a pair below the threshold', () => {
    const docs = sample(600, 60, 5);
    const exact = exactNearDuplicates(docs.map((d) => shingleSet(d)), 0.8);
    const found = findNearDuplicates(docs).pairs;
    expect(exact.length).toBeGreaterThan(40);
    const foundKeys = new Set(found.map(key));
    const exactKeys = new Set(exact.map(key));
    const recalled = exact.filter((p) => foundKeys.has(key(p))).length;
    expect(recalled / exact.length).toBeGreaterThanOrEqual(0.95);
    for (const p of found) expect(exactKeys.has(key(p))).toBe(true);
  });

  it('compares far fewer pairs than all of them', () => {
    const docs = sample(2000, 50, 3);
    const { stats } = findNearDuplicates(docs);
    expect(stats.candidates).toBeLessThan((2000 * 1999) / 2 / 100);
  });

  it('is deterministic', () => {
    const docs = sample(200, 20, 8);
    expect(findNearDuplicates(docs)).toEqual(findNearDuplicates(docs));
  });

  it('leaves out trivially short documents, even when identical', () => {
    const { pairs, stats } = findNearDuplicates([['安心して暮らしたい'], ['安心して暮らしたい'], ['']]);
    expect(pairs).toEqual([]);
    expect(stats.compared).toBe(0);
    expect(findNearDuplicates([['安心して暮らしたい'], ['安心して暮らしたい']], { minCharacters: 5 }).pairs).toHaveLength(1);
  });

  it('compares only pairs with a target, and skips the pairs the caller excludes', () => {
    const docs = sample(50, 0, 2);
    const copies = [docs[0]!, [...docs[0]!], [...docs[0]!]];
    expect(findNearDuplicates(copies, { targets: [2] }).pairs.map(key)).toEqual(['0-2', '1-2']);
    expect(findNearDuplicates(copies, { skipPair: (a, b) => a === 0 || b === 0 }).pairs.map(key)).toEqual(['1-2']);
  });

  it('finds every copy of a boilerplate plan repeated hundreds of times without quadratic work', () => {
    const docs = [...sample(100, 0, 4), ...Array.from({ length: 400 }, () => sample(1, 0, 99)[0]!)];
    const { pairs, stats } = findNearDuplicates(docs, { targets: [100, 101, 499] });
    const partners = (t: number) => pairs.filter((p) => p.a === t || p.b === t).length;
    for (const t of [100, 101, 499]) expect(partners(t)).toBeGreaterThan(0);
    expect(stats.candidates).toBeLessThan(5000);
  });

  it('gives over fingerprints made beforehand the answer it gives over the texts', () => {
    const docs = sample(300, 30, 6);
    const fingerprints = docs.map(textFingerprint);
    for (const options of [{}, { targets: [0, 5, 299] }, { threshold: 0.7, minCharacters: 10 }]) {
      expect(findNearDuplicateFingerprints(fingerprints, options)).toEqual(findNearDuplicates(docs, options));
    }
    // Signatures are made once and kept on the fingerprint.
    expect(fingerprints.filter((f) => f.signature !== undefined).length).toBeGreaterThan(0);
  });
});
