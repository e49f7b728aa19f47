import { describe, expect, it } from 'vitest';
import { normalizeOfficeNumber, providerCandidates, providerLinesOf, resourceFromCandidate, unknownProviderArea, type ProviderLine } from './provider-candidates.js';

/** Fictional providers and numbers. */
const line = (over: Partial<ProviderLine>): ProviderLine => ({ source: 'care_plan', documentKey: 'plan-1', seenOn: '2025-04-01', ...over });

describe('normalizeOfficeNumber', () => {
  it('reads a 事業所番号 as vendors write it', () => {
    expect(normalizeOfficeNumber('0899990011')).toBe('0899990011');
    expect(normalizeOfficeNumber('０８９９９９００１１')).toBe('0899990011');
    expect(normalizeOfficeNumber('0899-990-011')).toBe('0899990011');
    expect(normalizeOfficeNumber('０８９９－９９０－０１１')).toBe('0899990011');
    expect(normalizeOfficeNumber(' 08999 90011 ')).toBe('0899990011');
  });
  it('refuses what is not ten digits', () => {
    expect(normalizeOfficeNumber(undefined)).toBeUndefined();
    expect(normalizeOfficeNumber('')).toBeUndefined();
    expect(normalizeOfficeNumber('089999001')).toBeUndefined();
    expect(normalizeOfficeNumber('08999900111')).toBeUndefined();
    expect(normalizeOfficeNumber('08999900A1')).toBeUndefined();
  });
});

describe('providerCandidates', () => {
  it('aggregates per 事業所番号 however the number is written: most frequent name, types, plans, last seen', () => {
    const answer = providerCandidates(
      [
        line({ documentKey: 'p1', seenOn: '2025-04-01', providerName: 'デイサービスひまわり', officeNumber: '0899990015', serviceTypeCode: '15' }),
        line({ documentKey: 'p2', seenOn: '2025-06-10', providerName: 'デイサービスひまわり', officeNumber: '０８９９９９００１５', serviceTypeName: 'デイサービス' }),
        line({ documentKey: 'p3', seenOn: '2025-05-01', providerName: 'ひまわりデイ', officeNumber: '0899-990-015', serviceTypeName: '通所介護' }),
        // The same plan naming it twice counts once.
        line({ documentKey: 'p3', seenOn: '2025-05-01', providerName: 'ひまわりデイ', officeNumber: '0899990015', serviceTypeCode: '15' }),
        line({ source: 'prevention_plan', documentKey: 'pp1', seenOn: '2025-03-01', providerName: 'デイサービスひまわり', officeNumber: '0899990015', serviceTypeCode: 'A6' }),
        line({ source: 'service_usage', documentKey: 'u-2025-07', seenOn: '2025-07-01', providerName: 'デイサービスひまわり', officeNumber: '0899990015', serviceCode: '155011' }),
      ],
      [],
    );
    expect(answer.candidates).toHaveLength(1);
    const [c] = answer.candidates;
    expect(c).toMatchObject({ officeNumber: '0899990015', name: 'デイサービスひまわり', otherNames: ['ひまわりデイ'], plans: 4, usageSheets: 1, lastSeenOn: '2025-07-01' });
    expect(c?.serviceTypes).toEqual([
      { code: '15', name: '通所介護' },
      { code: 'A6', name: '通所型サービス（独自）' },
    ]);
    expect(c?.tags).toEqual(['通所介護', 'デイサービス', '通所型サービス（独自）', '通所型サービス', '運動']);
    expect(answer.documentsRead).toBe(5);
  });

  it('leaves out the numbers the directory has, written any way, and counts them', () => {
    const answer = providerCandidates(
      [
        line({ documentKey: 'p1', providerName: 'つばさ訪問看護', officeNumber: '0899990013', serviceTypeCode: '13' }),
        line({ documentKey: 'p1', providerName: 'かえで福祉用具', officeNumber: '0899990017', serviceTypeCode: '17' }),
      ],
      ['０８９９－９９０－０１３', undefined, 'not a number'],
    );
    expect(answer.candidates.map((c) => c.officeNumber)).toEqual(['0899990017']);
    expect(answer.alreadyRegistered).toBe(1);
  });

  it('counts lines without a readable number apart and keeps a written type it cannot place', () => {
    const answer = providerCandidates(
      [
        line({ documentKey: 'p1', providerName: '近所のヘルパーさん', officeNumber: '未定' }),
        line({ documentKey: 'p1', providerName: 'みなと介護', officeNumber: undefined }),
        line({ documentKey: 'p1', providerName: '', officeNumber: undefined }),
        line({ documentKey: 'p2', providerName: 'みなとショート', officeNumber: '0899990021', serviceTypeName: 'ショートステイ' }),
      ],
      [],
    );
    expect(answer.unnumberedLines).toBe(2);
    expect(answer.candidates).toHaveLength(1);
    // ショートステイ could be 21 or 22: kept as written, with no code.
    expect(answer.candidates[0]?.serviceTypes).toEqual([{ name: 'ショートステイ' }]);
    expect(answer.candidates[0]?.tags).toEqual(['ショートステイ']);
  });

  it('orders by how many plans name a provider; a nameless number still gets a label', () => {
    const answer = providerCandidates(
      [
        line({ documentKey: 'p1', officeNumber: '0899990031', serviceTypeCode: '31' }),
        line({ documentKey: 'p1', providerName: 'B訪問介護', officeNumber: '0899990011', serviceTypeCode: '11' }),
        line({ documentKey: 'p2', providerName: 'B訪問介護', officeNumber: '0899990011', serviceTypeCode: '11' }),
      ],
      [],
    );
    expect(answer.candidates.map((c) => [c.name, c.plans])).toEqual([
      ['B訪問介護', 2],
      ['事業所番号 0899990031', 1],
    ]);
  });

  it('carries no client data: only numbers, names of providers, types, counts and dates', () => {
    const answer = providerCandidates([line({ documentKey: 'plan-of-aoba', providerName: 'B訪問介護', officeNumber: '0899990011', serviceTypeCode: '11' })], []);
    expect(JSON.stringify(answer)).not.toContain('plan-of-aoba');
  });

  it('an empty input is an empty answer', () => {
    expect(providerCandidates([], [])).toEqual({ candidates: [], documentsRead: 0, unnumberedLines: 0, alreadyRegistered: 0 });
  });
});

