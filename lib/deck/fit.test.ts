/**
 * The deck on the size fixture (lib/fixtures/size-data, fictional; answers in its README): lists
 * continue over slides without dropping or repeating anything, counts agree across slides, and
 * red lines stay red lines.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, readDataFolder } from '../load';
import { buildModel } from '../model';
import { seedData } from '../seed-data';
import { buildDeck } from './build';
import { presentDeck, type DeckSlide } from './deck';
import { BRIEF_LENGTH, lineBrief } from './slides/side-line';
import { listedLines } from './slides/issue';

const size = (() => {
  const result = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
})();
const deckOf = (raw: typeof size, stakeholders: string[] = [], issues: string[] = []) =>
  presentDeck(buildDeck(buildModel(raw)), { stakeholders, issues });
const of = <K extends DeckSlide['kind']>(slides: DeckSlide[], kind: K) =>
  slides.filter((s): s is Extract<DeckSlide, { kind: K }> => s.kind === kind);

describe('the deck on the size fixture', () => {
  it('the title counts the 14 sources the Sources slides list, numbered on across slides', () => {
    const deck = deckOf(size);
    const lists = of(deck.slides, 'sources');
    expect(lists.length).toBeGreaterThan(1);
    expect(of(deck.slides, 'title')[0]!.sources).toBe(14);
    expect(lists.flatMap((s) => s.citations)).toHaveLength(14);
    expect(lists.map((s) => s.start)).toEqual(
      lists.map((_, n) => 1 + lists.slice(0, n).reduce((k, s) => k + s.citations.length, 0)),
    );
  });

  it('narrowed, the title and the Sources slides still agree (on the seed too)', () => {
    for (const deck of [deckOf(size, ['dunmere', 'guild'], ['fishing']), deckOf(seedData(), ['ukraine'])]) {
      const listed = of(deck.slides, 'sources').flatMap((s) => s.citations).length;
      expect(of(deck.slides, 'title')[0]!.sources).toBe(listed);
    }
  });

  it('every event shows once across the timeline slides, numbered E1 to E15', () => {
    const pages = of(deckOf(size).slides, 'timeline');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.events.map((e, i) => `E${(p.start ?? 1) + i} ${e.label}`))).toEqual(
      size.events.map((e, i) => `E${i + 1} ${e.label}`),
    );
  });

  it('What to watch keeps the three red lines as red lines, over its slides', () => {
    const labels = of(deckOf(size).slides, 'watch').flatMap((s) => s.items.map((i) => i.label));
    expect(labels).toHaveLength(11);
    expect(labels.filter((l) => l.includes(' rules out: '))).toEqual([
      'Westhaven rules out: Any arrangement that gives Eastreach a veto over ships sailing from the Westhaven shore',
      'Isle Council of Marrow rules out: Armed patrols within sight of the Marrow Isle harbour while the talks go on',
      'Harbourmasters’ Guild rules out: Any closure of the outer fishing grounds to Guild members',
    ]);
  });

  it('an issue slide prints short words for each side and every shown side once; the notes hold the whole summary', () => {
    const deck = deckOf(size);
    for (const issue of size.issues) {
      const pages = of(deck.slides, 'issue').filter((s) => s.issue === issue.id);
      const listed = pages.flatMap(listedLines);
      expect(listed.map((l) => l.stakeholder)).toEqual(deck.stakeholders.map((s) => s.id));
      for (const line of listed) {
        expect(lineBrief(line).length).toBeLessThanOrEqual(BRIEF_LENGTH);
        if (line.summary) expect(pages[0]!.notes.some((n) => n.endsWith(line.summary!))).toBe(true);
      }
    }
  });

  it('every slide’s source line is one short line, its notes the full citations', () => {
    for (const slide of deckOf(size).slides.filter((s) => s.kind !== 'sources')) {
      expect(slide.footnote.length, slide.id).toBeLessThanOrEqual(150);
      if (/listed at the end/.test(slide.footnote))
        expect(slide.notes.some((n) => n.startsWith('Sources: '))).toBe(true);
    }
  });
});
