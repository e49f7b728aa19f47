import { randomUUID } from 'node:crypto';
import { KizukiError, organizationSchema, type CsvImportSender, type CsvReadResult, type CsvSendUnit, type Organization, type OrganizationKind } from '@kizuki/core';
import type { Store } from '../store/store.js';

/** The office whose records a send unit carries, as the files name it. */
export interface SenderOffice {
  officeNumber: string;
  serviceType: string;
  name?: string;
  kind: OrganizationKind;
}

/** サービス種類 of the offices that keep case files: 43 居宅介護支援, 46 介護予防支援 (地域包括支援センター). */
const ownerKinds: Readonly<Record<string, OrganizationKind>> = { '43': 'care_management_office', '46': 'community_center' };

/**
 * The office whose records a unit carries: its sender for plans and 利用票 (居宅介護支援・介護予防支援
 * send them), its destination for a provider's 実績 (UPJSK goes to the care manager's office).
 */
function ownerOf(unit: Pick<CsvSendUnit, 'from' | 'to' | 'fromName'>): SenderOffice | undefined {
  const fromKind = ownerKinds[unit.from.serviceType];
  if (fromKind) return { ...unit.from, kind: fromKind, ...(unit.fromName !== undefined ? { name: unit.fromName } : {}) };
  const toKind = ownerKinds[unit.to.serviceType];
  return toKind ? { ...unit.to, kind: toKind } : undefined;
}

/** The distinct offices the units of an input belong to. */
export function senderOffices(read: CsvReadResult): SenderOffice[] {
  const byNumber = new Map<string, SenderOffice>();
  for (const unit of read.units) {
    const owner = ownerOf(unit);
    if (owner && (!byNumber.has(owner.officeNumber) || (owner.name && !byNumber.get(owner.officeNumber)!.name))) byNumber.set(owner.officeNumber, owner);
  }
  return [...byNumber.values()];
}

const describe = (office: SenderOffice) => `「${office.name ?? '名称不明'}」（事業所番号 ${office.officeNumber}）`;

/** Where an import goes: an organization in Kizuki, or one to create with the first unit that stores something. */
export interface ImportTarget {
  organization: Organization;
  /** true: not yet stored; pass it as `newOrganization` to storeCsvImport */
  create: boolean;
  /** a remark for the operator (the files come from another office than the one they go into) */
  note?: string;
}

/**
 * The organization an import goes into when none is named: the office the files come from.
 * With `create`, an office not yet in Kizuki is returned to be created from the 事業所番号 and name
 * the files carry; storeCsvImport creates it in the transaction of the first unit it stores, so an
 * input refused whole leaves nothing behind. Without it, the error names the office found and says
 * how to create it.
 */
export async function officeForImport(store: Store, read: CsvReadResult, create: boolean): Promise<ImportTarget> {
  const offices = senderOffices(read);
  const organizations = await store.listOrganizations();
  const existing = organizations.filter((o) => o.kind !== 'insurer');
  const [only] = existing;
  // A deployment of one office takes imports into that office, as it always has.
  if (!create && existing.length === 1 && only) {
    const others = offices.filter((o) => o.officeNumber !== only.officeNumber);
    const note = others.length > 0 ? `送信元${others.map(describe).join('、')}は「${only.name}」（${only.officeNumber ?? '事業所番号なし'}）と事業所番号が違いますが、Kizuki にある唯一の事業所に取り込みます。` : undefined;
    return { organization: only, create: false, ...(note ? { note } : {}) };
  }
  if (offices.length > 1) {
    throw new KizukiError('bad_request', `送信元の事業所が複数あります: ${offices.map(describe).join('、')}。--org で取り込み先の組織を指定するか、事業所ごとに分けて取り込んでください。`, { offices });
  }
  const [office] = offices;
  if (!office) throw new KizukiError('bad_request', '送信元の居宅介護支援事業所・地域包括支援センターがファイルから分かりません。--org で取り込み先の組織を指定してください（kizuki org list で確認できます）。');
  const known = organizations.find((o) => o.officeNumber === office.officeNumber);
  if (known) return { organization: known, create: false };
  if (!create) {
    throw new KizukiError(
      'bad_request',
      existing.length === 0
        ? `ファイルの送信元${describe(office)}の組織が Kizuki にありません。--create-office を付けると、この事業所を組織として作成して取り込みます（kizuki org add で先に作成することもできます）。`
        : `ファイルの送信元${describe(office)}の組織が Kizuki にありません。--org で取り込み先の組織を指定するか（kizuki org list で確認できます）、--create-office でこの事業所を組織として作成して取り込んでください。`,
      { office },
    );
  }
  const organization = organizationSchema.parse({ id: randomUUID(), kind: office.kind, name: office.name ?? `事業所 ${office.officeNumber}`, officeNumber: office.officeNumber });
  return { organization, create: true };
}

/**
 * The offices the units of an input belong to, each compared with the organization that takes the
 * import: the browser imports into the user's own organization, and says so when the files come
 * from another office.
 */
export function importSenders(read: CsvReadResult, organization: Pick<Organization, 'officeNumber'>): CsvImportSender[] {
  return senderOffices(read).map((office) => ({ ...office, sameOffice: office.officeNumber === organization.officeNumber }));
}
