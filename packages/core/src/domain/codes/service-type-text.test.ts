import { describe, expect, it } from 'vitest';
import { serviceTypeFromText } from './service-type-text.js';

describe('serviceTypeFromText (第2表 サービス種別 as written)', () => {
  it.each([
    ['訪問介護', '11'],
    [' 訪問介護 ', '11'],
    ['11', '11'],
    ['１１', '11'],
    ['11 訪問介護', '11'],
    ['11:訪問介護', '11'],
    ['訪問介護(11)', '11'],
    ['訪問介護（ホームヘルプ）', '11'],
    ['ホームヘルプ', '11'],
    ['ﾃﾞｲｻｰﾋﾞｽ', '15'],
    ['デイ サービス', '15'],
    ['通所リハビリテーション', '16'],
    ['デイケア', '16'],
    ['福祉用具貸与', '17'],
    ['短期入所療養介護（介護老人保健施設）', '22'],
    ['2a', '2A'],
    ['地域密着型通所介護', '78'],
  ])('%j is サービス種類 %s', (text, code) => {
    expect(serviceTypeFromText(text)?.code).toBe(code);
  });

  it.each([undefined, '', '長女', '見守り', 'ショートステイ', '通所型サービス', '99', '15 訪問介護'])('%j names no single type', (text) => {
    expect(serviceTypeFromText(text)).toBeUndefined();
  });
});
