import { describe, expect, it } from 'vitest';
import { judgeGoalVagueness } from './goal-vagueness.js';

/** The national pack's vagueWords lexicon. */
const vagueWords = ['安心', '安全に', '現状維持', '楽しく', '穏やかに', '維持する', '安楽に', '快適に', '健康に', '元気に', '問題なく', '不安なく'];

describe('judgeGoalVagueness', () => {
  it.each([
    // Goals of the exemplary case file and the builder defaults.
    '杖を使って商店街（片道10分）まで歩いて買物に行ける',
    '歩行器を使って自宅周辺を休まず10分歩ける',
    '見守りがあれば自宅の浴槽に入れる',
    '通所で浴槽のまたぎ動作を練習し、手すりを使って一人でまたげる',
    '毎日決まった時間に薬を飲み、血圧が140/90未満で安定する',
    'お薬カレンダーを使い、飲み忘れが月2回以下になる',
    '近所のスーパーまで歩いて買物に行ける',
    '週2回、自宅周辺を10分歩ける',
    // Other concrete goals.
    '自分でトイレに行ける',
    '一人で着替えができる',
    '孫の誕生日におはぎを作れる',
    '老人会の花壇当番にまた参加できる',
    '毎朝、自分で薬を飲める',
    '１日３食、自分で食事を用意できる',
    '安心して週2回入浴できる',
    '安心して自宅の浴槽に入れる',
    '褥瘡が治る',
    '夜間に眠れるようになる',
    'むせずに食事ができる',
  ])('「%s」 is concrete', (text) => {
    expect(judgeGoalVagueness(text, vagueWords).reason).toBeUndefined();
  });

  it.each([
    ['安心して暮らせる', 'vague-words', ['安心']],
    ['現状維持', 'vague-words', ['現状維持']],
    ['安全に生活できる', 'vague-words', ['安全に']],
    ['楽しく過ごす', 'vague-words', ['楽しく']],
    ['健康に過ごせる', 'vague-words', ['健康に']],
    ['身体機能を維持する', 'vague-words', ['維持する']],
    ['自宅で穏やかに暮らせる', 'vague-words', ['穏やかに']],
    ['不安なく在宅生活が送れる', 'vague-words', ['不安なく']],
    ['安全に歩ける', 'vague-words', ['安全に']],
    ['現状維持（1年間）', 'vague-words', ['現状維持']],
    ['在宅生活を継続する', 'not-concrete', []],
    ['転倒しない', 'not-concrete', []],
    ['清潔を保つ', 'not-concrete', []],
    ['介護負担の軽減', 'not-concrete', []],
    ['ADLの向上', 'not-concrete', []],
    ['一人で暮らせる', 'not-concrete', []],
    ['体調を崩さない', 'not-concrete', []],
  ])('「%s」 is abstract (%s)', (text, reason, words) => {
    const result = judgeGoalVagueness(text, vagueWords);
    expect(result.reason).toBe(reason);
    expect(result.vagueWords).toEqual(words);
  });

  it('does not judge a blank goal', () => {
    expect(judgeGoalVagueness('  ', vagueWords).reason).toBeUndefined();
  });

  it('still finds goals without concreteness when the lexicon is empty', () => {
    expect(judgeGoalVagueness('安心して暮らせる', []).reason).toBe('not-concrete');
    expect(judgeGoalVagueness('杖で商店街まで歩ける', []).reason).toBeUndefined();
  });
});
