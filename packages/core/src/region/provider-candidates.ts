import { findServiceType, type ServiceTypeEntry } from '../domain/codes/service-types.js';
import { serviceTypeFromText } from '../domain/codes/service-type-text.js';
import { listServiceLines, type Need } from '../domain/care-plan-needs.schema.js';
import type { PreventionIssue } from '../domain/prevention-plan.schema.js';
import type { ServiceUsageLine } from '../domain/service-usage.schema.js';
import { normalizeCode } from '../text/normalize-text.js';
import { resourceSchema, type Resource } from './resource.schema.js';

/**
 * 計画に記載された介護保険サービス事業所（未登録）: the providers the plans a directory keeper reads name
 * by 事業所番号 (第2表 ※2, 介護予防サービス・支援計画書 事業所（利用先）, 第6表 サービス事業者) that the
 * directory does not have yet. The server gathers the lines through its grant checks; this module
 * only counts them, so nothing about a client (name, number, the plan's text) reaches the answer.
 */

/** Where a provider line was read. */
export type ProviderLineSource = 'care_plan' | 'prevention_plan' | 'service_usage';

/** One provider as one document names it. */
export interface ProviderLine {
  source: ProviderLineSource;
  /** the document the line is in (a plan or a month's 利用票); a document naming a provider twice counts once */
  documentKey: string;
  /** 計画作成日, or the 利用票's month as its first day */
  seenOn?: string | undefined;
  providerName?: string | undefined;
  /** as written: full-width digits, hyphens and spaces are read */
  officeNumber?: string | undefined;
  serviceTypeCode?: string | undefined;
  /** サービス種別 as written (名称, 通称 or the code) */
  serviceTypeName?: string | undefined;
  /** サービスコード of a 利用票 line (its first two characters are the サービス種類コード) */
  serviceCode?: string | undefined;
}

/** A サービス種類 a candidate is named with: the code and name when known, else the text as written. */
export interface CandidateServiceType {
  code?: string;
  name: string;
}

export interface ProviderCandidate {
  /** 事業所番号, 10 half-width digits */
  officeNumber: string;
  /** the name the lines write most often */
  name: string;
  /** the other names written for the same number, most frequent first */
  otherNames: string[];
  serviceTypes: CandidateServiceType[];
  /** 内容タグ for the directory entry, from the service types */
  tags: string[];
  /** how many plans (居宅サービス計画, 介護予防サービス・支援計画書) name it */
  plans: number;
  /** how many months' 利用票 name it */
  usageSheets: number;
  /** the latest plan date or 利用票 month naming it */
  lastSeenOn?: string;
}

/** `GET /api/region/resources/provider-candidates`: counts only, no client. */
export interface ProviderCandidatesAnswer {
  candidates: ProviderCandidate[];
  /** plans and 利用票 read */
  documentsRead: number;
  /** lines naming a provider without a readable 事業所番号 (not listed: the number is the key) */
  unnumberedLines: number;
  /** numbers the directory already has, left out */
  alreadyRegistered: number;
}

/**
 * A 事業所番号 as vendors write it — full-width digits, hyphens (0879-910-011), spaces — as 10
 * half-width digits, or undefined when it is not one.
 */
export function normalizeOfficeNumber(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const code = normalizeCode(text);
  return /^\d{10}$/u.test(code) ? code : undefined;
}

/**
 * Words a care manager or a matching need uses for each kind of service, beyond the サービス種類's
 * own name (the plan editor's suggestions match on tags). Keyed by サービス種類コード.
 */
