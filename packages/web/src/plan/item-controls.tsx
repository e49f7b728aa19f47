import { fieldDomId, type FieldPath } from '../editing/index.js';

interface ItemControlsProps {
  /** What the item is called in button labels: 「課題2」「長期目標1」. */
  label: string;
  /** Path of the list the item is in. */
  listPath: FieldPath;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  disabled?: boolean;
}

/** The id of a control of the item at `index`, for putting focus back after a move. */
function controlId(listPath: FieldPath, index: number, control: 'up' | 'down'): string {
  return `${fieldDomId([...listPath, index])}-${control}`;
}

/**
 * 上へ・下へ・削除 for one item of a 第2表 list. Real buttons, so Tab and Enter work; after a
 * move, focus follows the item to its new place so it can be moved again at once.
 */
export function ItemControls({ label, listPath, index, count, onMove, onRemove, disabled }: ItemControlsProps) {
  const move = (delta: -1 | 1) => {
    onMove(delta);
    const target = index + delta;
    requestAnimationFrame(() => {
      const preferred = document.getElementById(controlId(listPath, target, delta === -1 ? 'up' : 'down')) as HTMLButtonElement | null;
      const other = document.getElementById(controlId(listPath, target, delta === -1 ? 'down' : 'up')) as HTMLButtonElement | null;
      (preferred && !preferred.disabled ? preferred : other)?.focus();
    });
  };
  return (
    <div className="item-controls" role="group" aria-label={`${label}の操作`}>
      <button type="button" id={controlId(listPath, index, 'up')} className="button button-small" onClick={() => move(-1)} disabled={disabled || index === 0} aria-label={`${label}を上へ移動`}>
        上へ
      </button>
      <button type="button" id={controlId(listPath, index, 'down')} className="button button-small" onClick={() => move(1)} disabled={disabled || index >= count - 1} aria-label={`${label}を下へ移動`}>
        下へ
      </button>
      <button type="button" className="button button-small button-danger" onClick={onRemove} disabled={disabled} aria-label={`${label}を削除`}>
        削除
      </button>
    </div>
  );
}
