import { describe, expect, it } from 'vitest';
import { caseFileTabs, parseRoute, routePath } from './routes.js';

describe('routes', () => {
  it('reads the home, case file tab and print paths', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/clients/c-1')).toEqual({ name: 'client', clientId: 'c-1', tab: 'basic' });
    expect(parseRoute('/clients/c-1/assessment')).toEqual({ name: 'client', clientId: 'c-1', tab: 'assessment' });
    expect(parseRoute('/clients/c-1/usage')).toEqual({ name: 'client', clientId: 'c-1', tab: 'usage' });
    expect(parseRoute('/clients/c-1/print/plan-2')).toEqual({ name: 'print', clientId: 'c-1', form: 'plan-2' });
    expect(parseRoute('/clients/c-1/care-plan/')).toEqual({ name: 'client', clientId: 'c-1', tab: 'care-plan' });
  });

  it('reads the CSV取り込み page, and only its exact path', () => {
    expect(parseRoute('/csv-import')).toEqual({ name: 'csv-import' });
    expect(parseRoute('/csv-import/')).toEqual({ name: 'csv-import' });
    for (const path of ['/csv-import/x', '/csv']) expect(parseRoute(path)).toEqual({ name: 'not-found', path });
  });

  it('reads the ケアプラン点検（CSV） page, and only its exact path', () => {
    expect(parseRoute('/csv-audit')).toEqual({ name: 'csv-audit' });
    expect(parseRoute('/csv-audit/')).toEqual({ name: 'csv-audit' });
    for (const path of ['/csv-audit/x', '/audit', '/clients/c-1/csv-audit']) expect(parseRoute(path)).toEqual({ name: 'not-found', path });
  });

  it('reads the 共有 and 共有された書類 pages and a shared document', () => {
    expect(parseRoute('/grants')).toEqual({ name: 'grants' });
    expect(parseRoute('/shared/')).toEqual({ name: 'shared' });
    expect(parseRoute('/shared/g-1/plan-1')).toEqual({ name: 'shared-document', grantId: 'g-1', documentId: 'plan-1' });
    for (const path of ['/grants/x', '/shared/g-1', '/shared/g-1/plan-1/x', '/shared/%E0%A4%A/p']) expect(parseRoute(path)).toEqual({ name: 'not-found', path });
    expect(parseRoute(routePath({ name: 'shared-document', grantId: 'g/1', documentId: 'ｐ 1' }))).toEqual({ name: 'shared-document', grantId: 'g/1', documentId: 'ｐ 1' });
    expect(routePath({ name: 'grants' })).toBe('/grants');
    expect(routePath({ name: 'shared' })).toBe('/shared');
  });

  it('answers not-found for unknown tabs, missing parts and bad encodings', () => {
    for (const path of ['/clients', '/clients/c-1/unknown', '/clients/c-1/print', '/clients/c-1/assessment/extra', '/other', '/clients/%E0%A4%A']) {
      expect(parseRoute(path)).toEqual({ name: 'not-found', path });
    }
  });

  it('writes paths that read back to the same route, ids encoded', () => {
    for (const tab of caseFileTabs) expect(parseRoute(routePath({ name: 'client', clientId: 'ｉｄ/1', tab }))).toEqual({ name: 'client', clientId: 'ｉｄ/1', tab });
    expect(parseRoute(routePath({ name: 'print', clientId: 'c 1', form: 'prevention-plan' }))).toEqual({ name: 'print', clientId: 'c 1', form: 'prevention-plan' });
    expect(routePath({ name: 'home' })).toBe('/');
    expect(parseRoute(routePath({ name: 'csv-import' }))).toEqual({ name: 'csv-import' });
    expect(parseRoute(routePath({ name: 'csv-audit' }))).toEqual({ name: 'csv-audit' });
  });
});
