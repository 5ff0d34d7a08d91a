import type { ChangesSlide } from '@/lib/deck/slides/changes';
import { W, type PptxTarget } from './parts';

/**
 * The change list at 14 pt: the ranked stance moves (on their own slides, largest first, numbered),
 * or events first, then each change with who said it; pages were cut for this size.
 */
export function changesPptx({ slide }: PptxTarget, s: ChangesSlide) {
  const bold = { bold: true, breakLine: true };
  const text = [
    ...(s.moves.length > 0
      ? [{ text: 'Stances are analysts’ judgements.', options: { italic: true, breakLine: true } }]
      : []),
    ...s.moves.map((m) => ({
      text: m.text,
      options: { bullet: { type: 'number' as const }, breakLine: true },
    })),
    ...(s.empty ? [{ text: s.empty, options: { breakLine: true } }] : []),
    ...s.events.map((e) => ({ text: e, options: bold })),
    ...(s.statementsNote ? [{ text: s.statementsNote, options: { breakLine: true } }] : []),
    ...s.lines.map((l) => ({ text: `${l.text} (${l.cite})`, options: { bullet: true, breakLine: true } })),
  ];
  slide.addText(text, { x: 0.5, y: 1.2, w: W - 1, h: 5.2, fontSize: 14, valign: 'top', paraSpaceAfter: 4 });
}
