/**
 * The one stakeholder colour map, used by the matrix, charts and slides alike. Derived from the
 * Okabe–Ito colour-blind-safe palette, darkened where needed so every mark reaches 3:1 against
 * its background (colors.test.ts computes it). Colour is never the only cue: each side also has
 * a shape and its abbreviation is printed beside its marks.
 */

export const PALETTE = {
  light: ['#D55E00', '#0072B2', '#007A5A', '#B04C8E', '#6B6B6B', '#9A6A00', '#3B55C9', '#8C3B2E'],
  dark: ['#F08A4B', '#56B4E9', '#2EC4A0', '#E39BC3', '#B0B0B0', '#E69F00', '#9AA9FF', '#E8917F'],
} as const;

export const BACKGROUNDS = { light: '#FFFFFF', dark: '#0F172A' } as const;

/** Eight distinct shapes, one per palette colour. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'triangle-down'] as const;
export type Shape = (typeof SHAPES)[number];

export type StakeholderStyle = { color: string; darkColor: string; shape: Shape };

/**
 * A stakeholder's colour and shape, by its position in stakeholders.json — the one rule. The first
 * eight sides each get their own colour and their own shape (told apart without colour). After that
 * colours come round again and the shape moves one step on each round (side 8: the first colour with
 * the second shape), so no two of the first 64 sides (8 colours × 8 shapes) share both colour and shape;
 * from the 65th side on a pair repeats, and the abbreviation printed beside every mark is what tells
 * those sides apart.
 */
export function stakeholderStyle(index: number): StakeholderStyle {
  const n = PALETTE.light.length;
  const at = ((index % (n * n)) + n * n) % (n * n);
  const c = at % n;
  const shape = (c + Math.floor(at / n)) % SHAPES.length;
  return { color: PALETTE.light[c]!, darkColor: PALETTE.dark[c]!, shape: SHAPES[shape]! };
}

/**
 * Every side's colour and shape, in file order, where the data may choose a side's colour (`color` in
 * stakeholders.json, one of the palette's colours) — the one rule every view calls. A side without a
 * choice takes `stakeholderStyle`'s colour for its place. Its shape is `stakeholderStyle`'s unless that
 * shape is taken: then the next shape no side has yet, or, once all are used, the next one no side of
 * the same colour has — so two sides share colour and shape only past 64 (8 × 8) pairs, and two sides
 * given the same colour by the data still differ by shape (`npm run validate` warns about the choice).
 * Without choices it is `stakeholderStyle(i)` for every side.
 */
export function sideStyles(chosen: readonly (string | undefined)[]): StakeholderStyle[] {
  const shapes = new Set<Shape>();
  const pairs = new Set<string>();
  return chosen.map((color, i) => {
    const auto = stakeholderStyle(i);
    const c = color ? PALETTE.light.indexOf(color as (typeof PALETTE.light)[number]) : -1;
    const [light, dark] = c >= 0 ? [PALETTE.light[c]!, PALETTE.dark[c]!] : [auto.color, auto.darkColor];
    const from = SHAPES.indexOf(auto.shape);
    const order = SHAPES.map((_, k) => SHAPES[(from + k) % SHAPES.length]!);
    const shape =
      order.find((s) => !shapes.has(s) && !pairs.has(`${light} ${s}`)) ??
      order.find((s) => !pairs.has(`${light} ${s}`)) ??
      auto.shape;
    shapes.add(shape);
    pairs.add(`${light} ${shape}`);
    return { color: light, darkColor: dark, shape };
  });
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Issues, where a chart stacks them: steps of one blue, dark to light, each outlined in slate so
 * every segment's edge reaches 3:1; the label colour keeps its count legible on the fill.
 */
export const ISSUE_FILLS = [
  '#1F3A5F',
  '#3D6A99',
  '#6E9BC8',
  '#A9C6E3',
  '#DCE8F4',
  '#0B1F33',
  '#55789E',
  '#C3D6EA',
] as const;
export const OUTLINE = '#0F172A';

export function issueFill(index: number): { fill: string; label: string } {
  const fill = ISSUE_FILLS[index % ISSUE_FILLS.length]!;
  return { fill, label: contrastRatio(fill, '#FFFFFF') >= 4.5 ? '#FFFFFF' : '#0F172A' };
}
