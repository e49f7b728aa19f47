import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLexiconWords, matchEnding } from './lexicon-match.js';
import { judgeGoalVagueness } from './goal-vagueness.js';
import { diceSimilarity } from './ngrams.js';
import { findServiceAsGoal } from './service-goal.js';
import { findWishEnding } from './sentence-ending.js';
import { estimateStayDays, parseStayFrequency } from './stay-frequency.js';

/** Text mixing Japanese fragments the analysers look for with arbitrary characters. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('デイサービス', 'に', 'を', '利用', 'して', '週2回', '月', '10日', '2泊3日', '安心', 'したい', '。', '」', '（本人）', '〜', '毎日', 'が', 'で', '、', '十'), { maxLength: 12 }).map((parts) => parts.join('')),
);
const words = fc.array(fc.string({ maxLength: 6 }), { maxLength: 5 });

describe('text analysers on any input', () => {
  it('never throw and return well-formed answers', () => {
    fc.assert(
      fc.property(text, text, words, (a, b, lexicon) => {
        for (const hit of findLexiconWords(a, lexicon)) expect(hit.length).toBeGreaterThan(0);
        matchEnding(a, lexicon);
        findWishEnding(a, lexicon);
        judgeGoalVagueness(a, lexicon);
        findServiceAsGoal(a, lexicon);
        const similarity = diceSimilarity(a, b);
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        const frequency = parseStayFrequency(a);
        if (frequency !== undefined) {
          expect(frequency.daysPerUnit).toBeGreaterThan(0);
          expect(estimateStayDays(frequency, 365)).toBeLessThanOrEqual(365);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stay fast on long adversarial text (no exponential backtracking)', () => {
    const services = ['デイサービス', 'サービス'];
    const long = ['デイサービス' + 'サービス'.repeat(250), 'デイサービス' + 'ァ'.repeat(1000), 'デイサービスの' + '(あ)'.repeat(300), '安心'.repeat(500), '月'.repeat(1000) + '10', 'デイサービスに通い、'.repeat(60) + '週2回入浴できる', 'ヘルパーが来る日に'.repeat(60) + '掃除する'];
    const started = Date.now();
    for (const text of long) {
      findServiceAsGoal(text, services);
      judgeGoalVagueness(text, ['安心']);
      findWishEnding(text, ['したい']);
      parseStayFrequency(text);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
