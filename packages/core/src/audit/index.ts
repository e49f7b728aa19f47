export * from './finding.js';
export * from './rule.js';
export * from './evidence.js';
export * from './audit-context.js';
export * from './compile-policy.js';
export * from './rule-params.js';
export * from './audit.js';
export { auditRules } from './rules/index.js';
export * from './preview-pack-change.js';
