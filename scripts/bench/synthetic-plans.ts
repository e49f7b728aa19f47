/**
 * Synthetic, fictional care plans for benchmarks: needs and goals written from templates with
 * slots and stylistic variations (as care managers write them), plus planted near-duplicates
 * (a copied plan with a word or a number edited: the 画一的なプラン pattern). Seeded, so every
 * run measures the same data.
 */
import { exemplaryCaseFile, type CarePlan, type CaseFile, type Need } from '@kizuki/core';

/** Mulberry32: deterministic 32-bit generator. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[random() % list.length]!;
}

function between(random: Random, min: number, max: number): number {
  return min + (random() % (max - min + 1));
}

const slots = {
  place: ['近所のスーパー', '駅前の商店街', '公民館', '郵便局', 'かかりつけの内科', '神社', '図書館', '川沿いの遊歩道', '娘の家', 'コンビニ', '地区の集会所', '美容院', '銀行', '薬局', '公園'],
  aid: ['杖', '歩行器', 'シルバーカー', '四点杖', '手すり', '見守り'],
  hobby: ['畑仕事', '詩吟', 'グラウンドゴルフ', '編み物', '書道', '民謡', '囲碁', '俳句', '盆栽の手入れ', 'カラオケ', '生け花', '朝の散歩'],
  dish: ['味噌汁', '煮物', 'おにぎり', '漬物', '魚の煮付け', '卵焼き', 'カレー'],
  person: ['友人', '娘', '息子', '孫', '近所の人', '妻', '夫', '民生委員', 'サロンの仲間'],
  event: ['孫の結婚式', '地区の夏祭り', '墓参り', '同窓会', '花見', '初詣', '敬老会'],
  room: ['寝室', '居間', 'トイレ', '台所', '玄関', '浴室', '縁側'],
  exercise: ['足踏み運動', 'スクワット', 'かかと上げ', '椅子からの立ち座り', 'ストレッチ', '口の体操', '腕回し'],
  concern: ['膝の痛み', '腰の痛み', 'ふらつき', '息切れ', '物忘れ', '手のしびれ', '夜間の頻尿', '食欲の低下'],
  time: ['朝食後', '昼食前', '夕方', '入浴前', '寝る前', '毎朝'],
  opener: ['', '', '', 'また', 'もう一度', 'これからも', 'できるだけ長く', '自分の力で'],
} as const;

type Slot = keyof typeof slots;

/** Fills {slot} and {n:min-max} placeholders. */
function fill(random: Random, template: string): string {
  return template
    .replace(/\{(\w+)\}/gu, (_, name: string) => pick(random, slots[name as Slot]))
    .replace(/\[(\d+)-(\d+)\]/gu, (_, min: string, max: string) => String(between(random, Number(min), Number(max))));
}

const needTemplates = [
  '{opener}{place}まで歩いて買物に行きたい',
  '{opener}{hobby}を続けたい',
  '{concern}があっても、{opener}{hobby}を楽しみたい',
  '{opener}自分で{dish}を作って食べたい',
  'お風呂に安心して入りたい',
  '{room}まで一人で歩いて行けるようになりたい',
  '{person}と{event}に出かけたい',
  '{opener}自宅で暮らし続けたい。{concern}を和らげたい',
  '薬を飲み忘れずに体調を整えたい',
  'トイレは人の手を借りずに済ませたい',
  '{person}に迷惑をかけずに{opener}家で過ごしたい',
  '{concern}が落ち着き、夜ぐっすり眠りたい',
  '{place}に通って人と話す機会を持ちたい',
  '転ばずに{room}と{room}を行き来したい',
  '{opener}{person}と一緒に{hobby}をしたい',
] as const;

