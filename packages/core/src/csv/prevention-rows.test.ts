import { describe, expect, it } from 'vitest';
import { validateDocument } from '../domain/validate-document.js';
import { csvPreventionSample } from './csv-samples.js';
import { importCsvFiles } from './import-unit.js';
import { exportPreventionPlanCsv } from './export-unit.js';
import { decodeMs932 } from './ms932.js';
import { preventionRows } from './prevention-rows.js';

const assessment = validateDocument('assessment', {
  id: 'a-1',
  date: '2025-04-20',
  items: {
    health: {
      diagnoses: [
        { id: 'd1', name: '変形性膝関節症', isPrimary: true, onsetDate: '2019-06-01', status: 'treating', institution: '架空整形外科クリニック', notes: '月2回の通院、湿布' },
        { id: 'd2', name: '高血圧症', onsetText: '60歳頃', status: 'observing', institution: '見本内科' },
        { id: 'd3', name: '' },
      ],
    },
    dailyRhythm: { daySchedule: '６：００　起床\n7時半 朝食\n  服薬は自分で\n12:00 昼食\n\n21:00 就寝' },
  },
});

function sampleWithDoctor() {
  const sample = csvPreventionSample();
  return { ...sample, client: { ...sample.client, primaryDoctor: { doctorName: '架空 一郎', institution: '架空整形外科 クリニック', phone: '0294-00-3333' } } };
}

describe('利用者基本情報 別表1・別表2', () => {
  it('writes 現病歴・既往歴 from the assessment, with the 主治医 flag where the institution is the doctor’s', () => {
    const caseFile = sampleWithDoctor();
    const rows = preventionRows(caseFile.client, caseFile.preventionPlans[0]!, undefined, undefined, [], assessment);
    expect(rows.UPKIHON_SUB2).toEqual([
      expect.objectContaining({ date: '20190601', disease: '変形性膝関節症（主傷病）', institution: '架空整形外科クリニック 架空 一郎', doctorFlag: '1', phone: '0294-00-3333', course: '01', treatment: '月2回の通院、湿布' }),
      expect.objectContaining({ date: '', disease: '高血圧症', institution: '見本内科', doctorFlag: '2', phone: undefined, course: '02', treatment: '60歳頃' }),
    ]);
  });

  it('writes the タイムスケジュール from the 1日の過ごし方, one row per time', () => {
    const caseFile = sampleWithDoctor();
    const rows = preventionRows(caseFile.client, caseFile.preventionPlans[0]!, undefined, undefined, [], assessment);
    expect(rows.UPKIHON_SUB1.map((r) => [r.time, r.clientLife])).toEqual([
      ['6:00', '起床'],
      ['7時半', '朝食\n服薬は自分で'],
      ['12:00', '昼食'],
      ['21:00', '就寝'],
    ]);
  });

  it('writes both empty without an assessment', () => {
    const caseFile = sampleWithDoctor();
    const rows = preventionRows(caseFile.client, caseFile.preventionPlans[0]!, undefined, undefined, []);
    expect([rows.UPKIHON_SUB1, rows.UPKIHON_SUB2]).toEqual([[], []]);
  });

  it('exports them with the plan and, on import, checks them and says they are not kept', () => {
    const caseFile = { ...sampleWithDoctor(), assessments: [assessment] };
    const { files } = exportPreventionPlanCsv([caseFile], { sender: { officeNumber: '0899000043', serviceType: '46' }, destination: { officeNumber: '0899000066', serviceType: '66' }, timestamp: '20250601090000', onlyRelatedClients: false });
    const sub2 = files.find((f) => f.name.startsWith('UPKIHON_SUB2'));
    expect(decodeMs932(sub2!.bytes)).toContain('"変形性膝関節症（主傷病）"');
    const unit = importCsvFiles(files).units[0];
    expect(unit?.accepted).toBe(true);
    expect(unit?.issues.filter((i) => i.message.includes('保存しません')).map((i) => i.file.slice(0, 12))).toEqual(['UPKIHON_SUB1', 'UPKIHON_SUB2']);
  });
});
