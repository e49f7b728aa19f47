import { describe, expect, it } from 'vitest';
import { isPrintForm, printPath } from './print-forms.js';

describe('print forms', () => {
  it('knows the standard forms and nothing else', () => {
    expect(isPrintForm('plan-2')).toBe(true);
    expect(isPrintForm('prevention-plan')).toBe(true);
    expect(isPrintForm('usage')).toBe(true);
    expect(isPrintForm('usage-sheet')).toBe(true);
    expect(isPrintForm('plan-9')).toBe(false);
    expect(isPrintForm('toString')).toBe(false);
  });

  it('builds the print address with an optional document', () => {
    expect(printPath('c 1', 'plan-2', 'p/1')).toBe('/clients/c%201/print/plan-2?document=p%2F1');
    expect(printPath('c1', 'plan-4')).toBe('/clients/c1/print/plan-4');
  });
});
