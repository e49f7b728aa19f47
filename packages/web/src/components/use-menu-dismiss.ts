import { useEffect, type RefObject } from 'react';

/**
 * A `<details>` used as a menu closes on Escape (focus back on its summary) and on a tap or
 * click outside it, as menus do.
 */
export function useMenuDismiss(menu: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (focusSummary: boolean) => {
      const details = menu.current;
      if (!details?.open) return;
      details.open = false;
      if (focusSummary) details.querySelector('summary')?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [menu]);
}
