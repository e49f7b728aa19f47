import { caseFileSchema, type CaseFile } from '../domain/document-bodies.js';
import { japaneseErrorMap } from '../domain/japanese-error-map.js';
import type { SourceMap } from './care-plan-read.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { parseCsvFileName } from './file-name.js';
import { csvLayouts } from './layouts.js';
import { unvalidated, validateByParts } from './validate-by-parts.js';

/** Finds the CSV column of a domain path: the last path segment that names a column of the file. */
function columnOf(file: string, segments: readonly string[]) {
  const name = parseCsvFileName(file);
  if (!name) return undefined;
  const columns = csvLayouts[name.kind].columns;
  for (let i = segments.length - 1; i >= 0; i--) {
    const column = columns.find((c) => c.key === segments[i]);
    if (column) return column;
  }
  return undefined;
}

/**
 * Validates a case file built from CSV rows with the domain schema. Each problem is reported at
 * the row it came from (the deepest part of the path recorded in `sources`) and, where the field
 * matches a column, that column.
 */
export function validateImportedCaseFile(draft: unknown, sources: SourceMap, fallback: { file: string; line: number }): { caseFile?: CaseFile; issues: CsvIssue[] } {
  // The schema part by part, values seen before not again; a case file with any problem is parsed whole for zod's messages.
  const valid = validateByParts(caseFileSchema, draft);
  if (valid !== unvalidated) return { caseFile: valid, issues: [] };
  const parsed = caseFileSchema.safeParse(draft, { error: japaneseErrorMap });
  if (parsed.success) return { caseFile: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue) => {
    const segments = issue.path.map(String);
    let source = fallback;
    for (let i = segments.length; i > 0; i--) {
      const found = sources.get(segments.slice(0, i).join('.'));
      if (found) {
        source = found;
        break;
      }
    }
    const column = columnOf(source.file, segments);
    const at = { file: source.file, row: source.line, ...(column ? { column: column.no, columnName: column.name } : {}) };
    const input = (issue as { input?: unknown }).input;
    return csvIssue('error', at, `${issue.message}（項目: ${segments.join('.')}）`, typeof input === 'string' ? { value: input } : {});
  });
  return { issues };
}
