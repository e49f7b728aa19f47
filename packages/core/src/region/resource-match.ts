import { normalizeText } from '../text/normalize-text.js';
import { resourceKindKeywords, resourceKindLabels, type Resource } from './resource.schema.js';

/**
 * 社会資源 suggested for a 援助内容 being added: near the client (地区, then 日常生活圏域), offering
 * what the need and goals talk about (tags and the kind's words found in their text), and running
 * at a time the 第3表 week leaves free. Pure and synchronous so it runs on every edit in the
 * browser: build the index once per directory, then {@link matchResources} is a linear scan with
 * substring tests (5,000 entries well under the 16 ms budget; see docs/region.md).
 */

export interface IndexedResource<R> {
  resource: R;
  /** tags and kind words, normalized, without duplicates */
  words: string[];
  district: string;
  area: string;
}

export interface ResourceIndex<R> {
  entries: IndexedResource<R>[];
  /** every 地区 (normalized) → its name and 日常生活圏域 as written, for finding the client's area from an address */
  districtAreas: Map<string, { district: string; area: string }>;
}

type Matchable = Pick<Resource, 'kind' | 'area' | 'district' | 'tags' | 'days' | 'start' | 'end'>;

const norm = (text: string) => normalizeText(text).toLowerCase();

let kindWordCache: Map<Resource['kind'], string[]> | undefined;
/** The kind's own words, normalized once. */
function kindWords(kind: Resource['kind']): string[] {
  kindWordCache ??= new Map();
  let words = kindWordCache.get(kind);
  if (!words) {
    words = [...resourceKindKeywords[kind], resourceKindLabels[kind]].map(norm);
    kindWordCache.set(kind, words);
  }
  return words;
}

export function buildResourceIndex<R extends Matchable>(resources: readonly R[]): ResourceIndex<R> {
  const districtAreas = new Map<string, { district: string; area: string }>();
  const entries = resources.map((resource) => {
    const district = resource.district ? norm(resource.district) : '';
    if (district !== '' && resource.district) districtAreas.set(district, { district: resource.district, area: resource.area });
    const words = [...new Set([...resource.tags.map(norm), ...kindWords(resource.kind)].filter((w) => w.length >= 2))];
    return { resource, words, district, area: norm(resource.area) };
  });
  return { entries, districtAreas };
}

/** A slot of the week already taken (第3表): day 1–7 and times HH:MM when known. */
export interface BusySlot {
  day: number;
  start?: string | undefined;
  end?: string | undefined;
}

export interface MatchQuery {
  /** need, goals and the line's content as typed */
  text: string;
  /** words the care manager typed to search: they count double (what is looked for now) */
  focus?: string | undefined;
  /** the client's address (住所1): only searched for 地区 names, never stored or sent */
  address?: string | undefined;
  /** 日常生活圏域 when known otherwise */
  area?: string | undefined;
  busy: readonly BusySlot[];
  limit?: number;
}

export type MatchReason =
  | { kind: 'district'; text: string }
  | { kind: 'area'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'free_day'; text: string }
  | { kind: 'busy'; text: string }
  | { kind: 'waiting'; text: string };

export interface ResourceMatch<R> {
  resource: R;
  score: number;
  reasons: MatchReason[];
}

const dayLabels = ['', '月', '火', '水', '木', '金', '土', '日'];

function overlaps(a: { start?: string | undefined; end?: string | undefined }, b: BusySlot): boolean {
  // Without times on either side, the same day counts as taken.
  if (!a.start || !b.start) return true;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  return a.start < bEnd && b.start < aEnd;
}

const noSlots: readonly BusySlot[] = [];

/** `word => text.includes(word)`, remembered per word (directories repeat the same few dozen words). */
function memoIncludes(text: string): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let found = seen.get(word);
    if (found === undefined) {
      found = text.includes(word);
      seen.set(word, found);
    }
    return found;
  };
}

