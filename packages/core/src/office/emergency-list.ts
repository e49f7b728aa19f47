import { careLevelTable, type CareLevel } from '../domain/codes/care-level.js';
import { assistanceLevelLabels } from '../domain/assessment-items.js';
import { currentCertification } from '../domain/current-certification.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { IsoDate } from '../dates/iso-date.js';

/** One client's line of the 安否確認 list: what the office needs in a disaster, from the case file. */
export interface EmergencyEntry {
  clientId: string;
  name: string;
  address?: string;
  phone?: string;
  careLevel?: string;
  livingAlone: boolean;
  contacts: { name: string; relationship?: string; phone?: string }[];
  doctor?: string;
  /** 医療依存度が高い (課題分析 特別な状況) and its notes */
  medical?: string;
  /** 移動・歩行: the assessed assistance and aids */
  mobility?: string;
  /** needs help to evacuate: walking not independent, or 医療依存度が高い */
  evacuationSupport: boolean;
  /** higher first: 独居, 医療, 要介護度 */
  priority: number;
}

const levelWeight: Partial<Record<CareLevel, number>> = { care_5: 5, care_4: 4, care_3: 3, care_2: 2, care_1: 1 };

/**
 * The office's 安否確認 list on a day: every supported client with contacts, 主治医, medical
 * dependence, mobility and whether they need help to evacuate, highest priority first (独居 10,
 * 医療依存度が高い 8, 避難に支援が要る 4, then 要介護度). Clients whose support has ended are left out.
 */
export function emergencyList(caseFiles: readonly CaseFile[], asOf: IsoDate): EmergencyEntry[] {
  const entries: EmergencyEntry[] = [];
  for (const file of caseFiles) {
    const { client } = file;
    if (client.status === 'ended' || (client.endedOn !== undefined && client.endedOn < asOf)) continue;
    const assessment = [...file.assessments].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    const items = assessment?.items;
    const walking = items?.adl?.activities.find((a) => a.activity === 'walking') ?? items?.adl?.activities.find((a) => a.activity === 'mobility');
    const medicalFinding = items?.specialCircumstances?.highMedicalDependence;
    const medical = medicalFinding?.present ? (medicalFinding.notes ?? 'あり') : undefined;
    const level = currentCertification(file.certifications, asOf)?.careLevel;
    const livingAlone = client.householdType === 'alone';
    const evacuationSupport = medical !== undefined || (walking?.status !== undefined && walking.status !== 'independent');
    const contacts = client.familyMembers
      .filter((m) => m.isEmergencyContact || m.isKeyPerson)
      .sort((a, b) => (a.emergencyPriority ?? 9) - (b.emergencyPriority ?? 9))
      .map((m) => ({ name: m.name, ...(m.relationship ? { relationship: m.relationship } : {}), ...(m.phone ? { phone: m.phone } : {}) }));
    const doctor = client.primaryDoctor ? [client.primaryDoctor.institution, client.primaryDoctor.doctorName, client.primaryDoctor.phone].filter(Boolean).join(' ') : undefined;
    const address = client.address ? [client.address.line1, client.address.line2].filter(Boolean).join(' ') : undefined;
    const mobility = walking ? [walking.status ? assistanceLevelLabels[walking.status] : undefined, walking.aids].filter(Boolean).join('・') : undefined;
    entries.push({
      clientId: client.id,
      name: client.name,
      ...(address ? { address } : {}),
      ...(client.phone ? { phone: client.phone } : {}),
      ...(level ? { careLevel: careLevelTable[level].label } : {}),
      livingAlone,
      contacts,
      ...(doctor ? { doctor } : {}),
      ...(medical ? { medical } : {}),
      ...(mobility ? { mobility } : {}),
      evacuationSupport,
      priority: (livingAlone ? 10 : 0) + (medical ? 8 : 0) + (evacuationSupport ? 4 : 0) + (level ? (levelWeight[level] ?? 0) : 0),
    });
  }
  return entries.sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name, 'ja'));
}
