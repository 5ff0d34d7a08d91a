/**
 * The proposal's stand-alone image, on the settlement fixture. Expected lines are the hand-written
 * answers of lib/fixtures/settlement-data/README.md ("Responses on a proposal's page and image").
 */
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../load';
import { buildModel } from '../model';
import { readProposals } from './load';
import { buildProposalSlides } from '../deck/slides/proposal.build';
import { proposalChartSvg } from './chart-svg';

const DIR = 'lib/fixtures/settlement-data';
const loaded = readDataFolder(DIR);
if (!loaded.ok) throw new Error('settlement fixture does not load');
const proposals = readProposals(DIR, loaded.data, (f) => f).proposals!;
const facts = buildProposalSlides(buildModel(loaded.data), proposals);
const names: Record<string, string> = { westria: 'Westria', eastholm: 'Eastholm', 'lakes-council': 'Lakes Council' };
const image = (id: string) =>
  proposalChartSvg(facts.find((f) => f.proposal === id)!.terms, (side) => ({
    name: names[side] ?? side,
    abbreviation: side.slice(0, 2),
    color: '#123456',
  })).svg;
/** Each side's line in the image (its 12.5 px text), wrapped pieces joined again: "<name>: … · <response>". */
const sideLines = (svg: string, name: string) =>
  [...svg.matchAll(/<text[^>]*font-size="12.5"[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .split(/ (?=(?:Westria|Eastholm|Lakes Council): )/)
    .filter((t) => t.startsWith(`${name}:`));

describe('the proposal image', () => {
  it('labels a verdict as the analysts’ reading, and the proposer as having proposed it', () => {
    const svg = image('eastholm-counter');
    const west = sideLines(svg, 'Westria');
    expect(west[0]).toBe(
      'Westria: stance 0–50 · 10 points from the term to the nearest edge of its range; outside its range · crosses red line: Giving Eastholm more than half of the water · Rejects (analysts’ reading) “is a non-starter on water” — Ivo Lenk',
    );
    // Eastholm put the counter-plan forward: on both its terms it "Proposed it", never "No stated response".
    expect(sideLines(svg, 'Eastholm')).toHaveLength(2);
    for (const line of sideLines(svg, 'Eastholm')) expect(line).toMatch(/· Proposed it$/);
    for (const line of sideLines(svg, 'Lakes Council')) expect(line).toMatch(/· No stated response$/);
  });

  it('the Council proposed its plan; the sides that did not answer still read so', () => {
    const svg = image('council-plan-revised');
    for (const line of sideLines(svg, 'Lakes Council')) expect(line).toMatch(/· Proposed it$/);
    expect(sideLines(svg, 'Westria').join(' ')).toContain('No stated response');
  });
});
