export * from './iso-date.js';
export * from './eras.js';
export * from './wareki.js';
export * from './parse-date-input.js';
export * from './tokyo-date.js';
