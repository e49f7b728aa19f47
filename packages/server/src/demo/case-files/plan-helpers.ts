import {
  addDays,
  endOfMonth,
  addMonths,
  type AssessmentItemKey,
  type CarePlan,
  type CareTeamMeeting,
  type Certification,
  type InformalCategory,
  type LivingSupportReason,
  type Need,
  type Period,
  type PlanCategory,
  type PlanStatus,
  type ServiceLine,
  type WeeklySchedule,
} from '@kizuki/core';
import { minDate, staff, type DemoCalendar, type DemoIds, type StaffKey } from './helpers.js';
import type { DemoProvider } from './providers.js';

/** The periods of a plan: long-term goals for the whole plan, short-term goals for its first months. */
export interface PlanFrame {
  long: Period;
  short: Period;
}

/** Long-term goals from `start` to `end` (usually the end of the certification), short-term goals for `shortMonths`. */
export function planFrame(start: string, end: string, shortMonths = 6): PlanFrame {
  return { long: { start, end }, short: { start, end: minDate(endOfMonth(addMonths(start, shortMonths - 1)), end) } };
}

/** An insured service line (※1 保険給付対象) of `provider`. */
export function insured(ids: DemoIds, provider: DemoProvider, content: string, frequency: string, extra: Partial<ServiceLine> = {}): ServiceLine {
  return {
    id: ids.next('line'),
    kind: 'insured',
    insured: true,
    content,
    serviceTypeCode: provider.code,
    serviceTypeName: provider.typeName,
    providerOfficeNumber: provider.officeNumber,
    providerName: provider.name,
    frequency,
    ...extra,
  };
}

/** An informal support line (家族・近隣・民生委員・サロン・ボランティア・本人 …). */
export function informal(ids: DemoIds, category: InformalCategory, who: string, content: string, frequency: string, extra: Partial<ServiceLine> = {}): ServiceLine {
  return { id: ids.next('line'), kind: 'informal', insured: false, informalCategory: category, content, providerName: who, frequency, ...extra };
}

export interface ShortGoalSpec {
  text: string;
  /** Defaults to the frame's short-term period. */
  period?: Period;
  lines: ServiceLine[];
}

export interface NeedSpec {
  text: string;
  items: AssessmentItemKey[];
  long: string;
  /** Defaults to the frame's long-term period. */
  longPeriod?: Period;
  short: ShortGoalSpec[];
}

/** 第2表 needs with generated ids; a line without a period gets its short-term goal's period. */
export function needs(ids: DemoIds, frame: PlanFrame, specs: NeedSpec[]): Need[] {
  return specs.map((spec) => ({
    id: ids.next('need'),
    text: spec.text,
    assessmentItems: spec.items,
    longTermGoals: [
      {
        id: ids.next('ltg'),
        text: spec.long,
        period: spec.longPeriod ?? frame.long,
        shortTermGoals: spec.short.map((goal) => {
          const period = goal.period ?? frame.short;
          return { id: ids.next('stg'), text: goal.text, period, serviceLines: goal.lines.map((line) => ({ ...line, period: line.period ?? period })) };
        }),
      },
    ],
  }));
}

/** The distinct providers of the insured lines of `planNeeds`, in order of appearance. */
export function insuredProviders(planNeeds: readonly Need[]): Array<{ name: string; officeNumber: string }> {
  const seen = new Map<string, { name: string; officeNumber: string }>();
  for (const need of planNeeds) {
    for (const goal of need.longTermGoals) {
      for (const shortTerm of goal.shortTermGoals) {
        for (const line of shortTerm.serviceLines) {
          if (line.kind !== 'insured' || !line.providerName) continue;
          const key = `${line.providerName}/${line.providerOfficeNumber ?? ''}`;
          if (!seen.has(key)) seen.set(key, { name: line.providerName, officeNumber: line.providerOfficeNumber ?? '' });
        }
      }
    }
  }
  return [...seen.values()];
}

export interface ProcessSpec {
  meetingId?: string;
  consentOn?: string;
  consentBy?: string;
  relationship?: string;
  /** Delivered to the client (and, unless `providersLeftOut`, to every provider) on this day. */
  deliveredOn?: string;
  providersLeftOut?: boolean;
  /** 個別サービス計画の提出依頼 (default: yes, on delivery). */
  requestPlans?: boolean;
}

export interface PlanSpec {
  id: string;
  cal: DemoCalendar;
  ids: DemoIds;
  status: PlanStatus;
  author: StaffKey;
  cert: Certification;
  assessmentId?: string;
  createdOn: string;
  planDate: string;
  firstPlanDate: string;
  categories: PlanCategory[];
  intentions: { client: string; family?: string; analysisResult?: string };
  overallPolicy?: string;
  emergency?: string;
  livingSupport?: LivingSupportReason | { otherText: string };
  needs: Need[];
  weekly?: WeeklySchedule;
  process: ProcessSpec;
  supersedes?: string;
  supersededBy?: string;
  supersededOn?: string;
  notes?: string;
}

