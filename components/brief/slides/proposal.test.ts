/**
 * The HTML proposal slide, rendered to static HTML: a side's line reads as the README's "Deck slide"
 * line (the text the .pptx and the image print), its verdict in bold. Settlement fixture (fictional);
 * the expected line is lib/fixtures/settlement-data/README.md's, written by hand.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readDataFolder } from '@/lib/load';
import { buildModel } from '@/lib/model';
import { readProposals } from '@/lib/proposals/load';
import { buildDeck } from '@/lib/deck/build';
import { narrowDeck } from '@/lib/deck/deck';
import type { ProposalSlide } from '@/lib/deck/slides/proposal';
import { ProposalBody } from './proposal';

const DIR = 'lib/fixtures/settlement-data';
const loaded = readDataFolder(DIR);
if (!loaded.ok) throw new Error('settlement fixture does not load');
const deck = narrowDeck(buildDeck(buildModel(loaded.data), readProposals(DIR, loaded.data, (f) => f).proposals!), {
  stakeholders: [],
  issues: [],
});
const counter = deck.slides.find(
  (s): s is ProposalSlide => s.kind === 'proposal' && s.proposal === 'eastholm-counter',
)!;
const side = (id: string) => deck.stakeholders.find((s) => s.id === id)!;
const html = renderToStaticMarkup(createElement(ProposalBody, { slide: counter, deck, side }));
/** The text of a side's line under a term, tags dropped. */
const lineText = (term: string, stakeholder: string) => {
  const section = html.split('<section').find((part) => part.includes(`data-term="${term}"`))!;
  const item = section.split('<li ').find((part) => part.includes(`data-side="${stakeholder}">`))!;
  return `<li ${item}`.replace(/<[^>]+>/g, '');
};

describe('the HTML proposal slide', () => {
  it("prints a side's line as the .pptx and the image do, parts set off by ' · '", () => {
    expect(lineText('water-sixty', 'westria')).toBe(
      'Westria stance 0–50 · 10 points from the term to the nearest edge of its range; outside its range · crosses red line: Giving Eastholm more than half of the water · Rejects (analysts’ reading) “is a non-starter on water” — Ivo Lenk',
    );
    expect(lineText('water-sixty', 'lakes-council')).toMatch(/ · No stated response$/);
  });

  it('sets the verdict in bold and the red line apart', () => {
    expect(html).toContain('<strong>Rejects (analysts’ reading)</strong>');
    expect(html).toContain(
      '<strong data-red-line="true">crosses red line: Giving Eastholm more than half of the water</strong>',
    );
  });
});
