/**
 * The deck as a PowerPoint file, built in the browser: the frame every slide shares, and one
 * renderer per slide kind in one registry. Loaded (with pptxgenjs) only when a .pptx is asked for.
 */
import type { DeckSlide, ShownDeck, SlideKindName } from '@/lib/deck/deck';
import { deckFileName, type DeckScope } from '@/lib/deck/file-name';
import { sideLookup } from '../slides';
import { W, type PptxTarget } from './parts';
import { changesPptx } from './changes';
import { demandsPptx } from './demands';
import { issuePptx } from './issue';
import { matrixPptx } from './matrix';
import { proposalPptx } from './proposal';
import { sourcesPptx } from './sources';
import { timelinePptx } from './timeline';
import { titlePptx } from './title';
import { fitText } from './text-fit';
import { watchPptx } from './watch';

/**
 * The title's box: from the top margin to where the first thing under it starts (1.0 in: a
 * proposal's byline). A title too long for one line at 32 pt takes a smaller size, on one line or
 * more, so it never runs onto what follows (the box does not grow in PowerPoint or LibreOffice).
 */
export const TITLE_BOX = { x: 0.5, y: 0.3, w: W - 1, h: 0.7 };

/** The title's font size on a slide. */
export const titleFontSize = (title: string) =>
  fitText(title, TITLE_BOX, { largest: 32, smallest: 14, bold: true }).fontSize;

const PPTX: { [K in SlideKindName]: (target: PptxTarget, slide: Extract<DeckSlide, { kind: K }>) => void } = {
  title: titlePptx,
  changes: changesPptx,
  matrix: matrixPptx,
  issue: issuePptx,
  demands: demandsPptx,
  proposal: proposalPptx,
  timeline: timelinePptx,
  watch: watchPptx,
  sources: sourcesPptx,
};

/** The file's properties: what a reader sees under File → Properties, and what a search finds. */
function metadata(deck: ShownDeck, scope: DeckScope) {
  const narrowed = [
    scope.stakeholders.length > 0 ? `sides: ${deck.stakeholders.map((s) => s.name).join(', ')}` : '',
    scope.issues.length > 0 ? `issues: ${deck.issues.map((i) => i.title).join(', ')}` : '',
    scope.since ? `changes since ${scope.since}` : '',
  ].filter(Boolean);
  return {
    title: deck.title,
    author: 'Standpoint',
    company: 'Standpoint',
    subject: `Briefing as of ${deck.asOf}${narrowed.length > 0 ? ` (${narrowed.join('; ')})` : ''}: stated positions of the sides, each traced to its source`,
  };
}

/** The deck as a PowerPoint presentation (not yet written). `scope` is the narrowing the address asks for. */
export async function buildPptx(deck: ShownDeck, scope: DeckScope) {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  Object.assign(pptx, metadata(deck, scope));
  const side = sideLookup(deck);
  deck.slides.forEach((s, n) => {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      ...TITLE_BOX,
      fontSize: titleFontSize(s.title),
      bold: true,
      color: '0F172A',
      valign: 'middle',
    });
    if (s.omitted) slide.addText(`${s.omitted}.`, { x: 0.5, y: 6.5, w: W - 1, h: 0.35, fontSize: 11, bold: true });
    // One short line (lib/deck/deck.ts sourceLine): the full citations are in the notes and on the Sources slides.
    if (s.footnote) slide.addText(s.footnote, { x: 0.5, y: 6.9, w: W - 2.1, h: 0.4, fontSize: 10, color: '334155' });
    slide.addText(`${n + 1} / ${deck.slides.length}`, {
      x: W - 1.4,
      y: 6.9,
      w: 0.9,
      h: 0.4,
      fontSize: 12,
      bold: true,
      align: 'right',
    });
    if (s.notes.length > 0) slide.addNotes(s.notes.join('\n'));
    (PPTX[s.kind] as (target: PptxTarget, slide: DeckSlide) => void)({ pptx, slide, deck, side }, s);
  });
  return pptx;
}

/** The deck as a .pptx, saved as deckFileName(scope). */
export async function downloadPptx(deck: ShownDeck, scope: DeckScope) {
  const pptx = await buildPptx(deck, scope);
  await pptx.writeFile({ fileName: deckFileName(scope, 'pptx') });
}
