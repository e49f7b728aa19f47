export * from './dashboard-api.js';
export * from './due-items.js';
export * from './build-dashboard.js';
export * from './dashboard-text.js';
