import { describe, expect, it } from 'vitest';
import { csvFileKinds } from './layout-types.js';
import { csvLayouts } from './layouts.js';

describe('CSV layouts', () => {
  it('have the number of items of the standard', () => {
    const counts = Object.fromEntries(csvFileKinds.map((kind) => [kind, csvLayouts[kind].columns.length]));
    expect(counts).toEqual({
      UPHOSOKU: 63, UP1KYO: 28, DLT1KYO: 4, UP2KYO: 22, UP3KYO: 13, UPPLAN: 25, DLTPLAN: 4, UPJSK: 25, DLTJSK: 6, UPSIKYU: 37,
      UPKIHON: 71, UPKIHON_SUB1: 7, UPKIHON_SUB2: 11, DLTKIHON: 4, UPYOBO: 57, UPYOBO_SUB: 17, DLTYOBO: 4,
    });
  });

  it('number columns in order with unique keys, and start with the three keys', () => {
    for (const kind of csvFileKinds) {
      const { columns } = csvLayouts[kind];
      expect(columns.map((c) => c.no)).toEqual(columns.map((_, i) => i + 1));
      expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
      expect(columns.slice(0, 3).map((c) => c.name)).toEqual(['CSVバージョン', '保険者番号', '被保険者番号']);
      for (const c of columns) if (c.type === 'code') expect(c.codes?.length).toBeGreaterThan(0);
    }
  });

  it('place the items where the standard puts them', () => {
    const name = (kind: keyof typeof csvLayouts, no: number) => csvLayouts[kind].columns[no - 1]?.name;
    expect(name('UPHOSOKU', 18)).toBe('要介護状態区分');
    expect(name('UPHOSOKU', 20)).toBe('1サービス種類コード');
    expect(name('UPHOSOKU', 55)).toBe('9限度超単位数');
    expect(name('UPHOSOKU', 63)).toBe('対象年月');
    expect(name('UP1KYO', 14)).toBe('居宅サービス計画作成（変更）日');
    expect(name('UP1KYO', 25)).toBe('生活援助中心型の算定理由');
    expect(name('UP2KYO', 15)).toBe('保険対象区分');
    expect(name('UP3KYO', 13)).toBe('週単位以外のサービス');
    expect(name('UPPLAN', 15)).toBe('サービスコード');
    expect(name('UPSIKYU', 33)).toBe('３０日超区分');
    expect(name('UPKIHON', 46)).toBe('緊急連絡先1 氏名');
    expect(name('UPKIHON', 70)).toBe('同意日');
    expect(name('UPYOBO', 43)).toBe('基本チェックリストの該当数（運動不足）');
    expect(name('UPYOBO', 55)).toBe('地域包括支援センター意見');
    expect(name('UPYOBO_SUB', 14)).toBe('利用サービスＮＯ');
  });
});
