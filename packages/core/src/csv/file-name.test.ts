import { describe, expect, it } from 'vitest';
import { csvTimestamp, formatCsvFileName, parseCsvFileName, sendUnitKey } from './file-name.js';

const from = { officeNumber: '0300000100', serviceType: '43' };
const to = { officeNumber: '0300000005', serviceType: '11' };

describe('CSV file names (v4.1)', () => {
  it('writes the examples of the standard', () => {
    expect(formatCsvFileName({ kind: 'UP1KYO', from, to, timestamp: '20191025200201' })).toBe('UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(formatCsvFileName({ kind: 'UPHOSOKU', month: '000000', from, to, timestamp: '20191025200201' })).toBe('UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(formatCsvFileName({ kind: 'UPPLAN', month: '201912', from, to, timestamp: '20191025200201' })).toBe('UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(formatCsvFileName({ kind: 'UPKIHON_SUB1', from, to: { officeNumber: '0300000005', serviceType: 'A6' }, timestamp: '20250601090000' })).toBe('UPKIHON_SUB1_0300000100_43_0300000005_A6_20250601090000.CSV');
  });

  it('reads names back, longest prefix first and with a lower-case extension', () => {
    expect(parseCsvFileName('dir/UPKIHON_SUB2_0300000100_46_0300000005_66_20250601090000.csv')).toEqual({
      kind: 'UPKIHON_SUB2',
      from: { officeNumber: '0300000100', serviceType: '46' },
      to: { officeNumber: '0300000005', serviceType: '66' },
      timestamp: '20250601090000',
    });
    expect(parseCsvFileName('UPJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV')?.month).toBe('201912');
  });

  it('refuses names outside the rule', () => {
    expect(parseCsvFileName('UP1KYO_0300000100_43_0300000005_11_2019102520020.CSV')).toBeUndefined(); // 13-digit timestamp
    expect(parseCsvFileName('UP1KYO_201912_0300000100_43_0300000005_11_20191025200201.CSV')).toBeUndefined(); // month not allowed
    expect(parseCsvFileName('UPPLAN_0300000100_43_0300000005_11_20191025200201.CSV')).toBeUndefined(); // month missing
    expect(parseCsvFileName('UP9KYO_0300000100_43_0300000005_11_20191025200201.CSV')).toBeUndefined();
    expect(parseCsvFileName('UP1KYO_0300000100_43_0300000005_11_20191025200201.TXT')).toBeUndefined();
    expect(() => formatCsvFileName({ kind: 'UP1KYO', from: { officeNumber: '123', serviceType: '43' }, to, timestamp: '20191025200201' })).toThrow('送信元の事業所番号は10桁');
    expect(() => formatCsvFileName({ kind: 'UPPLAN', from, to, timestamp: '20191025200201' })).toThrow('年月（YYYYMM）');
  });

  it('keys send units by sender, destination and timestamp, in Japan time', () => {
    expect(sendUnitKey({ from, to, timestamp: '20191025200201' })).toBe('20191025200201_0300000100_43_0300000005_11');
    expect(csvTimestamp(new Date('2025-03-31T15:04:05Z'))).toBe('20250401000405');
  });
});
