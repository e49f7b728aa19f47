import type { Role } from '../domain/organization.schema.js';
import { resourceKindLabels, resourceSchema, type Resource } from '../region/resource.schema.js';
import { ageBandLabels, unmetNeedSchema, type UnmetNeed } from '../region/unmet-need.schema.js';
import type { RecordKindRule } from './record.js';

/** The insurer's staff and the 地域包括支援センター (生活支援コーディネーター) keep the directory. */
const directoryWriters: readonly Role[] = ['insurer_staff', 'center_staff'];
const officeWriters: readonly Role[] = ['office_admin', 'care_manager', 'center_staff'];

/**
 * Organization records of the region features (see record-kinds.ts for what a rule says). Each entry
 * is written `kind: { ... } satisfies RecordKindRule<Body>`, like those of record-kinds.ts.
 */
export const regionRecordKinds = {
  /** 社会資源: readable by every organization of the keeper's insurer area as soon as it is saved. */
  region_resource: {
    label: '社会資源',
    schema: resourceSchema,
    keeperKinds: ['insurer', 'community_center'],
    writerRoles: directoryWriters,
    sharing: 'area',
    sharedWhen: () => true,
    titleOf: (b) => `${resourceKindLabels[b.kind]} ${b.name}（${b.district ?? b.area}）`,
  } satisfies RecordKindRule<Resource>,
  /**
   * 不足している社会資源: de-identified (the server refuses a body naming a client of the office), and
   * shared with the area so the insurer and the 包括 count them and other offices see the gaps.
   */
  region_unmet_need: {
    label: '不足している社会資源',
    schema: unmetNeedSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: officeWriters,
    sharing: 'area',
    sharedWhen: () => true,
    titleOf: (b) => `${b.recordedOn} ${b.area} ${b.need.slice(0, 40)}${b.ageBand ? `（${ageBandLabels[b.ageBand]}）` : ''}`,
  } satisfies RecordKindRule<UnmetNeed>,
} as const;
