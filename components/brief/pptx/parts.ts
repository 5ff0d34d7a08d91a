/** What the PowerPoint renderers share: what they draw into, and the slide's measures. */
import type PptxGenJS from 'pptxgenjs';
import type { ShownDeck } from '@/lib/deck/deck';
import type { DeckSide } from '@/lib/deck/types';

/** What a slide kind's PowerPoint renderer draws into. */
export type PptxTarget = { pptx: PptxGenJS; slide: PptxGenJS.Slide; deck: ShownDeck; side: (id: string) => DeckSide };

/** Slide width in inches (16:9). */
export const W = 13.333;
export const hex = (c: string) => c.replace('#', '').toUpperCase();
export const HEADER = { bold: true, fill: { color: 'E2E8F0' } };
export const BORDER = { type: 'solid' as const, color: '94A3B8', pt: 1 };
