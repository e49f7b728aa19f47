export * from './builders.js';
export * from './plan-parts.js';
export * from './exemplary-case-file.js';
export * from './exemplary-assessment.js';
