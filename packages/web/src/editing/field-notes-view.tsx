import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { placeNotes, samePlacement, type FieldNote, type PlacedNote } from './field-notes.js';
import { fieldDomId } from './field-id.js';
import { pathKey, type FieldPath } from './paths.js';

interface FieldNotesRegistry {
  notesAt: (key: string) => readonly FieldNote[];
  /** A field or item that can show remarks says so while it is on the page. */
  register: (key: string) => () => void;
}

const FieldNotesContext = createContext<FieldNotesRegistry | undefined>(undefined);
const none: readonly FieldNote[] = [];

/**
 * Shows `notes` beside the fields of the form inside: each at the field of its path, or at the
 * nearest enclosing item on the page that can show remarks. Outside a provider, fields show none.
 */
export function FieldNotesProvider({ notes, children }: { notes: readonly PlacedNote[]; children: ReactNode }) {
  const slots = useRef(new Map<string, number>());
  const [placed, setPlaced] = useState<ReadonlyMap<string, readonly FieldNote[]>>(() => new Map());
  const [, setSlotVersion] = useState(0);

  const register = useCallback((key: string) => {
    slots.current.set(key, (slots.current.get(key) ?? 0) + 1);
    setSlotVersion((v) => v + 1);
    return () => {
      const left = (slots.current.get(key) ?? 1) - 1;
      if (left > 0) slots.current.set(key, left);
      else slots.current.delete(key);
      setSlotVersion((v) => v + 1);
    };
  }, []);

  // After the fields of this render registered: place the notes, re-rendering only on a change.
  useLayoutEffect(() => {
    const next = placeNotes(notes, (key) => slots.current.has(key));
    setPlaced((previous) => (samePlacement(previous, next) ? previous : next));
  });

  const registry = useMemo<FieldNotesRegistry>(() => ({ notesAt: (key) => placed.get(key) ?? none, register }), [placed, register]);
  return <FieldNotesContext.Provider value={registry}>{children}</FieldNotesContext.Provider>;
}

/** The remarks to show at `path` (none outside a FieldNotesProvider). */
export function useFieldNotes(path: FieldPath): readonly FieldNote[] {
  const registry = useContext(FieldNotesContext);
  const key = pathKey(path);
  const register = registry?.register;
  useLayoutEffect(() => register?.(key), [register, key]);
  return registry?.notesAt(key) ?? none;
}

/** The id of the remarks of the field with DOM id `fieldId` (for aria-describedby). */
export const fieldNotesId = (fieldId: string) => `${fieldId}-notes`;

/** The remarks beside one field: severity tag and short text; the text opens the full remark. */
export function FieldNoteList({ fieldId, notes }: { fieldId: string; notes: readonly FieldNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="field-notes" id={fieldNotesId(fieldId)} aria-label="この項目の気づき">
      {notes.map((note) => (
        <li key={note.key} className={['field-note', `field-note-${note.tone}`, note.fresh ? 'field-note-fresh' : undefined].filter(Boolean).join(' ')} data-note={note.key}>
          <span className="field-note-badge">{note.badge}</span>
          {note.onOpen ? (
            <button type="button" className="field-note-text" onClick={note.onOpen} title="気づきの一覧でこの気づきを見る">
              {note.text}
            </button>
          ) : (
            <span className="field-note-text">{note.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Remarks about an item of the form (a need, a goal, a row) rather than one of its fields. */
export function ItemNotes({ path }: { path: FieldPath }) {
  const notes = useFieldNotes(path);
  return <FieldNoteList fieldId={fieldDomId(path)} notes={notes} />;
}
