export * from './kizuki-error.js';
