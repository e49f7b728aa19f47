import { describe, expect, it } from 'vitest';
import { buildResourceIndex, locateAddress, matchResources } from './resource-match.js';
import { busySlotsOf, serviceLineFromResource, unmetNeedDraft } from './resource-line.js';
import { resourceSchema, type Resource } from './resource.schema.js';

/** Fictional resources of a fictional town. */
const directory: Resource[] = [
  { name: 'ひばり町百歳体操', kind: 'gathering_place', area: '北部圏域', district: 'ひばり町', tags: ['体操', '散歩'], days: [2, 5], start: '10:00', end: '11:30', maintainer: '包括' },
  { name: 'みなと町百歳体操', kind: 'gathering_place', area: '南部圏域', district: 'みなと町', tags: ['体操', '散歩'], days: [2], start: '10:00', end: '11:30', maintainer: '包括' },
  { name: 'みどり町体操クラブ', kind: 'gathering_place', area: '北部圏域', district: 'みどり町', tags: ['体操'], days: [3], start: '10:00', end: '11:00', maintainer: '包括' },
  { name: 'あおば配食', kind: 'meal_delivery', area: '北部圏域', district: 'ひばり町', tags: ['配食', '減塩食'], days: [1, 2, 3, 4, 5], maintainer: '市' },
  { name: 'デイサービスさくら', kind: 'insured_provider', area: '北部圏域', district: 'ひばり町', tags: ['入浴', '機能訓練'], days: [1, 4], officeNumber: '0899990001', maintainer: '市' },
].map((r) => resourceSchema.parse(r));

describe('matching resources to a need', () => {
  const index = buildResourceIndex(directory);

  it('prefers the client’s own 地区, then the same 圏域, and names why', () => {
    const matches = matchResources(index, { text: '近くの公園まで散歩を続けたい\n体操で足の力をつける', address: '架空県架空市ひばり町2-14-5', busy: [] });
    expect(matches.map((m) => m.resource.name)).toEqual(['ひばり町百歳体操', 'みどり町体操クラブ', 'みなと町百歳体操']);
    expect(matches[0]?.reasons.map((r) => r.kind)).toContain('district');
    expect(matches[1]?.reasons.map((r) => r.kind)).toContain('area');
  });

  it('counts the words the care manager typed double', () => {
    const text = '一人暮らしで食事と栄養が心配\n体操を続けたい';
    expect(matchResources(index, { text, address: '架空県架空市ひばり町3', busy: [] })[0]?.resource.name).toBe('あおば配食');
    expect(matchResources(index, { text, focus: '体操 散歩', address: '架空県架空市ひばり町3', busy: [] })[0]?.resource.name).toBe('ひばり町百歳体操');
  });

  it('never suggests a resource none of whose words is in the need or goals', () => {
    expect(matchResources(index, { text: '孫の結婚式に出席したい', address: '架空県架空市ひばり町1', busy: [] })).toEqual([]);
    expect(matchResources(index, { text: '', busy: [] })).toEqual([]);
  });

  it('ranks down a resource whose days are all taken in the 第3表 week', () => {
    const busy = busySlotsOf([{ day: 2, start: '09:00', end: '16:00' }, { day: 5, start: '09:00', end: '16:00' }]);
    const matches = matchResources(index, { text: '体操を続けたい', address: '架空県架空市ひばり町3', busy });
    const hibari = matches.find((m) => m.resource.name === 'ひばり町百歳体操');
    expect(hibari?.reasons.some((r) => r.kind === 'busy')).toBe(true);
    expect(matches[0]?.resource.name).toBe('みどり町体操クラブ');
    // A slot at another time of the same day leaves the resource free.
    const afternoon = matchResources(index, { text: '体操を続けたい', address: '架空県架空市ひばり町3', busy: busySlotsOf([{ day: 2, start: '13:00', end: '15:00' }]) });
    expect(afternoon[0]?.resource.name).toBe('ひばり町百歳体操');
    expect(afternoon[0]?.reasons.some((r) => r.kind === 'free_day')).toBe(true);
  });

  it('finds the 地区 and 圏域 of an address by the directory’s own names, full-width or not', () => {
    expect(locateAddress(index, '架空県架空市ひばり町２－１４')).toEqual({ district: 'ひばり町', area: '北部圏域' });
    expect(locateAddress(index, '架空県架空市どこか町1')).toEqual({});
  });

  it('fills a 第2表 line from the chosen entry: informal for a 通いの場, insured with the 事業所番号 for a provider', () => {
    const informal = serviceLineFromResource(directory[0] as Resource, 'l1');
    expect(informal).toMatchObject({ id: 'l1', kind: 'informal', informalCategory: 'community', providerName: 'ひばり町百歳体操', frequency: '週2回（火・金）' });
    expect(informal.content).toContain('火・金 10:00〜11:30');
    const insured = serviceLineFromResource(directory[4] as Resource, 'l2');
    expect(insured).toMatchObject({ kind: 'insured', providerOfficeNumber: '0899990001', insured: true });
  });

  it('drafts an unmet need with an age band and care level, never the birth date', () => {
    const draft = unmetNeedDraft({ need: '夕方の買い物同行', today: '2025-07-10', birthDate: '1939-06-05', careLevel: 'care_1', area: '北部圏域', district: 'ひばり町' });
    expect(draft).toMatchObject({ ageBand: '85plus', careLevel: '要介護1', area: '北部圏域', district: 'ひばり町', recordedOn: '2025-07-10' });
    expect(JSON.stringify(draft)).not.toContain('1939');
  });
});
