import { describe, expect, it } from 'vitest';
import { findWishEnding, splitClauses } from './sentence-ending.js';

const endings = ['したい', 'できるようになりたい', '続けたい', 'なりたい', '暮らしたい', '過ごしたい', '行きたい', 'いたい'];

describe('findWishEnding', () => {
  it.each([
    ['自分で商店街に買物に行けるようになりたい', 'lexicon'],
    ['「また畑仕事がしたい」', 'lexicon'],
    ['家で暮らし続けたいです', 'lexicon'],
    ['最期まで家にいたいと思っている', 'lexicon'],
    ['お風呂に安心して入りたい', 'tai'],
    ['薬を飲み忘れずに、血圧を安定させたい', 'tai'],
    ['孫の結婚式に出たい（本人）', 'tai'],
    ['施設には入りたくない', 'tai'],
    ['夜はゆっくり眠りたいのです', 'tai'],
    ['トイレの手すりを付けてほしい', 'hoshii'],
    ['出来るようになりたい。', 'lexicon'],
  ])('「%s」 is a wish (%s)', (text, kind) => {
    expect(findWishEnding(text, endings)?.kind).toBe(kind);
  });

  it.each([
    '歩行が不安定で転倒の危険がある',
    '入浴が困難',
    '膝が痛い',
    '手足が冷たい',
    '服薬管理ができない',
    '一人暮らしの継続',
    '買物に行きたいが、膝が痛くて行けない',
    '',
  ])('「%s」 is not a wish', (text) => {
    expect(findWishEnding(text, endings)).toBeUndefined();
  });

  it('uses only the lexicon when grammar is off', () => {
    expect(findWishEnding('お風呂に入りたい', endings, false)).toBeUndefined();
    expect(findWishEnding('散歩したい', endings, false)).toEqual({ kind: 'lexicon', ending: 'したい' });
  });

  it('recognises lexicon endings a pack adds', () => {
    expect(findWishEnding('家で暮らせるとよい', ['とよい'], false)).toEqual({ kind: 'lexicon', ending: 'とよい' });
  });
});

describe('splitClauses', () => {
  it('splits at clause punctuation and line breaks, dropping empty parts', () => {
    expect(splitClauses('杖を使い、商店街まで歩ける。\n買物ができる、')).toEqual(['杖を使い', '商店街まで歩ける', '買物ができる']);
  });

  it('keeps decimals and fractions together', () => {
    expect(splitClauses('2.5km歩ける、血圧140/90未満')).toEqual(['2.5km歩ける', '血圧140/90未満']);
  });
});
