import { describe, expect, it } from 'vitest';
import { isKizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { validateDocument } from './validate-document.js';

const line = { id: 'l1', providerOfficeNumber: '0899000011', serviceCode: '111211', units: 387, startTime: '10:00', endTime: '10:30', plannedDays: [1, 8] };

function issuesOf(input: unknown): FieldIssue[] {
  try {
    validateDocument('service_usage', input);
    return [];
  } catch (error) {
    if (!isKizukiError(error) || error.code !== 'validation_failed') throw error;
    return (error.details as { issues: FieldIssue[] }).issues;
  }
}

describe('サービス利用票 (service_usage)', () => {
  it('accepts 対象年月 as 202504, 2025/4 or 2025年4月 and keeps days sorted without repeats', () => {
    for (const month of ['2025-04', '202504', '2025/4', '２０２５年４月']) {
      expect(validateDocument('service_usage', { id: 'u', month, lines: [] }).month, month).toBe('2025-04');
    }
    const usage = validateDocument('service_usage', { id: 'u', month: '2025-04', lines: [{ ...line, plannedDays: [8, 1, 8], serviceCode: '１１１２１１' }] });
    expect(usage.lines[0]).toMatchObject({ plannedDays: [1, 8], actualDays: [], serviceCode: '111211' });
  });

  it('says in Japanese, at the field, what is wrong', () => {
    const cases: Array<[unknown, string, string]> = [
      [{ id: 'u', month: '2025-13', lines: [] }, 'month', '対象年月は YYYY-MM'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, plannedDays: [31] }] }, 'lines.0.plannedDays', '2025年4月に31日はありません'],
      [{ id: 'u', month: '2025-02', lines: [{ ...line, actualDays: [29] }] }, 'lines.0.actualDays', '29日はありません'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, plannedDays: [0] }] }, 'lines.0.plannedDays.0', '日付は1以上'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, endTime: '09:00' }] }, 'lines.0.endTime', '終了時刻は開始時刻より後'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, endTime: undefined }] }, 'lines.0.endTime', '開始と終了の両方'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, serviceCode: '1112' }] }, 'lines.0.serviceCode', 'サービスコードは6桁の英数字'],
      [{ id: 'u', month: '2025-04', lines: [{ ...line, providerOfficeNumber: '123' }] }, 'lines.0.providerOfficeNumber', '事業所番号は10桁の数字'],
      [{ id: 'u', month: '2025-04', benefitRatePercent: 120, lines: [] }, 'benefitRatePercent', '100%以下'],
    ];
    for (const [input, path, message] of cases) {
      const issues = issuesOf(input);
      expect(issues.find((i) => i.path === path)?.message ?? JSON.stringify(issues), path).toContain(message);
    }
  });
});
