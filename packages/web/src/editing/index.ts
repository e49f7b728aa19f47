/**
 * Shared editing infrastructure for every document form of the case file:
 *
 *   const editor = useDocumentEditor(clientId, 'assessment', documentId, { initial });
 *   const fields = bindFields(editor);
 *   <EditorStatusBar kind="assessment" editor={editor} />      // save state, draft notice, errors, conflict view
 *   <TextArea label="症状" {...fields.text(['items', 'health', 'symptoms'])} />
 *   focusField(['needs', 0, 'text'])                             // ids come from fieldDomId(path)
 */
export { useDocumentEditor, type DocumentConflict, type DocumentEditor, type DocumentEditorOptions, type EditorStatus } from './use-document-editor.js';
export { ConflictView, type ConflictViewProps } from './conflict-view.js';
export { EditorStatusBar } from './editor-status.js';
export { CheckboxField, DateField, RadioGroupField, SelectField, TextArea, TextField, fieldDomId, focusField, type SelectOption } from './fields.js';
export { FieldNotesProvider, ItemNotes, useFieldNotes } from './field-notes-view.js';
export { placeNotes, type FieldNote, type PlacedNote } from './field-notes.js';
export { RevisionHistory, type RevisionHistoryProps } from './revision-history.js';
export { bindFields, type FieldBinding } from './field-binder.js';
export { diffBodies, displayValue, type DiffRow } from './body-diff.js';
export { pathLabel } from './field-labels.js';
export { getAt, pathKey, setAt, type FieldPath } from './paths.js';
export { getEditingUser, setEditingUser, type EditingUser } from './current-user.js';
