import { KizukiError } from '../errors/kizuki-error.js';
import { csvFileKinds, type CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';

/** One end of an exchange: 事業所番号 (10 digits) and サービス種類コード (2 characters, 43 = 居宅介護支援). */
export interface CsvParty {
  officeNumber: string;
  serviceType: string;
}

/** What a file name says (v4.1 naming rule, standards.md §3.3). */
export interface CsvFileName {
  kind: CsvFileKind;
  /** 提供年月 / 対象年月 YYYYMM for the kinds that carry it (000000 when UPHOSOKU goes with 第1表). */
  month?: string;
  from: CsvParty;
  to: CsvParty;
  /** YYYYMMDDHHMMSS, the ファイル連番 shared by every file of one send unit (送信単位) */
  timestamp: string;
}

const officePattern = /^\d{10}$/u;
const serviceTypePattern = /^[0-9A-Z]{2}$/u;
const timestampPattern = /^\d{14}$/u;

// Longest prefixes first, so UPKIHON_SUB1 is not read as UPKIHON.
const prefixes = [...csvFileKinds].sort((a, b) => b.length - a.length).join('|');
const namePattern = new RegExp(`^(${prefixes})(?:_(\\d{6}))?_(\\d{10})_([0-9A-Z]{2})_(\\d{10})_([0-9A-Z]{2})_(\\d{14})\\.csv$`, 'iu');

function checkParty(party: CsvParty, role: string): void {
  if (!officePattern.test(party.officeNumber)) throw new KizukiError('bad_request', `${role}の事業所番号は10桁の数字で指定してください（指定: ${party.officeNumber}）。`);
  if (!serviceTypePattern.test(party.serviceType)) throw new KizukiError('bad_request', `${role}のサービス種類コードは2桁の英数字で指定してください（指定: ${party.serviceType}）。`);
}

/**
 * The file name of the standard: `PREFIX[_YYYYMM]_送信元事業所番号_種類_送信先事業所番号_種類_YYYYMMDDHHMMSS.CSV`.
 * Throws KizukiError('bad_request') for a malformed party, month or timestamp.
 */
export function formatCsvFileName(name: CsvFileName): string {
  checkParty(name.from, '送信元');
  checkParty(name.to, '送信先');
  if (!timestampPattern.test(name.timestamp)) throw new KizukiError('bad_request', `ファイル連番は YYYYMMDDHHMMSS の14桁で指定してください（指定: ${name.timestamp}）。`);
  const layout = csvLayouts[name.kind];
  let month = '';
  if (layout.monthInName) {
    if (!name.month || !/^\d{6}$/u.test(name.month)) throw new KizukiError('bad_request', `${layout.title}のファイル名には年月（YYYYMM）が必要です。`);
    month = `_${name.month}`;
  }
  return `${name.kind}${month}_${name.from.officeNumber}_${name.from.serviceType}_${name.to.officeNumber}_${name.to.serviceType}_${name.timestamp}.CSV`;
}

/**
 * Reads a file name of the standard (the extension may be lower case); undefined when the name
 * does not follow the rule, including a missing or unexpected YYYYMM part.
 */
export function parseCsvFileName(fileName: string): CsvFileName | undefined {
  const base = fileName.split(/[/\\]/u).pop() ?? fileName;
  const m = namePattern.exec(base);
  if (!m) return undefined;
  const kind = (m[1] ?? '').toUpperCase() as CsvFileKind;
  const month = m[2];
  if (csvLayouts[kind].monthInName !== (month !== undefined)) return undefined;
  return {
    kind,
    ...(month === undefined ? {} : { month }),
    from: { officeNumber: m[3] ?? '', serviceType: (m[4] ?? '').toUpperCase() },
    to: { officeNumber: m[5] ?? '', serviceType: (m[6] ?? '').toUpperCase() },
    timestamp: m[7] ?? '',
  };
}

/** The key of a send unit (送信単位): every file with the same sender, destination and timestamp. */
export function sendUnitKey(name: Pick<CsvFileName, 'from' | 'to' | 'timestamp'>): string {
  return `${name.timestamp}_${name.from.officeNumber}_${name.from.serviceType}_${name.to.officeNumber}_${name.to.serviceType}`;
}

/** A ファイル連番 (YYYYMMDDHHMMSS) for `date`, in Japan time as the offices read it. */
export function csvTimestamp(date: Date): string {
  const tokyo = new Date(date.getTime() + 9 * 3600 * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(tokyo.getUTCFullYear(), 4)}${p(tokyo.getUTCMonth() + 1)}${p(tokyo.getUTCDate())}${p(tokyo.getUTCHours())}${p(tokyo.getUTCMinutes())}${p(tokyo.getUTCSeconds())}`;
}
