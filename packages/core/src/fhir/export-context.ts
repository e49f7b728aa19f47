import type { CaseFile } from '../domain/document-bodies.js';
import type { BundleAssembler } from './bundle-assembler.js';
import type { FhirReference } from './r4-datatypes.js';

/** The office that exports (居宅介護支援事業所 or 地域包括支援センター); an Organization fits. */
export interface FhirExportOffice {
  name: string;
  /** 事業所番号 (10 digits) */
  officeNumber?: string | undefined;
  phone?: string | undefined;
}

/** Options of {@link toFhirBundle}. Everything is optional; the output depends only on the inputs. */
export interface FhirExportOptions {
  /** Bundle.timestamp, an R4 instant (`2025-07-10T01:00:00Z`); left out when not given. */
  timestamp?: string;
  /** The exporting office: Patient.managingOrganization, the care manager's organization. */
  organization?: FhirExportOffice;
  /** Display names of Kizuki users by id (担当介護支援専門員, plan and monitoring authors). */
  userNames?: Readonly<Record<string, string>>;
  /** `collection` (default) or `transaction` (each entry PUT by id, to load into a FHIR server). */
  bundleType?: 'collection' | 'transaction';
}

/** What every mapper needs: the case file, the assembler, and references made early. */
export interface ExportContext {
  caseFile: CaseFile;
  bundle: BundleAssembler;
  /** Kizuki client id: the scope of keys whose ids are unique only within a client. */
  clientId: string;
  patient: FhirReference;
  office: FhirReference | undefined;
  userNames: Readonly<Record<string, string>>;
}
