import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readIntentionColumn } from './intention-text.js';

describe('readIntentionColumn (第1表 意向欄 as vendors write it)', () => {
  it.each([
    ['本人：自宅で暮らしたい。\n家族：無理はさせたくない。', { client: '自宅で暮らしたい。', family: '無理はさせたくない。' }],
    ['本人:自宅で暮らしたい\r\n長女:仕事があるので週末だけ', { client: '自宅で暮らしたい', family: '長女：仕事があるので週末だけ' }],
    ['【本人】自宅で暮らしたい。【家族（妻）】無理はさせたくない。【課題分析の結果】転倒の危険が高い。', { client: '自宅で暮らしたい。', family: '家族（妻）：無理はさせたくない。', analysisResult: '転倒の危険が高い。' }],
    ['ご本人様：家で猫と暮らしたい\nご家族様：週末は来られる', { client: '家で猫と暮らしたい', family: '週末は来られる' }],
    ['本人「家で暮らしたい」、妻「無理はしてほしくない」', { client: '「家で暮らしたい」', family: '妻「無理はしてほしくない」' }],
    ['本人『家にいたい』\n長男『心配だ』', { client: '『家にいたい』', family: '長男『心配だ』' }],
    ['『本人』家にいたい\n〈長男〉心配\n＜課題分析結果＞歩行が不安定', { client: '家にいたい', family: '長男：心配', analysisResult: '歩行が不安定' }],
    ['［利用者］家にいたい　（長女）仕事がある', { client: '家にいたい', family: '長女：仕事がある' }],
    ['本人）家にいたい。長男の嫁）手伝える', { client: '家にいたい。', family: '長男の嫁：手伝える' }],
    ['◇本人：家にいたい\n◇家族：見守る\n◇課題分析の結果：転倒予防', { client: '家にいたい', family: '見守る', analysisResult: '転倒予防' }],
    ['長女様：仕事の後に寄る\n本人：畑を続けたい', { client: '畑を続けたい', family: '長女様：仕事の後に寄る' }],
    ['本人）家にいたい\n長女）見守る\n■課題分析\n転倒予防が必要', { client: '家にいたい', family: '長女：見守る', analysisResult: '転倒予防が必要' }],
    ['●本人の意向\n家にいたい\n●課題分析の結果\n転倒予防\n服薬管理', { client: '家にいたい', analysisResult: '転倒予防\n服薬管理' }],
  ])('splits %j by its labels', (text, expected) => {
    expect(readIntentionColumn(text)).toEqual(expected);
  });

  it('keeps text that no label attributes instead of guessing whose it is', () => {
    expect(readIntentionColumn('自宅で暮らしたいとのこと。長女は同居。')).toEqual({ unattributed: '自宅で暮らしたいとのこと。長女は同居。' });
    // Words that only look like labels inside a sentence are not labels.
    expect(readIntentionColumn('本人の希望で退院した。妻と二人暮らし。')).toEqual({ unattributed: '本人の希望で退院した。妻と二人暮らし。' });
    // After a blank line, or further lines of the last speaker when no 課題分析 label exists: could be either.
    expect(readIntentionColumn('本人：家にいたい\n家族：見守る\n\n夜間の転倒の危険が高い。')).toEqual({ client: '家にいたい', family: '見守る', unattributed: '夜間の転倒の危険が高い。' });
    expect(readIntentionColumn('本人：家にいたい\n長女：見守る\n下肢筋力が低下している。')).toEqual({ client: '家にいたい', family: '長女：見守る', unattributed: '下肢筋力が低下している。' });
    expect(readIntentionColumn('課題分析：転倒予防が必要\n本人：家にいたい\n週末は長女が来る')).toEqual({ client: '家にいたい\n週末は長女が来る', analysisResult: '転倒予防が必要' });
  });

  it('reads Kizuki’s own heading lines exactly, whatever the sections hold', () => {
    const text = '【本人の意向】\n「家で、猫と暮らし続けたい」\n【家族の意向】\n長男「夜間の転倒が心配。\n週末は泊まりに来られる」\n【課題分析の結果】\n本人：転倒の危険';
    expect(readIntentionColumn(text)).toEqual({ client: '「家で、猫と暮らし続けたい」', family: '長男「夜間の転倒が心配。\n週末は泊まりに来られる」', analysisResult: '本人：転倒の危険' });
    expect(readIntentionColumn('取り込んだ記載\n【課題分析の結果】\n転倒予防')).toEqual({ analysisResult: '転倒予防', unattributed: '取り込んだ記載' });
  });

  it('is undefined for a blank column', () => {
    expect(readIntentionColumn('')).toBeUndefined();
    expect(readIntentionColumn(' \n　')).toBeUndefined();
  });

  it('never loses text: every character outside labels lands in some part', () => {
    const piece = fc.constantFrom('本人：', '長女「', '【家族】', '課題分析の結果：', '家で暮らしたい', '。', '\n', '\n\n', '、', '妻と二人', '」', '畑');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const read = readIntentionColumn(text) ?? {};
        const kept = Object.values(read).join('');
        for (const word of ['家で暮らしたい', '畑', '妻と二人']) {
          expect(kept.split(word).length).toBeGreaterThanOrEqual(text.split(word).length);
        }
      }),
    );
  });
});
