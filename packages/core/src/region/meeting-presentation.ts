import { z } from 'zod';
import { careLevelTable } from '../domain/codes/care-level.js';
import { choice, idSchema, inlineText, optionalBoolean, requiredDate, requiredText } from '../domain/common.schema.js';
import type { Assessment } from '../domain/assessment.schema.js';
import { assessmentItems, type AssessmentItemKey } from '../domain/assessment-items.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import { informalCategoryLabels } from '../domain/care-plan-needs.schema.js';
import { householdTypeLabels, sexLabels, type Client } from '../domain/client.schema.js';
import { normalizeText } from '../text/normalize-text.js';
import { ageBandOf, findPersonalData, personalDataLabels, type PersonalDataKind, type PersonIdentifiers } from './pseudonymize.js';
import { ageBandLabels, ageBands } from './unmet-need.schema.js';

/**
 * 地域ケア会議の事例提出シート: a case as a meeting sees it, derived from the case file (利用者基本情報,
 * アセスメント, 居宅サービス計画 第1〜3表) when the care manager presents it, then frozen. Pseudonymized by
 * default: initials for the name, the 日常生活圏域 for the address, an age band for the birth date, and
 * never the 被保険者番号. The care manager may choose to show more ({@link presentationDisclosures}).
 */

export const presentationDisclosures = ['realName', 'detailedAddress', 'physician', 'familyNames'] as const;
export type PresentationDisclosure = (typeof presentationDisclosures)[number];
export const presentationDisclosureLabels: Record<PresentationDisclosure, string> = {
  realName: '実名を表示',
  detailedAddress: '詳細な住所を表示',
  physician: '主治医名を表示',
  familyNames: '家族等の氏名を表示',
};

export const presentationShownSchema = z
  .object(Object.fromEntries(presentationDisclosures.map((k) => [k, optionalBoolean()])) as Record<PresentationDisclosure, ReturnType<typeof optionalBoolean>>)
  .default({});
export type PresentationShown = Partial<Record<PresentationDisclosure, boolean | undefined>>;

const sheetLine = z.object({ heading: requiredText('見出し', 100), text: requiredText('内容', 4000) });

export const presentationSheetSchema = z.object({
  presentedOn: requiredDate('提出日'),
  /** イニシャル (Y.H.) or, when shown, the name */
  label: requiredText('本人の表示名', 100),
  ageBand: choice(ageBands, '年齢層').optional(),
  sex: inlineText(10),
  careLevel: inlineText(20),
  household: inlineText(30),
  /** 日常生活圏域 */
  area: requiredText('日常生活圏域', 60),
  address: inlineText(300),
  physician: inlineText(300),
  /** 本人の状況 */
  situation: z.array(sheetLine).max(30).default([]),
  /** 課題（生活全般の解決すべき課題） */
  issues: z.array(requiredText('課題', 1000)).max(30).default([]),
  /** 目標: 長期目標 and its 短期目標 */
  goals: z.array(z.object({ longTerm: requiredText('長期目標', 1000), shortTerm: z.array(requiredText('短期目標', 1000)).max(20).default([]) })).max(30).default([]),
  /** 支援内容 */
  supports: z.array(z.object({ content: requiredText('サービス内容', 1000), by: inlineText(200), frequency: inlineText(100) })).max(100).default([]),
  /** 検討したいこと */
  questions: requiredText('検討したいこと', 2000),
  shown: presentationShownSchema,
  /** the case-file documents it was derived from (pinned by the grant) */
  sources: z.array(z.object({ documentId: idSchema, revision: z.number().int().positive(), kind: inlineText(30) })).max(10).default([]),
});
export type PresentationSheet = z.infer<typeof presentationSheetSchema>;

