import { aCaseFile, serviceUsageSchema, type CaseFile } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { pickServiceUsage } from './print-data.js';

const usage = (id: string, month: string) => serviceUsageSchema.parse({ id, month });

describe('the 利用票 a print view shows', () => {
  const caseFile: CaseFile = { ...aCaseFile().build(), serviceUsages: [usage('mar', '2025-03'), usage('may', '2025-05'), usage('apr', '2025-04')] };

  it('prints the one named in the address', () => {
    expect(pickServiceUsage(caseFile, 'mar', '2025-04-10')?.id).toBe('mar');
    expect(pickServiceUsage(caseFile, 'gone', '2025-04-10')).toBeUndefined();
  });

  it('else this month’s, else the latest month', () => {
    expect(pickServiceUsage(caseFile, undefined, '2025-04-10')?.id).toBe('apr');
    expect(pickServiceUsage(caseFile, undefined, '2025-08-01')?.id).toBe('may');
    expect(pickServiceUsage({ ...caseFile, serviceUsages: [] }, undefined, '2025-04-10')).toBeUndefined();
  });
});
