import { z } from 'zod';
import { assessmentSchema, type Assessment } from './assessment.schema.js';
import { basicChecklistSchema, type BasicChecklist } from './basic-checklist.schema.js';
import { carePlanSchema, type CarePlan } from './care-plan.schema.js';
import { careTeamMeetingSchema, type CareTeamMeeting } from './care-team-meeting.schema.js';
import { certificationSchema, type Certification } from './certification.schema.js';
import { clientSchema, type Client } from './client.schema.js';
import type { DocumentKind } from './document-kind.js';
import { monitoringSchema, type Monitoring } from './monitoring.schema.js';
import { preventionPlanSchema, type PreventionPlan } from './prevention-plan.schema.js';
import { serviceUsageSchema, type ServiceUsage } from './service-usage.schema.js';
import { supportLogEntrySchema, type SupportLogEntry } from './support-log-entry.schema.js';

/** The body type of each document kind. */
export interface DocumentBodyMap {
  client: Client;
  certification: Certification;
  assessment: Assessment;
  care_plan: CarePlan;
  care_team_meeting: CareTeamMeeting;
  support_log_entry: SupportLogEntry;
  monitoring: Monitoring;
  basic_checklist: BasicChecklist;
  prevention_plan: PreventionPlan;
  service_usage: ServiceUsage;
}
export type DocumentBody<K extends DocumentKind = DocumentKind> = DocumentBodyMap[K];

/** The schema that validates (and normalizes) the body of each document kind. */
export const documentBodySchemas = {
  client: clientSchema,
  certification: certificationSchema,
  assessment: assessmentSchema,
  care_plan: carePlanSchema,
  care_team_meeting: careTeamMeetingSchema,
  support_log_entry: supportLogEntrySchema,
  monitoring: monitoringSchema,
  basic_checklist: basicChecklistSchema,
  prevention_plan: preventionPlanSchema,
  service_usage: serviceUsageSchema,
} satisfies { [K in DocumentKind]: z.ZodType<DocumentBodyMap[K], unknown> };

/** A client's whole case file: the current body of every document. */
export const caseFileSchema = z.object({
  client: clientSchema,
  certifications: z.array(certificationSchema).default([]),
  assessments: z.array(assessmentSchema).default([]),
  carePlans: z.array(carePlanSchema).default([]),
  careTeamMeetings: z.array(careTeamMeetingSchema).default([]),
  supportLog: z.array(supportLogEntrySchema).default([]),
  monitorings: z.array(monitoringSchema).default([]),
  basicChecklists: z.array(basicChecklistSchema).default([]),
  preventionPlans: z.array(preventionPlanSchema).default([]),
  serviceUsages: z.array(serviceUsageSchema).default([]),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

/** The case-file property that holds documents of each kind (client is a single body). */
export const caseFileKeyByKind: Record<DocumentKind, keyof CaseFile> = {
  client: 'client',
  certification: 'certifications',
  assessment: 'assessments',
  care_plan: 'carePlans',
  care_team_meeting: 'careTeamMeetings',
  support_log_entry: 'supportLog',
  monitoring: 'monitorings',
  basic_checklist: 'basicChecklists',
  prevention_plan: 'preventionPlans',
  service_usage: 'serviceUsages',
};
