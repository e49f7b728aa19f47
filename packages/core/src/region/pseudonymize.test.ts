import { describe, expect, it } from 'vitest';
import { ageBandOf, findPersonalData, type PersonIdentifiers } from './pseudonymize.js';
import { countByArea, fiscalQuarterOf, unmetByQuarter } from './region-aggregate.js';
import { writeResourceCsv } from './resource-csv.js';
import { resourceSchema } from './resource.schema.js';

/** A fictional client. */
const person: PersonIdentifiers = { name: '大塚 シズ', nameKana: 'オオツカ シズ', insuredNumber: '8900001111', address: '架空県架空市ひばり町11-6', birthDate: '1939-06-05', phone: '0294-00-1101' };

describe('de-identification', () => {
  it('finds each kind of personal data, however it is spaced or widened', () => {
    expect(findPersonalData(['大塚シズさんの買い物同行'], [person])).toEqual(['name']);
    expect(findPersonalData(['大塚さんの件'], [person])).toEqual(['name']);
    expect(findPersonalData(['オオツカ様'], [person])).toEqual(['kana']);
    expect(findPersonalData(['被保険者番号８９０００－０１１１１'], [person])).toEqual(['insured_number']);
    expect(findPersonalData(['ひばり町１１－６の自宅から'], [person])).toEqual(['address']);
    expect(findPersonalData(['1939年6月5日生まれ'], [person])).toEqual(['birth_date']);
    expect(findPersonalData(['連絡は0294001101へ'], [person])).toEqual(['phone']);
  });

  it('lets the area, an age band and the need itself through', () => {
    expect(findPersonalData(['ひばり町で夕方の買い物に同行してくれる人', '85歳以上 要介護1', '北部圏域'], [person])).toEqual([]);
  });

  it('puts ages in bands', () => {
    expect(ageBandOf('1939-06-05', '2025-06-04')).toBe('85plus');
    expect(ageBandOf('1941-06-05', '2025-06-04')).toBe('75to84');
    expect(ageBandOf('1960-06-05', '2025-06-04')).toBe('under65');
    expect(ageBandOf(undefined, '2025-06-04')).toBeUndefined();
  });

  it('an export of the directory carries no personal data of a client', () => {
    const resources = [resourceSchema.parse({ name: 'ひばり町百歳体操', kind: 'gathering_place', area: '北部圏域', district: 'ひばり町', maintainer: '包括' })];
    const text = new (globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }).TextDecoder().decode(writeResourceCsv(resources, 'utf-8').bytes);
    expect(findPersonalData([text], [person])).toEqual([]);
  });
});

describe('aggregation', () => {
  it('counts resources and unmet needs by 圏域 with their 地区, in Japanese order', () => {
    const rows = countByArea(
      [
        { area: '北部', district: 'ひばり町', kind: 'salon' },
        { area: '北部', district: 'みどり町', kind: 'salon' },
        { area: '南部', kind: 'meal_delivery' },
      ],
      [
        { area: '南部', district: 'みさき町', wantedKind: 'volunteer' },
        { area: '南部' },
        { area: '東部', wantedKind: 'transport' },
      ],
    );
    expect(rows).toEqual([
      { area: '東部', districts: [], resources: 0, resourcesByKind: {}, unmetNeeds: 1, unmetByKind: { transport: 1 } },
      { area: '南部', districts: ['みさき町'], resources: 1, resourcesByKind: { meal_delivery: 1 }, unmetNeeds: 2, unmetByKind: { volunteer: 1, unspecified: 1 } },
      { area: '北部', districts: ['ひばり町', 'みどり町'], resources: 2, resourcesByKind: { salon: 2 }, unmetNeeds: 0, unmetByKind: {} },
    ]);
  });

  it('counts unmet needs per fiscal quarter (April starts the year)', () => {
    expect(fiscalQuarterOf('2026-03-31')).toEqual({ key: '2025-Q4', label: '2025年度 第4四半期' });
    expect(fiscalQuarterOf('2025-04-01').key).toBe('2025-Q1');
    const quarters = unmetByQuarter([{ recordedOn: '2025-07-10', wantedKind: 'salon' }, { recordedOn: '2025-04-02' }, { recordedOn: '2025-09-30', wantedKind: 'salon' }]);
    expect(quarters).toEqual([
      { key: '2025-Q1', label: '2025年度 第1四半期', total: 1, byKind: { unspecified: 1 } },
      { key: '2025-Q2', label: '2025年度 第2四半期', total: 2, byKind: { salon: 2 } },
    ]);
  });
});