const longGoalTemplates = [
  '{aid}を使って{place}（片道[5-30]分）まで歩いて行ける',
  '週[1-3]回、{place}で{hobby}に参加できる',
  '{dish}を自分で作り、週[2-5]日は台所に立てる',
  '見守りがあれば自宅の浴槽に安全に入れる',
  '{room}から{room}まで{aid}で転ばずに移動できる',
  '{person}と{event}に参加できる体力がつく',
  '毎日決まった時間に薬を飲み、体調が安定する',
  '{concern}が軽くなり、{hobby}を月[2-8]回楽しめる',
  '昼夜のリズムが整い、夜[5-8]時間眠れる',
  'トイレまで{aid}を使って一人で歩いて行ける',
] as const;

const shortGoalTemplates = [
  '{exercise}を{time}に[5-20]回、毎日続けられる',
  '{aid}を使って自宅の周りを[5-15]分休まず歩ける',
  '{room}まで{aid}で[1-3]分以内に移動できる',
  'お薬カレンダーで確認し、飲み忘れが月[1-3]回以下になる',
  '{place}の{hobby}の集まりに月[1-4]回出かけられる',
  '{time}に{dish}を一品作れる',
  '浴槽のまたぎ動作を手すりを使って一人でできる',
  '{person}と週[1-3]回電話で話す',
  '{concern}の程度を毎日記録し、受診時に伝えられる',
  '{time}に{room}で{exercise}を[3-10]分行う',
] as const;

/** The needs of one fictional plan: 2–4 needs, each with a long-term goal and 1–2 short-term goals. */
export function syntheticNeeds(random: Random, idPrefix: string): Need[] {
  return Array.from({ length: between(random, 2, 4) }, (_, n): Need => ({
    id: `${idPrefix}-n${n}`,
    text: fill(random, pick(random, needTemplates)),
    assessmentItems: [],
    longTermGoals: [
      {
        id: `${idPrefix}-l${n}`,
        text: fill(random, pick(random, longGoalTemplates)),
        shortTermGoals: Array.from({ length: between(random, 1, 2) }, (_, s) => ({ id: `${idPrefix}-s${n}-${s}`, text: fill(random, pick(random, shortGoalTemplates)), serviceLines: [] })),
      },
    ],
  }));
}

/** A copy of `needs` with one goal lightly edited (a number or a word), as when a plan is reused for another client. */
export function nearCopy(random: Random, needs: readonly Need[], idPrefix: string): Need[] {
  const copy = structuredClone(needs) as Need[];
  copy.forEach((need, n) => {
    need.id = `${idPrefix}-n${n}`;
  });
  const need = copy[random() % copy.length]!;
  const goal = need.longTermGoals[0]!.shortTermGoals[0]!;
  const text = goal.text ?? '';
  goal.text = /\d+/u.test(text) ? text.replace(/\d+/u, String(between(random, 2, 40))) : `${text}（${pick(random, slots.time)}）`;
  return copy;
}

/** Plans and where near-duplicates were planted. */
export interface SyntheticPlans {
  caseFiles: CaseFile[];
  plans: CarePlan[];
  /** Pairs [original, copy] planted on purpose. */
  planted: Array<[number, number]>;
}

const surnames = ['架空', '仮名', '見本', '試験', '例示', '模擬', '想定', '標本'];
const givenNames = ['太郎', '花子', 'チヨ', '一郎', '松子', '竹子', '梅子', '次郎', 'ハナ', '正男'];

/** A fictional client's minimal case file around one plan (enough for cross-plan rules). */
function minimalCaseFile(index: number, plan: CarePlan, random: Random): CaseFile {
  return {
    client: {
      id: `client-${index}`,
      insurerNumber: '089999',
      insuredNumber: String(index).padStart(10, '0'),
      name: `${pick(random, surnames)} ${pick(random, givenNames)}${index}`,
      nameKana: 'カクウ リヨウシャ',
      birthDate: '1940-04-01',
      familyMembers: [],
    },
    certifications: [],
    assessments: [],
    carePlans: [plan],
    careTeamMeetings: [],
    supportLog: [],
    monitorings: [],
    basicChecklists: [],
    preventionPlans: [],
    serviceUsages: [],
  };
}

/**
 * `count` fictional plans; about `plantedShare` of them are near-copies of another plan.
 * Only needs and goals are filled: what the uniform-plan rule reads.
 */
