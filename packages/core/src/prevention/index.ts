export * from './care-management-types.js';
export * from './delegation.js';
export * from './handbook.js';
