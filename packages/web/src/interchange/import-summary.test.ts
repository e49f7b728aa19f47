import { csvIssue, type CsvIssue } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { describeUnitKey, isCsvImportSummary, issueProblem, issueRows, otherSenderWarning, planDateText, unitOutcomeText, type CsvImportSummary } from './import-summary.js';

const file = 'UP2KYO_0899000043_43_0899000017_17_20250510093000.CSV';

describe('the issue table of a CSV import', () => {
  it('gives 重要度・ファイル・行・列・内容・値・期待される値 for each issue, the problem without what the other columns say', () => {
    const issues: CsvIssue[] = [
      csvIssue('error', { file, row: 3, column: 6, columnName: '課題ＮＯ' }, '数字ではありません', { value: 'x1', expected: '1〜99の数字' }),
      csvIssue('warning', { file, row: 7 }, '知らないコードをそのまま取り込みました'),
      csvIssue('error', { file: 'readme.txt' }, '命名規則に合わないファイルです'),
    ];
    expect(issueRows(issues)).toEqual([
      { severity: 'error', severityLabel: 'エラー', file, row: '3', column: '6（課題ＮＯ）', content: '数字ではありません', value: 'x1', expected: '1〜99の数字' },
      { severity: 'warning', severityLabel: '警告', file, row: '7', column: '', content: '知らないコードをそのまま取り込みました', value: '', expected: '' },
      { severity: 'error', severityLabel: 'エラー', file: 'readme.txt', row: '', column: '', content: '命名規則に合わないファイルです', value: '', expected: '' },
    ]);
  });

  it('keeps a message of another shape whole, so nothing the server said is lost', () => {
    const written: CsvIssue = { severity: 'error', file, row: 2, message: 'この送信単位には第1表がありません。', value: 'v' };
    expect(issueProblem(written)).toBe('この送信単位には第1表がありません。');
    const onlyWhere: CsvIssue = { severity: 'error', file, message: `${file}: ` };
    expect(issueProblem(onlyWhere)).toBe(`${file}: `);
    expect(issueRows([{ severity: 'warning', file, columnName: '氏名', message: '長すぎます' }])[0]!.column).toBe('氏名');
  });
});

describe('the rest of the import summary', () => {
  it('reads a send unit’s key as 送信元 → 送信先 and when it was written', () => {
    expect(describeUnitKey('20250510093000_0899000043_43_0899000017_17')).toBe(
      '送信元 0899000043（居宅介護支援） → 送信先 0899000017（福祉用具貸与）、作成 2025/05/10 09:30:00',
    );
    expect(describeUnitKey('20250510093000_0899000043_43_0899000017_ZZ')).toContain('0899000017（サービス種類 ZZ）');
    expect(describeUnitKey('something-else')).toBe('something-else');
  });

  it('says what happened to a unit, and writes plan dates in 和暦 (対象年月 for a 利用票)', () => {
    expect(unitOutcomeText({ accepted: true, clients: [{ clientId: 'c', insurerNumber: '1', insuredNumber: '2', name: 'n', action: 'created' }], plans: [] })).toBe(
      '取り込みました（利用者 1人・計画など 0件）',
    );
    expect(unitOutcomeText({ accepted: false, clients: [], plans: [] })).toContain('何も保存していません');
    expect(planDateText({ kind: 'care_plan', planDate: '2025-04-28' })).toBe('令和7年4月28日');
    expect(planDateText({ kind: 'service_usage', planDate: '2025-05' })).toBe('令和7年5月');
    expect(planDateText({ kind: 'prevention_plan', planDate: undefined })).toBe('日付なし');
  });

  it('accepts only answers shaped like the summary', () => {
    const summary: CsvImportSummary = {
      units: [{ key: 'k', files: ['a.CSV'], accepted: true, clients: [], plans: [], issues: [] }],
      ignored: [],
      totals: { units: 1, accepted: 1, rejected: 0, clientsCreated: 0, clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 0, errors: 0, warnings: 0 },
    };
    expect(isCsvImportSummary(summary)).toBe(true);
    expect(isCsvImportSummary({ ...summary, units: [{ key: 'k', accepted: 'yes', files: [], clients: [], plans: [], issues: [] }] })).toBe(false);
    expect(isCsvImportSummary({ units: [], ignored: [] })).toBe(false);
    expect(isCsvImportSummary('<html>')).toBe(false);
    expect(isCsvImportSummary(null)).toBe(false);
    const withSenders = { ...summary, organization: { id: 'o', name: '架空居宅', officeNumber: '0899000001' }, senders: [{ officeNumber: '0899000999', serviceType: '43', sameOffice: false }] };
    expect(isCsvImportSummary(withSenders)).toBe(true);
    expect(isCsvImportSummary({ ...withSenders, senders: [{ officeNumber: '0899000999' }] })).toBe(false);
    expect(isCsvImportSummary({ ...withSenders, organization: 'o' })).toBe(false);
  });
});

describe('the sending offices of an import', () => {
  const organization = { id: 'o', name: '架空居宅介護支援事業所', kind: 'care_management_office', officeNumber: '0899000001', created: false } as const;

  it('warns when the files come from another office, naming it and the organization they went into', () => {
    const text = otherSenderWarning({
      organization,
      senders: [
        { officeNumber: '0899000001', serviceType: '43', name: '架空居宅介護支援事業所', kind: 'care_management_office', sameOffice: true },
        { officeNumber: '0899000999', serviceType: '43', name: '別の居宅', kind: 'care_management_office', sameOffice: false },
        { officeNumber: '0899000046', serviceType: '46', kind: 'community_center', sameOffice: false },
      ],
    });
    expect(text).toBe(
      'ファイルの送信元「別の居宅」（事業所番号 0899000999・居宅介護支援）、「名称不明」（事業所番号 0899000046・介護予防支援）は、この組織「架空居宅介護支援事業所」（事業所番号 0899000001）と事業所番号が違います。' +
        '取り込んだ利用者・計画は、この組織のものとして登録しました。別の事業所のファイルでないか確かめてください（送信元の事業所を別の組織として取り込むのは、サーバーの管理者が kizuki csv import --create-office で行います）。',
    );
  });

  it('says nothing when every sender is the user’s own office, or the server does not say', () => {
    expect(otherSenderWarning({ organization, senders: [{ officeNumber: '0899000001', serviceType: '43', kind: 'care_management_office', sameOffice: true }] })).toBeUndefined();
    expect(otherSenderWarning({})).toBeUndefined();
  });
});
