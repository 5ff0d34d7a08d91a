/**
 * The deck's stance picture, rendered to static HTML as the export does: a range is a bar over the
 * part of the scale the sources allow, and nothing marks a point inside it (a mark at its middle
 * would read as a stance the sources never gave). Fictional sides; values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SideLine } from '@/lib/deck/slides/side-line';
import type { DeckSide } from '@/lib/deck/types';
import { MiniSpectrum } from './mini-spectrum';

const line = (stakeholder: string, stance: SideLine['stance']): SideLine => ({
  stakeholder,
  summary: 'A fictional position.',
  stance,
  stanceWords: null,
  stanceShort: null,
  quote: null,
  quoteGap: null,
  sources: [],
});
const side = (id: string, abbreviation: string, shape: DeckSide['shape']): DeckSide => ({
  id,
  name: id,
  abbreviation,
  role: 'party',
  color: '#336699',
  darkColor: '#99bbdd',
  shape,
});

const svg = (lines: SideLine[], gap: Parameters<typeof MiniSpectrum>[0]['gap'] = null) =>
  renderToStaticMarkup(
    createElement(MiniSpectrum, {
      lines,
      sides: [side('northland', 'NL', 'square'), side('southmark', 'SM', 'circle')],
      scale: ['none', 'half', 'all'],
      gap,
    }),
  );

describe('the deck stance picture', () => {
  it('draws a range 0–90 as one bar from 0 to 90 and no point mark at all', () => {
    const html = svg([line('northland', { min: 0, max: 90 })]);
    expect(html).toContain('data-range="0-90"');
    expect(html).not.toContain('data-point');
    // No shape path anywhere in the picture: only the axis lines, the bar and the words.
    expect(html).not.toMatch(/<path/);
  });

  it('draws a point 80 as a mark at 80, beside a range drawn only as its bar', () => {
    const html = svg([line('northland', { min: 10, max: 40 }), line('southmark', { value: 80 })]);
    expect(html.match(/data-point="/g)).toHaveLength(1);
    expect(html).toContain('data-point="80"');
    expect(html).toContain('data-range="10-40"');
    expect(html).not.toContain('data-point="25"');
  });

  it('a point inside a range (35 in 30–70) is not drawn over the bar: the bar goes on a lane of its own', () => {
    const html = svg([line('northland', { value: 35 }), line('southmark', { min: 30, max: 70 })]);
    const lane = (what: string) => /data-lane="(\d+)"/.exec(html.slice(html.indexOf(what)))![1];
    expect(lane('data-point="35"')).toBe('0');
    expect(lane('data-range="30-70"')).toBe('1');
  });
});

describe('the deck stance picture’s key gap', () => {
  // Northland 30–70, Southmark 80: 10–50 points apart (worked by hand).
  const lines = [line('northland', { min: 30, max: 70 }), line('southmark', { value: 80 })];
  const pair = [
    { id: 'northland', name: 'northland' },
    { id: 'southmark', name: 'southmark' },
  ];
  const gap = (words: string) => ({
    gap: { min: 10, max: 50 },
    from: 30,
    to: 80,
    near: { from: 70, to: 80 },
    words,
    pair,
  });

  it('draws the light band over 30–80 and the darker part over 70–80, as its words say 10–50', () => {
    const html = svg(lines, gap('northland–southmark: 10–50 points apart, some way apart'));
    expect(html).toContain('data-gap-band="30-80"');
    expect(html).toContain('data-gap-near="70-80"');
    // At x = 60 + v × 10.8: the light band starts at 30 (384) and is 50 points wide (540).
    expect(html).toMatch(/<rect x="384" y="30" width="540"[^>]*data-gap-band/);
  });

  it('long words wrap by whole words onto further lines, never squeezed, every word kept', () => {
    const words = `northland–southmark: 10–50 points apart: ${'the ranges allow anything from close together to far apart; '.repeat(2)}end`;
    const html = svg(lines, gap(words));
    expect(html).not.toMatch(/textLength|lengthAdjust/i);
    const spans = [...html.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans.length).toBeGreaterThan(1);
    // Each line but the last ends in the space at its break: the text reads (and copies) as one sentence.
    expect(spans.slice(0, -1).every((t) => t!.endsWith(' '))).toBe(true);
    expect(spans.join('')).toBe(`Key gap (analyst judgement): ${words}`);
    // The picture is one line taller for each further line.
    expect(html).toContain(`viewBox="0 0 1200 ${200 + 26 * (spans.length - 1)}"`);
  });
});
