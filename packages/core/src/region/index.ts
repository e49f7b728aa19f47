export * from './resource.schema.js';
export * from './unmet-need.schema.js';
export * from './resource-match.js';
export * from './resource-csv.js';
export * from './pseudonymize.js';
export * from './region-aggregate.js';
export * from './resource-line.js';
export * from './meeting-functions.js';
