export * from './benefit-review.js';
export * from './benefit-review-report.js';
