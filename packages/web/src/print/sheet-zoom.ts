/** Width of the sheet on screen: A4 landscape minus the page margins, 277 mm at CSS's 96 px per inch. */
export const sheetWidthPx = (277 / 25.4) * 96;

/** Room kept on each side of the sheet on screen, in px. */
const gutterPx = 12;

/**
 * How much the A4 sheet is scaled on screen so it fits a window `viewportWidth` px wide (never
 * enlarged). Only the preview is scaled; on paper the sheet is A4 landscape as it is.
 */
export function sheetZoom(viewportWidth: number): number {
  if (!Number.isFinite(viewportWidth) || viewportWidth <= 0) return 1;
  const zoom = (viewportWidth - 2 * gutterPx) / sheetWidthPx;
  return zoom >= 1 ? 1 : Math.max(Math.floor(zoom * 1000) / 1000, 0.1);
}
