/**
 * The one quote a deck line shows for a side. Expected values are the hand-written answers of
 * lib/fixtures/settlement-data/README.md ("Deck: the one quote a line shows") and
 * lib/fixtures/size-data/README.md ("Deck: long quotes"), worked out from the statements' files.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, readDataFolder } from '../../load';
import { buildModel } from '../../model';
import { readProposals } from '../../proposals/load';
import { proposalChartSvg } from '../../proposals/chart-svg';
import type { RawDataset } from '../../types';
import { buildDeck } from '../build';
import { presentDeck, type DeckSlide } from '../deck';
import { sideLineText } from './proposal';
import type { IssueSlide } from './issue';

const load = (dir: string): RawDataset => {
  const loaded = readDataFolder(path.resolve(dir));
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.data;
};
const all = { stakeholders: [], issues: [] };

describe('settlement fixture: a quote stands only under the issue its statement bears on alone', () => {
  const DIR = 'lib/fixtures/settlement-data';
  const raw = load(DIR);
  const proposals = readProposals(DIR, raw, (f) => f).proposals!;
  const slides: DeckSlide[] = presentDeck(buildDeck(buildModel(raw), proposals), all).slides;
  const line = (issue: string, side: string) =>
    slides
      .filter((s): s is IssueSlide => s.kind === 'issue' && s.issue === issue)
      .flatMap((s) => s.lines)
      .find((l) => l.stakeholder === side)!;
  const shown = (l: { quote: { text: string } | null; quoteGap: string | null }) =>
    l.quote ? l.quote.text : l.quoteGap;

  it('issue slides: each side line as the README table says', () => {
    // Red before: Westria fishing showed "will never give up more than half of the water" (lenk-mar is
    // about water and fishing), Eastholm fishing "sixty percent of the water", Eastholm patrols "needs
    // at least forty percent of the water".
    expect(shown(line('water', 'westria'))).toBe('is a non-starter on water');
    expect(shown(line('fishing', 'westria'))).toBe('several-issues');
    expect(shown(line('water', 'eastholm'))).toBe('several-issues');
    expect(shown(line('fishing', 'eastholm'))).toBe('several-issues');
    expect(shown(line('patrols', 'eastholm'))).toBe('are still patrols');
    // The notes carry every quote of a statement; the slide's lines none about water.
    const lines = slides.flatMap((s) => (s.kind === 'issue' && s.issue !== 'water' ? s.lines : []));
    expect(JSON.stringify(lines)).not.toMatch(/of the water/);
  });

  it('proposal slides and image: a response quote only from a statement on the term’s issue alone', () => {
    // Every page of the plan's slide (it may continue over two).
    const terms = slides.flatMap((s) => (s.kind === 'proposal' && s.proposal === 'council-plan' ? s.terms : []));
    const row = (term: string, side: string) =>
      terms.find((t) => t.id === term)!.sides.find((s) => s.stakeholder === side)!;
    // Red before: "Partly (analysts’ reading) “will never give up more than half of the water” — Ivo Lenk".
    expect(sideLineText(row('fishing-tilt', 'westria'))).toBe(
      'stance 50 · 10 points from its stance; not at its stance · Partly (analysts’ reading) · Words bear on several issues: see notes',
    );
    expect(shown(row('water-half', 'westria').response!)).toBe('several-issues');
    expect(shown(row('water-half', 'eastholm').response!)).toBe('several-issues');
    // The 16:9 image draws the same lines: no quotation marks anywhere on it.
    const { svg } = proposalChartSvg(terms, (id) => ({ name: id, abbreviation: id, color: '#123456' }));
    expect(svg).toContain(
      'westria: stance 50 · 10 points from its stance; not at its stance · Partly (analysts’ reading) · Words bear',
    );
    expect(svg).not.toMatch(/[“”]/);
  });
});

describe('a response to a proposal as a whole quotes only a statement on the proposal’s issues', () => {
  const DIR = 'lib/fixtures/settlement-data';
  const raw = load(DIR);
  const proposals = readProposals(DIR, raw, (f) => f).proposals!;
  // Westria answers two plans as a whole, citing lenk-mar (water and fishing). The Council plan's terms
  // are on water and fishing, so its words can be about nothing else; the revised plan's are on water
  // and patrols, so the fishing words might be what a quote is about.
  const whole = (id: string) => ({
    ...proposals,
    proposals: proposals.proposals.map((p) =>
      p.id === id
        ? {
            ...p,
            responses: [
              ...p.responses,
              { stakeholder: 'westria', response: 'partly' as const, statements: ['lenk-mar'], rationale: 'Test.' },
            ],
          }
        : p,
    ),
  });
  const answer = (id: string) =>
    presentDeck(buildDeck(buildModel(raw), whole(id)), all)
      .slides.flatMap((s) => (s.kind === 'proposal' && s.proposal === id ? s.whole : []))
      .find((r) => r.stakeholder === 'westria')!;

  it('the Council plan (water, fishing): Lenk’s first quote; the revised plan (water, patrols): none, and says so', () => {
    expect(answer('council-plan').quote?.text).toBe('will never give up more than half of the water');
    expect(answer('council-plan-revised')).toMatchObject({ quote: null, quoteGap: 'several-issues' });
  });
});

describe('size fixture: a quote too long for the slide is said to be in the notes, never dropped unsaid', () => {
  const raw = load('lib/fixtures/size-data');
  const slides = presentDeck(buildDeck(buildModel(raw)), all).slides;
  const line = (issue: string, side: string) =>
    slides
      .filter((s): s is IssueSlide => s.kind === 'issue' && s.issue === issue)
      .flatMap((s) => s.lines)
      .find((l) => l.stakeholder === side)!;

  it('Lagoon waters: Westhaven (133 characters) and Marrow (115) say so; Eastreach (104) shows its words', () => {
    // Red before: Westhaven's line had quote null and nothing saying why.
    expect(line('waters', 'westhaven')).toMatchObject({ quote: null, quoteGap: 'too-long' });
    expect(line('waters', 'marrow')).toMatchObject({ quote: null, quoteGap: 'too-long' });
    expect(line('guarantees', 'norvale')).toMatchObject({ quote: null, quoteGap: 'too-long' });
    expect(line('waters', 'eastreach').quote?.text).toBe(
      'we will run the northern channel, but we are ready to share a pilot service with every ship that uses it',
    );
    expect(line('waters', 'norvale').quoteGap).toBeNull();
  });

  it('the notes carry the long quote whole', () => {
    const notes = slides.filter((s) => s.kind === 'issue' && s.issue === 'waters').flatMap((s) => s.notes);
    expect(notes.join('\n')).toContain(
      '“we could share the running of the southern half of the inner waters, but only once Eastreach drops its claim to a veto over our ships”',
    );
  });
});
