import { describe, expect, it } from 'vitest';
import { sheetWidthPx, sheetZoom } from './sheet-zoom.js';

describe('sheetZoom', () => {
  it('leaves the sheet as it is where it fits', () => {
    expect(sheetZoom(1440)).toBe(1);
    expect(sheetZoom(Math.ceil(sheetWidthPx) + 24)).toBe(1);
  });

  it('scales the sheet down to fit a 1024 px tablet with room on both sides', () => {
    const zoom = sheetZoom(1024);
    expect(zoom).toBeLessThan(1);
    expect(sheetWidthPx * zoom + 24).toBeLessThanOrEqual(1024);
    expect(zoom).toBeGreaterThan(0.9);
  });

  it('does not fail on a width it cannot use', () => {
    expect(sheetZoom(0)).toBe(1);
    expect(sheetZoom(Number.NaN)).toBe(1);
    expect(sheetZoom(20)).toBe(0.1);
  });
});