export function syntheticPlans(count: number, options: { seed?: number; plantedShare?: number } = {}): SyntheticPlans {
  const random = rng(options.seed ?? 20250710);
  const plantedShare = options.plantedShare ?? 0.02;
  const plans: CarePlan[] = [];
  const planted: Array<[number, number]> = [];
  for (let i = 0; i < count; i += 1) {
    const id = `plan-${i}`;
    const copyFrom = i > 10 && random() / 2 ** 32 < plantedShare ? random() % i : undefined;
    const needs = copyFrom !== undefined ? nearCopy(random, plans[copyFrom]!.needs, id) : syntheticNeeds(random, id);
    if (copyFrom !== undefined) planted.push([copyFrom, i]);
    plans.push({ id, status: 'active', planDate: '2025-04-01', planCategories: [], needs, individualServicePlans: [] });
  }
  return { caseFiles: plans.map((plan, i) => minimalCaseFile(i, plan, random)), plans, planted };
}

const equipmentProviders = [
  { providerOfficeNumber: '0899000017', providerName: 'テスト福祉用具' },
  { providerOfficeNumber: '0899000117', providerName: '架空レンタル' },
  { providerOfficeNumber: '0899000217', providerName: '架空ケア用品' },
];

/**
 * `count` complete fictional case files for auditing: the exemplary case file with its needs
 * and goals rewritten from the templates, other clients' names, and the lapses an office
 * really has at some rate (no meeting, no consent date, an undelivered provider, a missed or
 * online-only monitoring month, a certification about to end, a copied plan).
 */
export function syntheticCaseFiles(count: number, seed = 7): CaseFile[] {
  const random = rng(seed);
  const chance = (p: number) => random() / 2 ** 32 < p;
  const files: CaseFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const c = exemplaryCaseFile();
    c.client.id = `client-${i}`;
    c.client.insuredNumber = String(i).padStart(10, '0');
    c.client.name = `${pick(random, surnames)} ${pick(random, givenNames)}${i}`;
    const plan = c.carePlans[0]!;
    plan.id = `plan-${i}`;
    for (const m of c.careTeamMeetings) m.planId = plan.id;
    for (const m of c.monitorings) m.planId = plan.id;
    const source = i > 0 && chance(0.03) ? files[random() % i]!.carePlans[0]!.needs : undefined;
    plan.needs.forEach((need, n) => {
      const long = need.longTermGoals[0]!;
      const short = long.shortTermGoals[0]!;
      const copied = source?.[n];
      need.text = copied?.text ?? fill(random, pick(random, needTemplates));
      long.text = copied?.longTermGoals[0]?.text ?? fill(random, pick(random, longGoalTemplates));
      short.text = copied?.longTermGoals[0]?.shortTermGoals[0]?.text ?? fill(random, pick(random, shortGoalTemplates));
    });
    // 福祉用具貸与 mostly from one provider, so the office rule has something to weigh.
    const equipment = chance(0.75) ? equipmentProviders[0]! : pick(random, equipmentProviders);
    Object.assign(plan.needs[0]!.longTermGoals[0]!.shortTermGoals[0]!.serviceLines[1]!, equipment);
    const delivered = plan.delivery!.toProviders[1]!;
    const requested = plan.individualServicePlans[1]!;
    delivered.officeNumber = requested.officeNumber = equipment.providerOfficeNumber;
    delivered.providerName = requested.providerName = equipment.providerName;
    if (chance(0.08)) {
      c.careTeamMeetings = [];
      delete plan.meetingId;
    }
    if (chance(0.05)) delete plan.consent!.date;
    if (chance(0.05)) plan.delivery!.toProviders.pop();
    if (chance(0.1)) c.monitorings.splice(1, 1);
    if (chance(0.1)) for (const m of c.monitorings.slice(1)) m.method = 'online';
    if (chance(0.05)) c.certifications[0]!.validTo = '2025-08-31';
    files.push(c);
  }
  return files;
}
