export * from './two-factor.js';
export * from './access-log-retention.js';
