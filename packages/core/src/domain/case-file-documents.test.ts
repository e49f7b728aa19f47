import { describe, expect, it } from 'vitest';
import { anExemplaryCaseFile } from '../testing/builders.js';
import { assembleCaseFile, caseFileDocuments } from './case-file-documents.js';

describe('case file ⇄ documents', () => {
  it('splits a case file into documents, client first, and assembles it back unchanged', () => {
    const caseFile = anExemplaryCaseFile().build();
    const docs = caseFileDocuments(caseFile);
    expect(docs[0]?.kind).toBe('client');
    expect(docs.filter((d) => d.kind === 'care_plan')).toHaveLength(caseFile.carePlans.length);
    expect(assembleCaseFile(docs)).toEqual(caseFile);
  });

  it('refuses documents without a client', () => {
    const docs = caseFileDocuments(anExemplaryCaseFile().build()).filter((d) => d.kind !== 'client');
    expect(() => assembleCaseFile(docs)).toThrow();
  });
});