/** Whether one of the resource's days is free (the hot loop: no allocation). */
function hasFreeDay(resource: Matchable, busyDays: ReadonlyMap<number, readonly BusySlot[]>): boolean {
  for (const d of resource.days) {
    let taken = false;
    for (const slot of busyDays.get(d) ?? noSlots) {
      if (overlaps(resource, slot)) {
        taken = true;
        break;
      }
    }
    if (!taken) return true;
  }
  return false;
}

function freeDays(resource: Matchable, busyDays: ReadonlyMap<number, readonly BusySlot[]>): number[] {
  return resource.days.filter((d) => !(busyDays.get(d) ?? noSlots).some((slot) => overlaps(resource, slot)));
}

/** The 地区 and 圏域 (as the directory writes them) of an address, by the directory's own 地区 names. */
export function locateAddress<R>(index: ResourceIndex<R>, address: string | undefined): { district?: string; area?: string } {
  if (!address) return {};
  const text = norm(address);
  let best: string | undefined;
  for (const key of index.districtAreas.keys()) if (text.includes(key) && (best === undefined || key.length > best.length)) best = key;
  const place = best === undefined ? undefined : index.districtAreas.get(best);
  return place ? { district: place.district, area: place.area } : {};
}

/** Resources that answer the text, best first; an entry that matches no word is never suggested. */
export function matchResources<R extends Matchable>(index: ResourceIndex<R>, query: MatchQuery): ResourceMatch<R>[] {
  const focus = query.focus ? norm(query.focus) : '';
  const text = `${norm(query.text)}\n${focus}`.trim();
  if (text === '') return [];
  const place = locateAddress(index, query.address);
  const district = place.district === undefined ? undefined : norm(place.district);
  const areaName = place.area ?? query.area;
  const area = areaName === undefined ? undefined : norm(areaName);
  const busyDays = new Map<number, BusySlot[]>();
  for (const slot of query.busy) busyDays.set(slot.day, [...(busyDays.get(slot.day) ?? []), slot]);
  const hit = memoIncludes(text);
  const focusHit = memoIncludes(focus);
  const limit = query.limit ?? 8;
  // The best `limit` so far, best first: a small insertion list instead of sorting every match.
  const top: { entry: IndexedResource<R>; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const word of entry.words) if (hit(word)) score += (word.length >= 3 ? 3 : 2) * (focus !== '' && focusHit(word) ? 2 : 1);
    if (score === 0) continue;
    if (district !== undefined && entry.district === district) score += 6;
    else if (area !== undefined && entry.area === area) score += 3;
    if (entry.resource.days.length > 0) score += hasFreeDay(entry.resource, busyDays) ? 2 : -4;
    const waiting = (entry.resource as { waiting?: number | undefined }).waiting;
    if (waiting !== undefined && waiting > 0) score -= 1;
    if (top.length === limit && score <= (top[limit - 1]?.score ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) < score) at--;
    top.splice(at, 0, { entry, score });
    if (top.length > limit) top.pop();
  }
  // Reasons are written only for what is shown.
  return top.map(({ entry, score }) => {
    const reasons: MatchReason[] = [];
    const words = entry.words.filter(hit);
    const free = entry.resource.days.length > 0 ? freeDays(entry.resource, busyDays) : undefined;
    if (district !== undefined && entry.district === district) reasons.push({ kind: 'district', text: `同じ地区（${entry.resource.district ?? ''}）` });
    else if (area !== undefined && entry.area === area) reasons.push({ kind: 'area', text: `同じ日常生活圏域（${entry.resource.area}）` });
    for (const word of words.slice(0, 3)) reasons.push({ kind: 'word', text: `「${word}」が課題・目標にあります` });
    if (free !== undefined) {
      reasons.push(free.length > 0 ? { kind: 'free_day', text: `${free.map((d) => dayLabels[d]).join('・')}曜は週間計画の予定と重なりません` } : { kind: 'busy', text: '開催日が週間計画の予定と重なります' });
    }
    const waiting = (entry.resource as { waiting?: number | undefined }).waiting;
    if (waiting !== undefined && waiting > 0) reasons.push({ kind: 'waiting', text: `待機 ${waiting}人` });
    return { resource: entry.resource, score, reasons };
  });
}
