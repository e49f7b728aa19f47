import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../domain/document-bodies.js';
import { anExemplaryCaseFile } from '../../../testing/builders.js';
import { auditMany } from '../../audit.js';
import { shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleIds = /^(process\.|office\.provider-concentration|plan\.uniform-across-clients)/u;

/** Any valid date, including the far ends the schema accepts (before 和暦, year 9999). */
const date = fc.oneof(
  fc.constantFrom('0001-01-01', '1800-02-28', '2024-02-29', '2025-03-31', '2025-08-31', '2025-09-01', '9999-12-31'),
  fc.integer({ min: 2023, max: 2027 }).chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: 28 }).map((d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`))),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const variation = fc.record({
  status: fc.constantFrom('draft', 'meeting_held', 'consented', 'delivered', 'active'),
  planDate: maybe(date),
  consentDate: maybe(date),
  minorChange: fc.boolean(),
  meetingKind: fc.constantFrom('meeting', 'inquiry'),
  meetingDate: date,
  monitorings: fc.array(fc.record({ date, method: fc.constantFrom('home_visit', 'online', 'other') }), { maxLength: 6 }),
  certification: fc.record({ kind: maybe(fc.constantFrom('new', 'renewal', 'level_change')), certifiedOn: maybe(date), validTo: maybe(date) }),
  prevention: maybe(fc.record({ type: maybe(fc.constantFrom('A', 'B', 'C')), status: fc.constantFrom('draft', 'active'), planDate: maybe(date) })),
  endedOn: maybe(date),
});

describe('process and cross-plan rules', () => {
  it('never throw on a schema-valid case file, under any shipped pack and audit date', () => {
    fc.assert(
      fc.property(fc.array(variation, { minLength: 1, maxLength: 3 }), date, fc.constantFrom(...shippedPackIds), (variations, asOf, packId) => {
        const files = variations.map((v, i) =>
          caseFileSchema.parse(
            anExemplaryCaseFile()
              .withClient({ insuredNumber: String(1000000000 + i), endedOn: v.endedOn })
              .withPlan({ status: v.status, planDate: v.planDate, minorChange: v.minorChange, consent: v.consentDate === undefined ? undefined : { date: v.consentDate } })
              .withMeeting({ kind: v.meetingKind, date: v.meetingDate })
              .withCertification({ applicationKind: v.certification.kind, certifiedOn: v.certification.certifiedOn, validFrom: undefined, validTo: v.certification.validTo })
              .mutate((c) => {
                c.monitorings = v.monitorings.map((m, k) => ({ id: `m-${k}`, date: m.date, method: m.method, goalEvaluations: [], serviceStatuses: [] }));
                if (v.prevention) c.preventionPlans = [{ id: 'pp', status: v.prevention.status, planDate: v.prevention.planDate, careManagementType: v.prevention.type, planCategories: [], domains: {}, issues: [] }];
              })
              .buildUnchecked(),
          ),
        );
        const report = auditMany(files, shippedPack(packId), { asOf });
        for (const finding of [...report.results.flatMap((r) => r.findings), ...report.office].filter((f) => ruleIds.test(f.ruleId))) {
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
