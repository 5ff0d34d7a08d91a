/**
 * The compare view's stance gaps name the sides left off the scale for what they are, in the one set of
 * words (components/positions/unplaced.tsx): the size fixture's README gives the Harbourmasters’ Guild
 * no stance on waters (a party, on its own quoted words) and the Southport League no position on it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readDataFolder } from '@/lib/load';
import { buildModel } from '@/lib/model';
import { buildCompareData } from '@/lib/analysis/compare-data';
import { compareIssue, HOW_DERIVED } from '@/lib/analysis/compare';
import { StanceGaps } from './stance-gaps';

const result = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'size-data'));
if (!result.ok) throw new Error('the size fixture is invalid');
const data = buildCompareData(buildModel(result.data));

const text = (sides: string[]) => {
  const comparison = compareIssue(data, 'waters', sides)!;
  return renderToStaticMarkup(createElement(StanceGaps, { comparison, howDerived: HOW_DERIVED }))
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '');
};

describe('sides left out of the stance gaps on compare', () => {
  it('a party with no stance is a position not placed on the scale, not an assessment', () => {
    const page = text(['westhaven', 'guild', 'southport']);
    expect(page).toContain(
      'Left out of the gaps: Harbourmasters’ Guild (no stance: position not placed on the scale); Southport League (no stated position).',
    );
    expect(page).not.toMatch(/assessment/i);
  });
});
