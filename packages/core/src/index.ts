export * from './errors/index.js';
export * from './domain/organization.schema.js';
export * from './domain/document-kind.js';
