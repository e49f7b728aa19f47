import type { CsvFileKind, CsvLayout } from './layout-types.js';
import { plan1DeleteLayout, plan1Layout, plan2Layout, plan3Layout, supplementLayout } from './layouts-care-plan.js';
import {
  basicInfoDeleteLayout,
  basicInfoHistoryLayout,
  basicInfoLayout,
  basicInfoScheduleLayout,
  preventionPlanDeleteLayout,
  preventionPlanLayout,
  preventionSupportLayout,
} from './layouts-prevention.js';
import { usagePlanDeleteLayout, usagePlanLayout, usageResultDeleteLayout, usageResultLayout, usageSheetLayout } from './layouts-usage.js';

/** Every layout of the standard by file kind. */
export const csvLayouts: Readonly<Record<CsvFileKind, CsvLayout>> = {
  UPHOSOKU: supplementLayout,
  UP1KYO: plan1Layout,
  DLT1KYO: plan1DeleteLayout,
  UP2KYO: plan2Layout,
  UP3KYO: plan3Layout,
  UPPLAN: usagePlanLayout,
  DLTPLAN: usagePlanDeleteLayout,
  UPJSK: usageResultLayout,
  DLTJSK: usageResultDeleteLayout,
  UPSIKYU: usageSheetLayout,
  UPKIHON: basicInfoLayout,
  UPKIHON_SUB1: basicInfoScheduleLayout,
  UPKIHON_SUB2: basicInfoHistoryLayout,
  DLTKIHON: basicInfoDeleteLayout,
  UPYOBO: preventionPlanLayout,
  UPYOBO_SUB: preventionSupportLayout,
  DLTYOBO: preventionPlanDeleteLayout,
};