const tagsByCode: Readonly<Record<string, readonly string[]>> = {
  '11': ['訪問介護', 'ホームヘルプ'],
  '12': ['訪問入浴', '入浴'],
  '13': ['訪問看護'],
  '14': ['訪問リハビリ', 'リハビリ'],
  '15': ['通所介護', 'デイサービス'],
  '16': ['通所リハビリ', 'デイケア', 'リハビリ'],
  '17': ['福祉用具'],
  '21': ['ショートステイ', '短期入所'],
  '22': ['ショートステイ', '短期入所'],
  '31': ['居宅療養管理指導'],
  '41': ['福祉用具', '福祉用具購入'],
  '62': ['訪問入浴', '入浴'],
  '63': ['訪問看護'],
  '64': ['訪問リハビリ', 'リハビリ'],
  '66': ['通所リハビリ', 'デイケア', 'リハビリ'],
  '67': ['福祉用具'],
  '71': ['訪問介護', '夜間'],
  '72': ['認知症', 'デイサービス'],
  '73': ['小規模多機能'],
  '74': ['認知症', 'デイサービス'],
  '75': ['小規模多機能'],
  '76': ['定期巡回', '訪問介護', '訪問看護'],
  '77': ['看護小規模多機能'],
  '78': ['通所介護', 'デイサービス'],
  A1: ['訪問型サービス', '生活援助'],
  A2: ['訪問型サービス', '生活援助'],
  A3: ['訪問型サービス', '生活援助'],
  A4: ['訪問型サービス', '生活援助'],
  A5: ['通所型サービス', 'デイサービス'],
  A6: ['通所型サービス', '運動'],
  A7: ['通所型サービス', '運動'],
  A8: ['通所型サービス', '運動'],
};

/** The サービス種類 of a line: its code, its サービスコード's first two characters, or its サービス種別 as written. */
function serviceTypeOfLine(line: ProviderLine): ServiceTypeEntry | undefined {
  const code = line.serviceTypeCode !== undefined ? normalizeCode(line.serviceTypeCode) : line.serviceCode !== undefined ? normalizeCode(line.serviceCode).slice(0, 2) : '';
  return (code !== '' ? findServiceType(code) : undefined) ?? serviceTypeFromText(line.serviceTypeName);
}

/** 内容タグ for a directory entry of these service types: the readable names and the everyday words. */
export function providerTags(types: readonly CandidateServiceType[]): string[] {
  const tags: string[] = [];
  for (const type of types) {
    for (const tag of [type.name, ...(type.code !== undefined ? (tagsByCode[type.code] ?? []) : [])]) {
      const short = tag.slice(0, 30);
      if (!tags.includes(short)) tags.push(short);
    }
  }
  return tags.slice(0, 30);
}

const cleanName = (text: string | undefined) => (text ?? '').replace(/[\s\u3000]+/gu, ' ').trim();

interface Tally {
  names: Map<string, { documents: Set<string>; lastSeenOn: string }>;
  types: Map<string, CandidateServiceType>;
  plans: Set<string>;
  usageSheets: Set<string>;
  lastSeenOn: string;
}

/**
 * Aggregates provider lines per 事業所番号: the name written most often (ties: the most recently
 * seen, then 50音順), the サービス種類, how many plans and 利用票 name it and when last, leaving out
 * every number in `registered` (the directory's 事業所番号, written any way). Most named first.
 */
export function providerCandidates(lines: readonly ProviderLine[], registered: Iterable<string | undefined>): ProviderCandidatesAnswer {
  const known = new Set<string>();
  for (const number of registered) {
    const normal = normalizeOfficeNumber(number);
    if (normal !== undefined) known.add(normal);
  }
  const tallies = new Map<string, Tally>();
  const documents = new Set<string>();
  const skipped = new Set<string>();
  let unnumberedLines = 0;
  for (const line of lines) {
    documents.add(`${line.source}:${line.documentKey}`);
    const number = normalizeOfficeNumber(line.officeNumber);
    if (number === undefined) {
      if (cleanName(line.providerName) !== '' || (line.officeNumber ?? '').trim() !== '') unnumberedLines += 1;
      continue;
    }
    if (known.has(number)) {
      skipped.add(number);
      continue;
    }
    const seenOn = line.seenOn ?? '';
    const tally: Tally = tallies.get(number) ?? { names: new Map(), types: new Map(), plans: new Set<string>(), usageSheets: new Set<string>(), lastSeenOn: '' };
    tallies.set(number, tally);
    const key = `${line.source}:${line.documentKey}`;
    (line.source === 'service_usage' ? tally.usageSheets : tally.plans).add(key);
    const name = cleanName(line.providerName);
    if (name !== '') {
      const entry = tally.names.get(name) ?? { documents: new Set<string>(), lastSeenOn: '' };
      entry.documents.add(key);
      if (seenOn > entry.lastSeenOn) entry.lastSeenOn = seenOn;
      tally.names.set(name, entry);
    }
    const type = serviceTypeOfLine(line);
    const written = cleanName(line.serviceTypeName);
    if (type) tally.types.set(type.code, { code: type.code, name: type.name });
    else if (written !== '') tally.types.set(`text:${written}`, { name: written.slice(0, 30) });
    if (seenOn > tally.lastSeenOn) tally.lastSeenOn = seenOn;
  }
  const candidates: ProviderCandidate[] = [...tallies].map(([officeNumber, tally]) => {
    const names = [...tally.names].sort(([a, x], [b, y]) => y.documents.size - x.documents.size || y.lastSeenOn.localeCompare(x.lastSeenOn) || a.localeCompare(b, 'ja')).map(([name]) => name);
    // Known types by code first (the table's order is the national list's), written ones after.
    const serviceTypes = [...tally.types.values()].sort((a, b) => (a.code === undefined ? 1 : 0) - (b.code === undefined ? 1 : 0) || (a.code ?? a.name).localeCompare(b.code ?? b.name));
    return {
      officeNumber,
      name: names[0] ?? `事業所番号 ${officeNumber}`,
      otherNames: names.slice(1),
      serviceTypes,
      tags: providerTags(serviceTypes),
      plans: tally.plans.size,
      usageSheets: tally.usageSheets.size,
      ...(tally.lastSeenOn !== '' ? { lastSeenOn: tally.lastSeenOn } : {}),
    };
  });
  candidates.sort((a, b) => b.plans - a.plans || b.usageSheets - a.usageSheets || a.name.localeCompare(b.name, 'ja') || a.officeNumber.localeCompare(b.officeNumber));
  return { candidates, documentsRead: documents.size, unnumberedLines, alreadyRegistered: skipped.size };
}

