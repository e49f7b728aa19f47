import { getAt, pathKey, setAt, type FieldPath } from './paths.js';

export interface FieldBinding {
  /** Reads the value at a path of the body being edited. */
  get(path: FieldPath): unknown;
  /** Writes a value at a path (the rest of the body is kept). */
  update(path: FieldPath, value: unknown): void;
  /** Props for TextField / TextArea / DateField. */
  text(path: FieldPath): { path: FieldPath; value: string | undefined; error: string | undefined; onChange: (value: string) => void };
  /** Props for SelectField / RadioGroupField. */
  choice(path: FieldPath): { path: FieldPath; value: string | undefined; error: string | undefined; onChange: (value: string | undefined) => void };
  /** Props for CheckboxField. */
  flag(path: FieldPath): { path: FieldPath; checked: boolean | undefined; error: string | undefined; onChange: (checked: boolean) => void };
  /** The error of a path, if any. */
  error(path: FieldPath): string | undefined;
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/**
 * Connects form fields to a document editor by path: `<TextField label="症状" {...fields.text(['items','health','symptoms'])} />`.
 * Several updates in one event build on each other (the binder keeps the latest body it wrote).
 */
export function bindFields<B>(editor: { body: B | undefined; setBody: (next: B) => void; fieldErrors: Record<string, string> }): FieldBinding {
  let latest: unknown = editor.body ?? {};
  const update = (path: FieldPath, value: unknown) => {
    latest = setAt(latest, path, value);
    editor.setBody(latest as B);
  };
  const error = (path: FieldPath) => editor.fieldErrors[pathKey(path)];
  return {
    get: (path) => getAt(latest, path),
    update,
    error,
    text: (path) => ({ path, value: asText(getAt(latest, path)), error: error(path), onChange: (value) => update(path, value) }),
    choice: (path) => ({ path, value: asText(getAt(latest, path)), error: error(path), onChange: (value) => update(path, value) }),
    flag: (path) => {
      const value = getAt(latest, path);
      return { path, checked: typeof value === 'boolean' ? value : undefined, error: error(path), onChange: (checked) => update(path, checked) };
    },
  };
}
