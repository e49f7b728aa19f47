import { describe, expect, it } from 'vitest';
import { analyzeConcreteness, findConcreteness } from './concreteness.js';

function kindsOf(text: string): string[] {
  return [...analyzeConcreteness(text).kinds].sort();
}

describe('findConcreteness', () => {
  it('finds amounts with counters, fractions and limits', () => {
    const texts = findConcreteness('片道10分、1日3回、血圧140/90未満、5品、２回以下').filter((s) => s.kind === 'amount').map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['10分', '3回', '140/90', '5品', '2回', '片道']));
  });

  it('reads kanji numerals with counters but not 十分に (enough)', () => {
    expect(kindsOf('三食食べる')).toContain('amount');
    expect(kindsOf('二十分歩く')).toContain('amount');
    expect(kindsOf('十分に休む')).not.toContain('amount');
  });

  it('does not take a goal period (1年間, 6か月後) for an amount', () => {
    expect(kindsOf('1年間、現状を維持する')).toEqual([]);
    expect(kindsOf('6か月後に元気になる')).toEqual([]);
  });

  it('finds frequencies, places, activities and means', () => {
    expect(kindsOf('毎朝、自分で薬を飲める')).toEqual(['activity', 'frequency', 'means']);
    expect(kindsOf('杖を使って商店街まで歩いて買物に行ける')).toEqual(['activity', 'means', 'place']);
    expect(kindsOf('見守りがあれば自宅の浴槽に入れる')).toEqual(['activity', 'means', 'place']);
  });

  it('finds observable bodily conditions', () => {
    expect(kindsOf('褥瘡が治る')).toEqual(['condition']);
    expect(kindsOf('血圧が安定する')).toEqual(['condition']);
  });

  it('does not read 家庭 as a garden or 気持ち as holding something', () => {
    expect(kindsOf('家庭で気持ちよく過ごす')).toEqual([]);
  });

  it('finds nothing in generic life wording', () => {
    for (const text of ['安心して暮らせる', '在宅生活を継続する', '健康に過ごす', '清潔を保つ', '体調を整える']) expect(kindsOf(text)).toEqual([]);
  });
});

describe('analyzeConcreteness', () => {
  it('counts measurable and situational signals', () => {
    const profile = analyzeConcreteness('週2回、近所の公園まで一人で散歩できる');
    expect(profile.measurable).toBe(true);
    expect(profile.situational).toBe(3);
  });

  it('is empty for empty text', () => {
    expect(analyzeConcreteness('')).toMatchObject({ measurable: false, situational: 0, signals: [] });
  });
});