/** Body of `POST /api/community-meetings/presentations` (the care manager's side). */
export const presentationRequestSchema = z.object({
  clientId: idSchema,
  /** the 地域包括支援センター or insurer that holds the meeting */
  meetingOrganizationId: z.string({ error: '会議を開く組織を指定してください' }).min(1, { error: '会議を開く組織を指定してください' }),
  /** 日常生活圏域 shown instead of the address */
  area: requiredText('日常生活圏域', 60),
  questions: z.preprocess((v) => (typeof v === 'string' ? normalizeText(v) : v), z.string({ error: '検討したいことを入力してください' }).min(1, { error: '検討したいことを入力してください' }).max(2000, { error: '検討したいことは2000文字以内で入力してください' })),
  shown: presentationShownSchema,
  /** last day (Japan) the meeting may read the case */
  validUntil: requiredDate('共有の期限'),
  /** the meeting this case is for, when known (開催予定日 or 会議名) */
  meetingNote: inlineText(200),
});
export type PresentationRequest = z.infer<typeof presentationRequestSchema>;

const kanaInitials: [RegExp, string][] = [
  [/^[アイウエオヴ]/u, ''],
  [/^[カキクケコ]/u, 'K'],
  [/^[ガギグゲゴ]/u, 'G'],
  [/^シ/u, 'S'],
  [/^[サスセソ]/u, 'S'],
  [/^ジ/u, 'J'],
  [/^[ザズゼゾ]/u, 'Z'],
  [/^チ/u, 'C'],
  [/^ツ/u, 'T'],
  [/^[タテト]/u, 'T'],
  [/^[ダヂヅデド]/u, 'D'],
  [/^[ナニヌネノ]/u, 'N'],
  [/^フ/u, 'F'],
  [/^[ハヒヘホ]/u, 'H'],
  [/^[バビブベボ]/u, 'B'],
  [/^[パピプペポ]/u, 'P'],
  [/^[マミムメモ]/u, 'M'],
  [/^[ヤユヨ]/u, 'Y'],
  [/^[ラリルレロ]/u, 'R'],
  [/^[ワヲ]/u, 'W'],
];
const vowelInitials: Record<string, string> = { ア: 'A', イ: 'I', ウ: 'U', エ: 'E', オ: 'O', ヴ: 'V' };

/** イニシャル from the フリガナ, family name first as written (ヤマダ ハナコ → Y.H.). */
export function initialsOf(nameKana: string): string {
  const parts = normalizeText(nameKana).split(/[\s\u3000]+/u).filter(Boolean);
  const letters = parts.map((part) => {
    const first = part[0] ?? '';
    const rule = kanaInitials.find(([re]) => re.test(part));
    return rule ? rule[1] || (vowelInitials[first] ?? '') : '';
  });
  const text = letters.filter(Boolean).map((l) => `${l}.`).join('');
  return text === '' ? '本人' : text;
}

const situationItems: readonly AssessmentItemKey[] = ['health', 'adl', 'iadl', 'cognition', 'communication', 'nutrition', 'oral', 'socialParticipation', 'family', 'environment'];
const itemName = (key: AssessmentItemKey) => assessmentItems.find((i) => i.key === key)?.name ?? key;

export interface PresentationSource {
  client: Client;
  assessment?: { id: string; revision: number; body: Assessment } | undefined;
  carePlan?: { id: string; revision: number; body: CarePlan } | undefined;
}

export interface PresentationInput extends PresentationSource {
  presentedOn: string;
  area: string;
  questions: string;
  shown: PresentationShown;
}

const separators = '[\\s\\u3000・]*';
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A pattern for `word` that also matches it written with spaces or 中黒 between characters. */
function loosePattern(word: string): RegExp {
  const chars = [...word.normalize('NFKC').replace(/[\s\u3000・]/gu, '')];
  return new RegExp(chars.map(escape).join(separators), 'gu');
}

interface Replacement {
  word: string;
  by: string;
}

function nameReplacements(name: string, by: string): Replacement[] {
  const full = name.replace(/[\s\u3000]+/gu, '');
  const parts = name.split(/[\s\u3000]+/u).filter((p) => p.length >= 2);
  return [{ word: full, by }, ...parts.map((word) => ({ word, by }))];
}