describe('resourceFromCandidate', () => {
  it('prefills an insured provider entry that asks to be confirmed', () => {
    const [candidate] = providerCandidates([line({ providerName: 'デイサービスひまわり', officeNumber: '0899990015', serviceTypeCode: '15' })], []).candidates;
    if (!candidate) throw new Error('no candidate');
    const resource = resourceFromCandidate(candidate, 'みなと地域包括支援センター');
    expect(resource).toMatchObject({ name: 'デイサービスひまわり', kind: 'insured_provider', area: unknownProviderArea, officeNumber: '0899990015', tags: ['通所介護', 'デイサービス'], maintainer: 'みなと地域包括支援センター' });
    expect(resource.confirmedOn).toBeUndefined();
    expect(resource.description).toContain('通所介護');
  });
});

describe('providerLinesOf', () => {
  it('reads the insured lines of 第2表, the 支援計画 rows and the 利用票 lines, leaving informal support out', () => {
    const plan = {
      planDate: '2025-04-01',
      needs: [{ id: 'n', text: '', assessmentItems: [], longTermGoals: [{ id: 'l', text: '', shortTermGoals: [{ id: 's', text: '', serviceLines: [
        { id: 'a', kind: 'insured', content: '', providerName: 'B訪問介護', providerOfficeNumber: '0899990011', serviceTypeCode: '11' },
        { id: 'b', kind: 'informal', content: '', providerName: '長女' },
      ] }] }] }],
    };
    expect(providerLinesOf('care_plan', 'p1', plan)).toEqual([{ source: 'care_plan', documentKey: 'p1', seenOn: '2025-04-01', providerName: 'B訪問介護', officeNumber: '0899990011', serviceTypeCode: '11', serviceTypeName: undefined }]);
    const prevention = { planDate: '2025-05-01', issues: [{ id: 'i', supportRows: [{ id: 'r', providerName: '元気教室', providerOfficeNumber: '０８９９－９９０－００６', serviceTypeCode: 'A6' }, { id: 'r2', selfCareAndInformal: '散歩' }] }] };
    const [row, ...rest] = providerLinesOf('prevention_plan', 'pp', prevention);
    expect(rest).toEqual([]);
    expect(normalizeOfficeNumber(row?.officeNumber)).toBe('0899990006');
    expect(providerLinesOf('service_usage', 'u', { month: '2025-06', lines: [{ id: 'x', providerOfficeNumber: '0899990011', providerName: 'B訪問介護', serviceCode: '111211' }] })).toEqual([
      { source: 'service_usage', documentKey: 'u', seenOn: '2025-06-01', providerName: 'B訪問介護', officeNumber: '0899990011', serviceCode: '111211' },
    ]);
    expect(providerLinesOf('care_plan', 'empty', null)).toEqual([]);
  });
});
