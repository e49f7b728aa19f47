import { ageOn } from '../dates/iso-date.js';
import { normalizeText } from '../text/normalize-text.js';
import type { AgeBand } from './unmet-need.schema.js';

/**
 * De-identification for what leaves a case file toward the region (unmet needs, and later meeting
 * sheets): a person becomes an age band, a care level and an area; names, addresses, numbers and
 * birth dates never go. {@link findPersonalData} is the guard the server runs on every such save.
 */

export function ageBandOf(birthDate: string | undefined, on: string): AgeBand | undefined {
  if (!birthDate) return undefined;
  const age = ageOn(birthDate, on);
  return age < 65 ? 'under65' : age < 75 ? '65to74' : age < 85 ? '75to84' : '85plus';
}

/** What could name a person: checked for in de-identified text. */
export interface PersonIdentifiers {
  name: string;
  nameKana?: string | undefined;
  insuredNumber?: string | undefined;
  address?: string | undefined;
  birthDate?: string | undefined;
  phone?: string | undefined;
}

export type PersonalDataKind = 'name' | 'kana' | 'insured_number' | 'address' | 'birth_date' | 'phone';
export const personalDataLabels: Record<PersonalDataKind, string> = {
  name: '氏名',
  kana: '氏名（カナ）',
  insured_number: '被保険者番号',
  address: '住所（番地）',
  birth_date: '生年月日',
  phone: '電話番号',
};

const squash = (text: string) => normalizeText(text).normalize('NFKC').replace(/[\s\u3000・\-‐－ー−]/gu, '');
const digits = (text: string) => text.normalize('NFKC').replace(/\D/gu, '');

/** Name parts worth searching for: the whole name and each part of two characters or more. */
function nameParts(name: string): string[] {
  const parts = normalizeText(name).split(/[\s\u3000]+/u).filter((p) => p.length >= 2);
  return [squash(name), ...parts.map(squash)].filter((p) => p.length >= 2);
}

/** The 番地 part of an address (町名 + numbers) and the whole line: what must not be written. */
function addressParts(address: string): string[] {
  const whole = squash(address);
  const tail = /[^\d県都道府市郡区村]*\d[\d丁目番地号の-]*$/u.exec(whole)?.[0];
  return [whole, ...(tail && /\d.*\d/u.test(tail) ? [tail] : [])].filter((p) => p.length >= 4);
}

/**
 * Which kinds of personal data of `people` occur in `texts`. The values themselves are not
 * returned, so the answer can be shown and logged without repeating them.
 */
export function findPersonalData(texts: readonly string[], people: readonly PersonIdentifiers[]): PersonalDataKind[] {
  const joined = squash(texts.join('\n'));
  const joinedDigits = texts.map(digits).join('|');
  const found = new Set<PersonalDataKind>();
  for (const person of people) {
    if (nameParts(person.name).some((p) => joined.includes(p))) found.add('name');
    if (person.nameKana && nameParts(person.nameKana).some((p) => p.length >= 3 && joined.includes(p))) found.add('kana');
    if (person.insuredNumber && digits(person.insuredNumber).length >= 6 && joinedDigits.includes(digits(person.insuredNumber))) found.add('insured_number');
    if (person.address && addressParts(person.address).some((p) => joined.includes(p))) found.add('address');
    if (person.birthDate) {
      const [y, m, d] = person.birthDate.split('-').map(Number);
      const forms = [person.birthDate, `${y}/${m}/${d}`, `${y}年${m}月${d}日`].map(squash);
      if (forms.some((f) => joined.includes(f))) found.add('birth_date');
    }
    if (person.phone && digits(person.phone).length >= 8 && joinedDigits.includes(digits(person.phone))) found.add('phone');
  }
  return [...found];
}