/** What the sheet must not say, with what stands in its place. Longer words are replaced first. */
function replacementsFor(source: PresentationSource, label: string, shown: PresentationShown): Replacement[] {
  const { client } = source;
  const list: Replacement[] = [];
  if (!shown.realName) {
    list.push(...nameReplacements(client.name, label));
    list.push(...nameReplacements(client.nameKana, label).filter((r) => r.word.length >= 3));
  }
  if (!shown.detailedAddress && client.address?.line1) list.push({ word: client.address.line1, by: '（住所）' });
  if (!shown.detailedAddress && client.address?.line2) list.push({ word: client.address.line2, by: '' });
  for (const phone of [client.phone, client.mobilePhone]) if (phone) list.push({ word: phone, by: '（電話番号）' });
  list.push({ word: client.insuredNumber, by: '（被保険者番号）' });
  const [y, m, d] = client.birthDate.split('-').map(Number);
  for (const form of [client.birthDate, `${y}/${m}/${d}`, `${y}年${m}月${d}日`]) list.push({ word: form, by: '（生年月日）' });
  if (!shown.familyNames) {
    for (const member of client.familyMembers) {
      const by = member.relationship || '家族';
      list.push(...nameReplacements(member.name, by));
      if (member.nameKana) list.push(...nameReplacements(member.nameKana, by).filter((r) => r.word.length >= 3));
      if (member.phone) list.push({ word: member.phone, by: '（電話番号）' });
    }
  }
  if (!shown.physician && client.primaryDoctor?.doctorName) list.push(...nameReplacements(client.primaryDoctor.doctorName, '主治医'));
  return list.filter((r) => r.word.length >= 2).sort((a, b) => b.word.length - a.word.length);
}

function redactor(replacements: readonly Replacement[]): (text: string) => string {
  const patterns = replacements.map((r) => ({ re: loosePattern(r.word), by: r.by }));
  return (text) => patterns.reduce((t, p) => t.replace(p.re, p.by), normalizeText(text)).trim();
}

/** The people a sheet must not identify beyond what the care manager chose to show. */
export function presentationPeople(client: Client, shown: PresentationShown): PersonIdentifiers[] {
  const people: PersonIdentifiers[] = [
    {
      name: shown.realName ? '' : client.name,
      nameKana: shown.realName ? undefined : client.nameKana,
      insuredNumber: client.insuredNumber,
      address: shown.detailedAddress ? undefined : client.address?.line1,
      birthDate: client.birthDate,
      phone: client.phone ?? client.mobilePhone,
    },
  ];
  // With the client's name shown, a relative's family name alone is no longer a leak.
  const shownParts = shown.realName ? [client.name, client.nameKana].flatMap((n) => n.split(/[\s\u3000]+/u)) : [];
  const unshared = (name: string | undefined) => name && name.split(/[\s\u3000]+/u).filter((p) => !shownParts.includes(p)).join(' ');
  if (!shown.familyNames) for (const m of client.familyMembers) people.push({ name: unshared(m.name) || '', nameKana: unshared(m.nameKana) || undefined, phone: m.phone });
  return people;
}

/** Every text of a sheet, for the personal-data guard. */
export function presentationTexts(sheet: PresentationSheet): string[] {
  return [
    sheet.label,
    sheet.area,
    sheet.address ?? '',
    sheet.physician ?? '',
    ...sheet.situation.flatMap((l) => [l.heading, l.text]),
    ...sheet.issues,
    ...sheet.goals.flatMap((g) => [g.longTerm, ...g.shortTerm]),
    ...sheet.supports.flatMap((s) => [s.content, s.by ?? '', s.frequency ?? '']),
    sheet.questions,
  ];
}

