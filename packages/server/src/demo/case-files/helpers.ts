import {
  addDays,
  addMonths,
  endOfMonth,
  startOfMonth,
  type CareLevel,
  type CaseFile,
  type Certification,
  type FamilyMember,
  type SupportLogEntry,
  type SupportLogKind,
} from '@kizuki/core';

/**
 * Shared pieces of the demo case files: stable ids, dates anchored on "today", the staff
 * and small constructors. Everything here is deterministic for a given `today`.
 */

/** Which tenant a demo case file belongs to (居宅介護支援事業所 or 地域包括支援センター). */
export type DemoTenant = 'office' | 'center';

export interface DemoCaseFile {
  tenant: DemoTenant;
  caseFile: CaseFile;
}

/** A demo case file factory and the line that says what it illustrates. */
export interface DemoCaseDefinition {
  /** Client number 1–99; ids are built from it (`demo-client-07`). */
  number: number;
  note: string;
  build: (cal: DemoCalendar) => DemoCaseFile;
}

/** Demo staff (ids of demo-organizations.ts) with the names printed on plans. */
export const staff = {
  cm: { userId: 'demo-user-cm', name: '佐藤 みのり' },
  cm2: { userId: 'demo-user-cm2', name: '田中 健太' },
  center: { userId: 'demo-user-center', name: '高橋 さくら' },
} as const;
export type StaffKey = keyof typeof staff;

/** 保険者番号 of the demo insurers (demo-organizations.ts). */
export const insurers = {
  omagariSenboku: '059901',
  hitachi: '089902',
  shiojiri: '209903',
  nemuro: '019904',
  otaru: '019905',
} as const;

/**
 * Readable ids that are unique across the whole demo: `demo-<kind>-<client>-<n>`, numbered
 * per kind in the order the case file's code asks for them (so they never change).
 */
export class DemoIds {
  readonly client: string;
  private readonly prefix: string;
  private readonly counters = new Map<string, number>();

  constructor(number: number) {
    this.prefix = String(number).padStart(2, '0');
    this.client = `demo-client-${this.prefix}`;
  }

  next(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `demo-${kind}-${this.prefix}-${n}`;
  }
}

/** Dates relative to "today" (Japan), whole months counted from the first of this month. */
export class DemoCalendar {
  readonly thisMonth: string;

  constructor(readonly today: string) {
    this.thisMonth = startOfMonth(today);
  }

  /** The first day of the month `offset` months from this one. */
  month(offset: number): string {
    return addMonths(this.thisMonth, offset);
  }

  /** The last day of the month `offset` months from this one. */
  monthEnd(offset: number): string {
    return endOfMonth(this.month(offset));
  }

  /** Day `day` (1–28, so it exists in every month) of the month `offset` months from this one. */
  day(offset: number, day: number): string {
    return addDays(this.month(offset), Math.min(Math.max(day, 1), 28) - 1);
  }

  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  daysAhead(days: number): string {
    return addDays(this.today, days);
  }

  isPast(date: string): boolean {
    return date <= this.today;
  }

  /** `date`, or today when `date` has not come yet (for events that must already have happened). */
  notAfterToday(date: string): string {
    return date <= this.today ? date : this.today;
  }
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export interface CertificationSpec {
  level: CareLevel;
  from: string;
  /** Open for 事業対象者, who have no fixed validity. */
  to?: string;
  kind: 'new' | 'renewal' | 'level_change';
  previous?: CareLevel;
  opinion?: string;
  notes?: string;
  /** 申請中 (a renewal or change waiting for the decision). */
  applying?: boolean;
  /** 認定日 when the default (12 days before a renewal, 30 days after a new application) does not fit. */
  certifiedOn?: string;
}

/** A 要介護認定: a new application takes effect on the application date, a renewal on the day after the last one ends. */
export function certification(ids: DemoIds, cal: DemoCalendar, spec: CertificationSpec): Certification {
  const applicationDate = spec.kind === 'renewal' ? addDays(spec.from, -55) : spec.from;
  const cert: Certification = {
    id: ids.next('cert'),
    status: spec.applying ? 'applying' : 'certified',
    applicationKind: spec.kind,
    applicationDate: cal.notAfterToday(applicationDate),
    careLevel: spec.applying ? undefined : spec.level,
    previousCareLevel: spec.previous,
    certifiedOn: spec.applying ? undefined : cal.notAfterToday(spec.certifiedOn ?? (spec.kind === 'renewal' ? addDays(spec.from, -12) : addDays(spec.from, 30))),
    validFrom: spec.applying ? undefined : spec.from,
    validTo: spec.applying ? undefined : spec.to,
    committeeOpinion: spec.applying ? undefined : (spec.opinion ?? '特になし'),
    notes: spec.notes,
  };
  return cert;
}

type FamilySpec = Omit<FamilyMember, 'id'>;

/** 家族等 with generated ids. */
export function family(ids: DemoIds, members: FamilySpec[]): FamilyMember[] {
  return members.map((member) => ({ id: ids.next('fm'), ...member }));
}

/** One 居宅介護支援経過 (第5表) entry. */
export function log(
  ids: DemoIds,
  author: StaffKey,
  date: string,
  kind: SupportLogKind,
  counterpart: string,
  title: string,
  content: string,
  extra: { time?: string; relatedDocumentId?: string } = {},
): SupportLogEntry {
  return { id: ids.next('log'), date, kind, counterpart, title, content, authorUserId: staff[author].userId, ...extra };
}

/** An empty case file around a client, to fill in part by part. */
export function emptyParts(): Omit<CaseFile, 'client'> {
  return { certifications: [], assessments: [], carePlans: [], careTeamMeetings: [], supportLog: [], monitorings: [], basicChecklists: [], preventionPlans: [], serviceUsages: [] };
}
