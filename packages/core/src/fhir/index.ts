export * from './r4-datatypes.js';
export * from './r4-resources.js';
export { r4PrimitivePatterns, isR4Instant, isRealCalendarDate, type R4PrimitiveName } from './r4-primitives.js';
export { uuidV5, isUuid } from './uuid-v5.js';
export { kizukiFhirBase, kizukiUuidNamespace, idSystems, codeSystems, extensionUrls, ltciInsuredNumberSystem } from './fhir-systems.js';
export { patientIdentifiers } from './map-patient.js';
export type { FhirExportOffice, FhirExportOptions } from './export-context.js';
export { toFhirBundle } from './to-fhir-bundle.js';
