import { aCaseFile, anExemplaryCaseFile, anInformalLine, anInsuredLine, aPeriod, csvPreventionSample, csvUsageSample } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { destinationValue, hasUsageOf, planDestinationOptions, usageDestinationOptions } from './destinations.js';

const period = aPeriod('2025-04-01', '2025-09-30');

describe('送信先 choices of the CSV export', () => {
  it('lists every provider on the current care plan after 「計画のすべての事業所」, named and typed', () => {
    expect(planDestinationOptions(anExemplaryCaseFile().build())).toEqual([
      { value: '', label: '計画のすべての事業所' },
      { value: '0899000016:16', label: 'テスト通所リハ（通所リハビリテーション・0899000016）' },
      { value: '0899000017:17', label: 'テスト福祉用具（福祉用具貸与・0899000017）' },
      { value: '0899000031:31', label: 'テスト薬局（居宅療養管理指導・0899000031）' },
    ]);
  });

  it('leaves out informal support, lines without 事業所番号, services outside the standard, and lists a provider once per サービス種類', () => {
    const caseFile = aCaseFile()
      .withNeed('家で暮らし続けたい', {
        period,
        lines: [
          anInsuredLine({ providerOfficeNumber: '0899000011', serviceTypeCode: '11', providerName: 'ひかり訪問介護' }),
          anInsuredLine({ providerOfficeNumber: '0899000011', serviceTypeCode: '11', providerName: 'ひかり訪問介護' }),
          anInsuredLine({ providerOfficeNumber: '0899000011', serviceTypeCode: '15', providerName: 'ひかり訪問介護' }),
          anInsuredLine({ providerOfficeNumber: undefined, serviceTypeCode: '13', providerName: '番号のない訪問看護' }),
          anInsuredLine({ providerOfficeNumber: '0899000041', serviceTypeCode: '41', providerName: '福祉用具販売店' }),
          anInsuredLine({ providerOfficeNumber: '0899000012', serviceTypeCode: '12', providerName: undefined }),
          anInformalLine(),
        ],
      })
      .build();
    expect(planDestinationOptions(caseFile)).toEqual([
      { value: '', label: '計画のすべての事業所' },
      { value: '0899000011:11', label: 'ひかり訪問介護（訪問介護・0899000011）' },
      { value: '0899000012:12', label: '事業所名なし（訪問入浴介護・0899000012）' },
      { value: '0899000011:15', label: 'ひかり訪問介護（通所介護・0899000011）' },
    ]);
  });

  it('offers only 「すべて」 when the plan names no provider, and takes the 介護予防 plan’s providers', () => {
    expect(planDestinationOptions(aCaseFile().build())).toEqual([{ value: '', label: '計画のすべての事業所' }]);
    const sample = csvPreventionSample();
    const rows = sample.preventionPlans[0]!.issues[0]!.supportRows;
    rows[0]!.providerOfficeNumber = '0899000066';
    rows[1]!.providerOfficeNumber = 'なし';
    expect(planDestinationOptions(sample)).toEqual([
      { value: '', label: '計画のすべての事業所' },
      { value: '0899000066:66', label: 'テスト通所リハ（介護予防通所リハビリテーション・0899000066）' },
    ]);
  });

  it('lists the providers of the chosen month’s サービス利用票, and none for a month without one', () => {
    const caseFile = csvUsageSample();
    expect(hasUsageOf(caseFile, '2025-05')).toBe(true);
    expect(usageDestinationOptions(caseFile, '2025-05')).toEqual([
      { value: '', label: '利用票のすべての事業所' },
      { value: '0899000011:11', label: 'テスト訪問介護（訪問介護・0899000011）' },
      { value: '0899000015:15', label: 'テストデイサービス（通所介護・0899000015）' },
      { value: '0899000017:17', label: 'テスト福祉用具（福祉用具貸与・0899000017）' },
    ]);
    expect(hasUsageOf(caseFile, '2025-06')).toBe(false);
    expect(usageDestinationOptions(caseFile, '2025-06')).toEqual([{ value: '', label: '利用票のすべての事業所' }]);
  });

  it('writes the export API’s `to`', () => {
    expect(destinationValue({ officeNumber: '0899000017', serviceType: '17' })).toBe('0899000017:17');
  });
});
