import { describe, expect, it } from 'vitest';
import { careLevelFromCode, careLevels, careLevelTable, defaultBenefitLimitUnits, isCareLevel, isPreventionLevel } from './care-level.js';
import { dementiaIndependenceTable, physicalIndependenceTable } from './independence-level.js';
import { planCategoriesFromCode, planCategoryCode } from './plan-codes.js';
import { findServiceType, isKnownServiceTypeCode, serviceTypes } from './service-types.js';

describe('要介護状態区分', () => {
  it('uses the CSV codes and the 区分支給限度基準額', () => {
    expect(careLevels.map((level) => careLevelTable[level].code)).toEqual(['01', '06', '12', '13', '21', '22', '23', '24', '25']);
    expect(defaultBenefitLimitUnits('support_1')).toBe(5032);
    expect(defaultBenefitLimitUnits('support_2')).toBe(10531);
    expect(defaultBenefitLimitUnits('care_1')).toBe(16765);
    expect(defaultBenefitLimitUnits('care_3')).toBe(27048);
    expect(defaultBenefitLimitUnits('care_5')).toBe(36217);
    expect(defaultBenefitLimitUnits('not_applicable')).toBeUndefined();
    expect(careLevelFromCode('24')).toBe('care_4');
    expect(careLevelFromCode('99')).toBeUndefined();
  });

  it('tells 居宅 from 予防 levels', () => {
    expect(isCareLevel('care_1')).toBe(true);
    expect(isCareLevel('support_2')).toBe(false);
    expect(isPreventionLevel('business_target')).toBe(true);
    expect(isPreventionLevel('care_1')).toBe(false);
  });
});

describe('計画書区分', () => {
  it('maps every combination to its CSV code and back', () => {
    expect(planCategoryCode(['initial'])).toBe('11');
    expect(planCategoryCode(['referral'])).toBe('12');
    expect(planCategoryCode(['continuation'])).toBe('21');
    expect(planCategoryCode(['referral', 'initial'])).toBe('51');
    expect(planCategoryCode(['initial', 'continuation'])).toBe('52');
    expect(planCategoryCode(['continuation', 'referral'])).toBe('53');
    expect(planCategoryCode(['initial', 'referral', 'continuation'])).toBe('54');
    expect(planCategoryCode([])).toBeUndefined();
    for (const code of ['11', '12', '21', '51', '52', '53', '54']) expect(planCategoryCode(planCategoriesFromCode(code)!)).toBe(code);
    expect(planCategoriesFromCode('99')).toBeUndefined();
  });
});

describe('日常生活自立度', () => {
  it('uses the CSV codes', () => {
    expect(physicalIndependenceTable.J1.code).toBe('11');
    expect(physicalIndependenceTable.C2.code).toBe('42');
    expect(dementiaIndependenceTable.IIa).toEqual({ code: '03', label: 'Ⅱa' });
    expect(dementiaIndependenceTable.M.code).toBe('08');
  });
});

describe('サービス種類コード', () => {
  it('finds services with their flags', () => {
    expect(findServiceType('11')?.name).toBe('訪問介護');
    expect(findServiceType('2a')?.name).toBe('短期入所療養介護（介護医療院）');
    expect(findServiceType('17')?.welfareEquipment).toBe(true);
    expect(findServiceType('13')?.medical).toBe('always');
    expect(findServiceType('31')?.withinBenefitLimit).toBe(false);
    expect(findServiceType('A5')?.benefit).toBe('comprehensive');
    expect(findServiceType('33')?.csvLinked).toBe(false);
    expect(isKnownServiceTypeCode('99')).toBe(false);
  });

  it('has unique codes', () => {
    expect(new Set(serviceTypes.map((s) => s.code)).size).toBe(serviceTypes.length);
  });
});
