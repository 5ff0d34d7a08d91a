/**
 * How many lines a text takes in a .pptx text box, from the font's own metrics: the deck's theme
 * font is Calibri, which LibreOffice draws with Carlito (metric-compatible, so PowerPoint wraps
 * alike). Widths are Carlito's advance widths in thousandths of an em (read from its hmtx table,
 * Regular and Bold); kerning is left out, so a line measures a little wider than drawn (LibreOffice
 * drew the seed's 58-character title line 811 pt wide at 32 pt; measured here 815 pt). A line
 * breaks only at a space, so the count is never less than LibreOffice's.
 */
import { wrapFit } from '@/lib/chart-export';

/** Per-em line height (Carlito's ascent 0.75 + descent 0.25 + line gap 0.22). */
export const LINE_HEIGHT = 1.22;
/** A text box's default insets in inches (PowerPoint's and pptxgenjs's): left and right, top and bottom. */
export const INSET = { x: 0.1, y: 0.05 };
/** Width of a character missing below (wider than Carlito's average letter). */
const OTHER = 600;

/** From a code point on, each next character's width, space-separated (so each font is a few lines). */
type Table = [start: number, widths: string][];
// -1: no glyph in the font.
const BOLD: Table = [
  [
    0x20,
    '226 326 438 498 507 729 705 233 312 312 498 498 258 306 267 430 507 507 507 507 507 507 507 507 507 507 276 276 498 498 498 463 898 606 561 529 630 488 459 637 631 267 331 547 423 874 659 676 532 686 563 473 495 653 591 906 551 520 478 325 430 325 498 498 300 494 537 418 537 503 316 474 537 246 255 480 246 813 537 538 537 537 355 399 347 537 473 745 459 474 397 344 475 344 498',
  ],
  [
    0xa0,
    '-1 326 498 507 498 507 498 498 415 834 416 539 498 -1 507 390 342 498 338 336 301 563 598 268 303 252 435 539 658 691 702 463 606 606 606 606 606 606 775 529 488 488 488 488 267 267 267 267 639 659 676 676 676 676 676 498 681 653 653 653 653 520 532 555 494 494 494 494 494 494 775 418 503 503 503 503 246 246 246 246 537 537 538 538 538 538 538 498 544 537 537 537 537 474 537 474 606 494 606 494 606 494 529 418 529 418 529 418 529 418 630 597 639 569 488 503 488 503 488 503 488 503 488 503 637 474 637 474 637 474 637 474 631 537 658 547 267 246 267 246 267 246 267 246 267 246 598 501 331 255 547 480 480 423 246 423 246 430 306 562 422 433 264 659 537 659 537 659 537 622 641 537 676 538 676 538 676 538 874 843 563 355 563 355 563 355 473 399 473 399 473 399 473 399 495 347 495 363 495 354 653 537 653 537 653 537 653 537 653 537 653 537 906 745 520 474 520 478 397 478 397 478 397 258',
  ],
  [0x2010, '-1 -1 507 498 905 905 481 499 258 258 258 258 435 435 435 435 498 498 498 -1 -1 -1 711'],
];
const REGULAR: Table = [
  [
    0x20,
    '226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507 507 507 507 268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855 646 662 517 673 543 459 487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525 498 305 471 525 229 239 455 229 799 525 527 525 525 349 391 335 525 452 715 433 453 395 314 460 314 498',
  ],
  [
    0xa0,
    '-1 326 498 507 498 507 498 498 393 834 402 512 498 -1 507 394 339 498 336 334 292 550 586 252 307 246 422 512 636 671 675 463 579 579 579 579 579 579 763 533 488 488 488 488 252 252 252 252 625 646 662 662 662 662 662 498 664 642 642 642 642 487 517 527 479 479 479 479 479 479 773 423 498 498 498 498 229 229 229 229 525 525 527 527 527 527 527 498 529 525 525 525 525 453 525 453 579 479 579 479 579 479 533 423 533 423 533 423 533 423 615 568 625 552 488 498 488 498 488 498 488 498 488 498 631 471 631 471 631 471 631 471 623 525 656 533 252 229 252 229 252 229 252 229 252 229 571 469 319 239 520 455 455 420 229 420 229 423 264 546 374 430 248 646 525 646 525 646 525 579 628 525 662 527 662 527 662 527 867 850 543 349 543 349 543 349 459 391 459 391 459 391 459 391 487 335 487 346 487 342 642 525 642 525 642 525 642 525 642 525 642 525 890 715 487 453 487 468 395 468 395 468 395 243',
  ],
  [0x2010, '-1 -1 507 498 905 905 395 498 250 250 250 250 418 418 418 418 498 498 498 -1 -1 -1 690'],
];

const read = (table: Table) => table.map(([start, widths]) => [start, widths.split(' ').map(Number)] as const);
const FONTS = { bold: read(BOLD), regular: read(REGULAR) };

function charWidth(table: (typeof FONTS)['bold'], ch: string) {
  const code = ch.codePointAt(0)!;
  for (const [start, widths] of table) {
    const w = widths[code - start];
    if (w !== undefined && w >= 0) return w;
  }
  return OTHER;
}

export type TextStyle = { fontSize: number; bold?: boolean };

/** Width in points of `text` on one line. */
export function textWidth(text: string, style: TextStyle) {
  const table = style.bold ? FONTS.bold : FONTS.regular;
  return ([...text].reduce((sum, ch) => sum + charWidth(table, ch), 0) * style.fontSize) / 1000;
}

/** The lines `text` wraps into in a box `width` inches wide (insets taken off), breaking at spaces. */
export function wrapLines(text: string, width: number, style: TextStyle): string[] {
  const room = (width - 2 * INSET.x) * 72;
  const lines = wrapFit(text, (line) => textWidth(line, style) <= room);
  if (lines.length === 0) lines.push('');
  // A word wider than the box runs on to further lines.
  return lines.flatMap((l) => {
    const parts = Math.max(1, Math.ceil(textWidth(l, style) / room));
    return parts === 1
      ? [l]
      : Array.from({ length: parts }, (_, i) => l.slice((i * l.length) / parts, ((i + 1) * l.length) / parts));
  });
}

/** Inches `lines` lines of text take in a box, insets included. */
export const textHeight = (lines: number, fontSize: number) => (lines * fontSize * LINE_HEIGHT) / 72 + 2 * INSET.y;

/**
 * The largest font size (from `largest` down in steps of 2, not under `smallest`) at which `text`
 * fits a box of `box.w` × `box.h` inches, and its lines; at the smallest size when nothing fits.
 */
export function fitText(
  text: string,
  box: { w: number; h: number },
  style: { largest: number; smallest: number; bold?: boolean },
): { fontSize: number; lines: string[] } {
  for (let fontSize = style.largest; ; fontSize -= 2) {
    const lines = wrapLines(text, box.w, { fontSize, bold: style.bold });
    if (fontSize - 2 < style.smallest || textHeight(lines.length, fontSize) <= box.h) return { fontSize, lines };
  }
}
