import { describe, expect, it } from 'vitest';
import { parseSelection, parseSlide } from '.';

const valid = { stakeholders: ['russia', 'ukraine'], issues: ['territory'] };

describe('deck selection', () => {
  it('reads comma-separated and repeated ids, dropping duplicates', () => {
    const sel = parseSelection(new URLSearchParams('s=russia,ukraine&s=russia&i=territory'), valid);
    expect(sel.stakeholders).toEqual(['russia', 'ukraine']);
    expect(sel.issues).toEqual(['territory']);
  });

  it('reports unknown ids instead of failing', () => {
    const sel = parseSelection(new URLSearchParams('s=russia,atlantis&i=weather'), valid);
    expect(sel.stakeholders).toEqual(['russia']);
    expect(sel.unknown).toEqual({ stakeholders: ['atlantis'], issues: ['weather'] });
  });

  it('clamps slide numbers', () => {
    expect(parseSlide('3', 10)).toBe(3);
    expect(parseSlide('99', 10)).toBe(10);
    expect(parseSlide('abc', 10)).toBe(1);
    expect(parseSlide(null, 10)).toBe(1);
  });
});
