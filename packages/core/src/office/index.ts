export * from './office-rules.js';
export * from './office-records.schema.js';
export * from './caseload.js';
export * from './concentration.js';
export * from './specific-office-addition.js';
export * from './office-due.js';
export * from './office-api.js';
export * from './emergency-list.js';
