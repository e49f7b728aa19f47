export * from './record.js';
export * from './record-kinds.js';
export * from './area-office.js';
