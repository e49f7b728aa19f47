export * from './policy-activity.schema.js';
export * from './indicator-evidence.js';
export * from './policy-acknowledgement.js';
export * from './policy-versions.js';