/** A 居宅サービス計画 (第1〜3表) with its lifecycle records filled from `spec.process`. */
export function carePlan(spec: PlanSpec): CarePlan {
  const { process: p, ids, cal } = spec;
  const providers = insuredProviders(spec.needs);
  const requested = p.deliveredOn !== undefined && p.requestPlans !== false;
  const livingSupport = spec.livingSupport;
  return {
    id: spec.id,
    status: spec.status,
    createdOn: spec.createdOn,
    planDate: spec.planDate,
    firstPlanDate: spec.firstPlanDate,
    planCategories: spec.categories,
    certificationStatus: spec.cert.status,
    certificationId: spec.cert.id,
    careLevel: spec.cert.careLevel,
    certifiedOn: spec.cert.certifiedOn,
    certificationValidFrom: spec.cert.validFrom,
    certificationValidTo: spec.cert.validTo,
    assessmentId: spec.assessmentId,
    authorUserId: staff[spec.author].userId,
    authorName: staff[spec.author].name,
    intentions: spec.intentions,
    committeeOpinion: spec.cert.committeeOpinion,
    overallPolicy: spec.overallPolicy,
    livingSupportReason: livingSupport === undefined ? undefined : typeof livingSupport === 'string' ? { reason: livingSupport } : { reason: 'other', otherText: livingSupport.otherText },
    emergencyContactsNote: spec.emergency,
    needs: spec.needs,
    weeklySchedule: spec.weekly,
    meetingId: p.meetingId,
    consent: p.consentOn ? { date: p.consentOn, by: p.consentBy, relationship: p.relationship, method: 'signature' } : undefined,
    delivery: p.deliveredOn
      ? {
          toClientOn: p.deliveredOn,
          toProviders: p.providersLeftOut ? [] : providers.map((prov) => ({ id: ids.next('dl'), providerName: prov.name, officeNumber: prov.officeNumber, deliveredOn: p.deliveredOn })),
        }
      : undefined,
    individualServicePlans: requested
      ? providers.map((prov, index) => {
          const received = addDays(p.deliveredOn ?? '', 5 + index * 2);
          return { id: ids.next('isp'), providerName: prov.name, officeNumber: prov.officeNumber, requestedOn: p.deliveredOn, receivedOn: cal.isPast(received) ? received : undefined };
        })
      : [],
    supersedes: spec.supersedes,
    supersededBy: spec.supersededBy,
    supersededOn: spec.supersededOn,
    notes: spec.notes,
  };
}

type WeeklyRow = [day: number, start: string, end: string, content: string, serviceLineId?: string];
type DailyRow = [start: string, end: string | undefined, content: string];

/** 第3表 週間サービス計画表. */
export function weekly(ids: DemoIds, createdOn: string, rows: WeeklyRow[], daily: DailyRow[], nonWeekly?: string): WeeklySchedule {
  return {
    createdOn,
    entries: rows.map(([day, start, end, content, serviceLineId]) => ({ id: ids.next('wk'), day, start, end, content, serviceLineId })),
    dailyActivities: daily.map(([start, end, content]) => ({ id: ids.next('da'), start, end, content })),
    nonWeeklyServices: nonWeekly,
  };
}

export interface AttendeeSpec {
  name: string;
  organization?: string;
  role?: string;
  isClient?: boolean;
  isFamily?: boolean;
  relationship?: string;
}

export interface AbsenteeSpec {
  name: string;
  organization?: string;
  role?: string;
  inquiryContent?: string;
  reply?: string;
  repliedOn?: string;
}

export type MeetingSpec = Omit<CareTeamMeeting, 'id' | 'attendees' | 'absentees' | 'authorUserId' | 'kind'> & {
  kind?: CareTeamMeeting['kind'];
  author: StaffKey;
  attendees: AttendeeSpec[];
  absentees?: AbsenteeSpec[];
};

/** サービス担当者会議の要点 (第4表) or 照会, with generated ids. */
export function meeting(ids: DemoIds, id: string, spec: MeetingSpec): CareTeamMeeting {
  const { author, attendees, absentees, kind, ...rest } = spec;
  return {
    id,
    kind: kind ?? 'meeting',
    ...rest,
    authorUserId: staff[author].userId,
    attendees: attendees.map((a) => ({ id: ids.next('at'), ...a })),
    absentees: (absentees ?? []).map((a) => ({ id: ids.next('ab'), ...a })),
  };
}