/** The provider lines of one stored plan or 利用票 (informal support and lines without a provider left out). */
export function providerLinesOf(source: ProviderLineSource, documentKey: string, body: unknown): ProviderLine[] {
  if (typeof body !== 'object' || body === null) return [];
  if (source === 'care_plan') {
    const plan = body as { planDate?: string; createdOn?: string; needs?: Need[] };
    const seenOn = plan.planDate ?? plan.createdOn;
    return listServiceLines(plan.needs ?? [])
      .map(({ line }) => line)
      .filter((l) => l.kind === 'insured' && (l.providerOfficeNumber !== undefined || (l.providerName ?? '') !== ''))
      .map((l) => ({ source, documentKey, seenOn, providerName: l.providerName, officeNumber: l.providerOfficeNumber, serviceTypeCode: l.serviceTypeCode, serviceTypeName: l.serviceTypeName }));
  }
  if (source === 'prevention_plan') {
    const plan = body as { planDate?: string; issues?: PreventionIssue[] };
    return (plan.issues ?? [])
      .flatMap((issue) => issue.supportRows)
      .filter((r) => (r.providerOfficeNumber ?? '') !== '' || (r.providerName ?? '') !== '')
      .map((r) => ({ source, documentKey, seenOn: plan.planDate, providerName: r.providerName, officeNumber: r.providerOfficeNumber, serviceTypeCode: r.serviceTypeCode, serviceTypeName: r.serviceTypeName }));
  }
  const usage = body as { month?: string; lines?: ServiceUsageLine[] };
  const seenOn = usage.month !== undefined ? `${usage.month}-01` : undefined;
  return (usage.lines ?? []).map((l) => ({ source, documentKey, seenOn, providerName: l.providerName, officeNumber: l.providerOfficeNumber, serviceCode: l.serviceCode }));
}

/**
 * The directory entry a candidate becomes with one click: an insured provider with its number,
 * name and tags, kept by `maintainer`. The 圏域 is not in any plan, so the entry says so and is
 * left unconfirmed (要確認) until the keeper edits it.
 */
export function resourceFromCandidate(candidate: ProviderCandidate, maintainer: string): Resource {
  const types = candidate.serviceTypes.map((t) => t.name).join('・');
  return resourceSchema.parse({
    name: candidate.name,
    kind: 'insured_provider',
    area: unknownProviderArea,
    tags: candidate.tags,
    officeNumber: candidate.officeNumber,
    maintainer,
    description: `ケアプランに記載された事業所番号から登録しました${types !== '' ? `（${types}）` : ''}。日常生活圏域・所在地・連絡先・曜日を確認してください。`,
  });
}

/** 日常生活圏域 of an entry registered from a plan, until the keeper sets it. */
export const unknownProviderArea = '圏域未確認';