/** Kinds of personal data a sheet still contains that the care manager did not choose to show. */
export function presentationLeaks(sheet: PresentationSheet, client: Client): PersonalDataKind[] {
  return findPersonalData(presentationTexts(sheet), presentationPeople(client, sheet.shown));
}

export function presentationLeakMessage(kinds: readonly PersonalDataKind[]): string {
  return `提出シートに${kinds.map((k) => personalDataLabels[k]).join('・')}が含まれています。検討したいことやアセスメント・計画の記載から取り除いてから提出してください。`;
}

/** Builds the sheet from the case file, with every name, number and address not chosen replaced. */
export function buildPresentationSheet(input: PresentationInput): PresentationSheet {
  const { client, assessment, carePlan, shown } = input;
  const label = shown.realName ? client.name : `${initialsOf(client.nameKana)}さん`;
  const clean = redactor(replacementsFor(input, label, shown));
  const present = (text: string | undefined) => (text ? clean(text) : '');

  const situation: PresentationSheet['situation'] = [];
  const items = assessment?.body.items;
  const push = (heading: string, text: string | undefined) => {
    const t = present(text);
    if (t !== '') situation.push({ heading, text: t });
  };
  push('現在の生活状況', items?.lifeHistory?.currentLife ?? items?.lifeHistory?.notes);
  push('本人の主訴・意向', items?.complaintsAndWishes?.clientWords);
  push('家族等の意向', items?.complaintsAndWishes?.familyWishes);
  for (const key of situationItems) push(itemName(key), (items?.[key])?.notes);

  const plan = carePlan?.body;
  const needs = plan?.needs ?? [];
  const issues = needs.map((n) => present(n.text)).filter((t) => t !== '');
  const goals = needs.flatMap((n) =>
    n.longTermGoals
      .map((g) => ({ longTerm: present(g.text), shortTerm: g.shortTermGoals.map((s) => present(s.text)).filter((t) => t !== '') }))
      .filter((g) => g.longTerm !== ''),
  );
  const supports = needs.flatMap((n) =>
    n.longTermGoals.flatMap((g) =>
      g.shortTermGoals.flatMap((s) =>
        s.serviceLines
          .map((line) => ({
            content: present(line.content),
            by: present(line.kind === 'informal' ? (line.informalCategory ? informalCategoryLabels[line.informalCategory] : 'インフォーマル') : (line.serviceTypeName ?? line.providerName)),
            frequency: present(line.frequency),
          }))
          .filter((line) => line.content !== ''),
      ),
    ),
  );
  const careLevel = plan?.careLevel ?? assessment?.body.items?.certificationInfo?.careLevel;
  const ageBand = ageBandOf(client.birthDate, input.presentedOn);
  const doctor = client.primaryDoctor;
  return presentationSheetSchema.parse({
    presentedOn: input.presentedOn,
    label,
    ageBand,
    sex: client.sex ? sexLabels[client.sex] : undefined,
    careLevel: careLevel ? careLevelTable[careLevel].label : undefined,
    household: client.householdType ? householdTypeLabels[client.householdType] : undefined,
    area: input.area,
    address: shown.detailedAddress ? [client.address?.line1, client.address?.line2].filter(Boolean).join(' ') || undefined : undefined,
    physician: shown.physician && doctor ? [doctor.institution, doctor.doctorName].filter(Boolean).join(' ') || undefined : undefined,
    situation,
    issues,
    goals,
    supports,
    questions: clean(input.questions),
    shown: Object.fromEntries(presentationDisclosures.map((k) => [k, shown[k] === true])),
    sources: [
      ...(assessment ? [{ documentId: assessment.id, revision: assessment.revision, kind: 'assessment' }] : []),
      ...(carePlan ? [{ documentId: carePlan.id, revision: carePlan.revision, kind: 'care_plan' }] : []),
    ],
  });
}

export function ageBandLabel(sheet: Pick<PresentationSheet, 'ageBand'>): string {
  return sheet.ageBand ? ageBandLabels[sheet.ageBand] : '';
}
