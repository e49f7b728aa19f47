export * from './inspection-areas.js';
export * from './inspection-case.schema.js';
export * from './select-sample.js';
export * from './draft-summary.js';
export * from './inspection-api.js';
