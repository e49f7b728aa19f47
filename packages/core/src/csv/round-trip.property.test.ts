import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceTypes } from '../domain/codes/service-types.js';
import { validateCaseFile } from '../domain/validate-document.js';
import { addDays } from '../dates/iso-date.js';
import { exportCarePlanCsv } from './export-unit.js';
import { importCsvFiles } from './import-unit.js';

/** Text of MS932 characters, with the ones CSV must escape: quotes, commas, line breaks. */
const text = (max = 30) => fc.string({ unit: fc.constantFrom('あ', '漢', '字', 'ア', 'a', 'Z', '1', ',', '"', '\n', ' ', '～', '（', '）', '・', '。', 'ｶ'), minLength: 1, maxLength: max });
const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
const period = fc.oneof(
  fc.constant(undefined),
  fc.tuple(date, fc.integer({ min: 0, max: 400 })).map(([start, days]) => ({ start, end: addDays(start, days) })),
  date.map((start) => ({ start })),
  fc.constantFrom({ text: '認定期間中' }, { text: '6か月' }),
);
const linked = serviceTypes.filter((s) => s.csvLinked && s.benefit === 'care');
const line = fc.record({
  insured: fc.boolean(),
  content: fc.option(text(), { nil: undefined }),
  service: fc.constantFrom(...linked),
  office: fc.option(fc.stringMatching(/^\d{10}$/u), { nil: undefined }),
  providerName: fc.option(text(20), { nil: undefined }),
  frequency: fc.option(text(10), { nil: undefined }),
  period,
}).map((l) => ({
  id: 'line',
  kind: l.insured ? 'insured' : 'informal',
  insured: l.insured,
  content: l.content,
  ...(l.insured ? { serviceTypeCode: l.service.code, serviceTypeName: l.service.name, providerOfficeNumber: l.office } : {}),
  providerName: l.providerName,
  frequency: l.frequency,
  period: l.period,
}));
const shortTerm = fc.record({ text: text(), period, serviceLines: fc.array(line, { maxLength: 3 }) });
// Two short-term goals worded and dated alike under one long-term goal read back as one: vendors repeat a goal on each of its rows.
const longTerm = fc.record({ text: text(), period, shortTermGoals: fc.uniqueArray(shortTerm, { maxLength: 3, selector: (s) => JSON.stringify([s.text.trim(), s.period]) }) });
const need = fc.record({ text: fc.option(text(), { nil: undefined }), longTermGoals: fc.array(longTerm, { maxLength: 3 }) });
const slot = fc.record({ day: fc.integer({ min: 1, max: 7 }), hour: fc.integer({ min: 0, max: 22 }), content: fc.option(text(15), { nil: undefined }) });
const activity = fc.record({ hour: fc.integer({ min: 0, max: 23 }), content: fc.option(text(15), { nil: undefined }) });

const plan = fc.record({
  createdOn: date,
  planDate: date,
  firstPlanDate: fc.option(date, { nil: undefined }),
  categories: fc.subarray(['initial', 'referral', 'continuation'] as const),
  careLevel: fc.constantFrom('care_1', 'care_2', 'care_3', 'care_4', 'care_5'),
  authorName: fc.option(text(10), { nil: undefined }),
  intentions: fc.record({ client: fc.option(text(), { nil: undefined }), family: fc.option(text(), { nil: undefined }), analysisResult: fc.option(text(), { nil: undefined }), unattributed: fc.option(text(), { nil: undefined }) }),
  committeeOpinion: fc.option(text(), { nil: undefined }),
  overallPolicy: fc.option(text(), { nil: undefined }),
  emergencyContactsNote: fc.option(text(), { nil: undefined }),
  reason: fc.option(fc.constantFrom('living_alone', 'family_unable', 'other'), { nil: undefined }),
  needs: fc.array(need, { maxLength: 4 }),
  slots: fc.option(fc.record({ entries: fc.array(slot, { maxLength: 4 }), activities: fc.array(activity, { maxLength: 3 }), nonWeekly: fc.option(text(), { nil: undefined }) }), { nil: undefined }),
});

type Infer<A> = A extends fc.Arbitrary<infer T> ? T : never;

function caseFileOf(p: Infer<typeof plan>) {
  // Unique goal texts: two identical 長期目標 in a row would be read as one (the form's "same as above").
  let n = 0;
  const needs = p.needs.map((nd, i) => ({
    id: `n${i}`,
    text: nd.text,
    assessmentItems: [],
    longTermGoals: nd.longTermGoals.map((l, j) => ({
      id: `l${i}-${j}`,
      text: `${l.text}${++n}`,
      period: l.period,
      shortTermGoals: l.shortTermGoals.map((s, k) => ({ id: `s${i}-${j}-${k}`, text: `${s.text}${++n}`, period: s.period, serviceLines: s.serviceLines.map((x, m) => ({ ...x, id: `x${n}-${m}` })) })),
    })),
  }));
  return validateCaseFile({
    client: { id: 'c', insurerNumber: '089999', insuredNumber: '0000011111', name: '架空 三郎', nameKana: 'カクウ サブロウ', birthDate: '1940-01-01', familyMembers: [] },
    certifications: [{ id: 'cert', status: 'certified', careLevel: p.careLevel }],
    carePlans: [
      {
        id: 'p',
        status: 'active',
        createdOn: p.createdOn,
        planDate: p.planDate,
        firstPlanDate: p.firstPlanDate,
        planCategories: p.categories,
        certificationStatus: 'certified',
        certificationId: 'cert',
        careLevel: p.careLevel,
        authorName: p.authorName,
        intentions: p.intentions,
        committeeOpinion: p.committeeOpinion,
        overallPolicy: p.overallPolicy,
        emergencyContactsNote: p.emergencyContactsNote,
        livingSupportReason: p.reason ? { reason: p.reason } : undefined,
        needs,
        weeklySchedule: p.slots && {
          entries: p.slots.entries.map((e, i) => ({ id: `w${i}`, day: e.day, start: `${String(e.hour).padStart(2, '0')}:00`, end: `${String(e.hour + 1).padStart(2, '0')}:30`, content: e.content })),
          dailyActivities: p.slots.activities.map((a, i) => ({ id: `a${i}`, start: `${String(a.hour).padStart(2, '0')}:15`, content: a.content })),
          nonWeeklyServices: p.slots.nonWeekly,
        },
        individualServicePlans: [],
      },
    ],
  });
}

/** The case file without ids (an import assigns its own) and with empty parts the CSV cannot tell apart. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' || k === 'certificationId' || v === undefined) continue;
      if (k === 'intentions' && Object.values(v as object).every((x) => x === undefined)) continue;
      out[k] = comparable(v);
    }
    return out;
  }
  return value;
}

describe('export → import', () => {
  it('gives back any valid plan', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const original = caseFileOf(p);
        const { files } = exportCarePlanCsv([original], { sender: { officeNumber: '0899000043', serviceType: '43' }, destination: { officeNumber: '0899000011', serviceType: '11' }, timestamp: '20250101000000', onlyRelatedClients: false });
        const unit = importCsvFiles(files).units[0];
        expect(unit?.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const imported = unit?.caseFiles[0];
        expect(comparable(imported?.carePlans)).toEqual(comparable(original.carePlans));
        expect(comparable(imported?.client)).toEqual(comparable(original.client));
      }),
      { numRuns: 150 },
    );
  });
});
