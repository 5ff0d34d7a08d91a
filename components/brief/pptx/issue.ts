import { listedLines, type IssueSlide } from '@/lib/deck/slides/issue';
import { lineBrief } from '@/lib/deck/slides/side-line';
import { formatStance, isRange, stanceBounds } from '@/lib/stance';
import { hex, W, type PptxTarget } from './parts';
import { quoted } from '@/lib/quote';

/** The stance picture's box on the slide, in inches, and where 0 and 100 fall in it. */
const BOX = { x: 0.5, y: 1.7, w: 5.6 };
const AXIS = { from: 0.8, to: 5.8 };
const at = (v: number) => AXIS.from + ((AXIS.to - AXIS.from) * v) / 100;

/**
 * Stances placed on the issue's scale, drawn as shapes (not a bar chart growing from 0): a point is
 * a mark, a range a bar over the part of the scale the sources allow; the scale's end words, the
 * gap in words and the "analyst judgement" label beside them.
 */
function stancePicture({ pptx, slide, side }: PptxTarget, s: IssueSlide) {
  const placed = s.lines.flatMap((l) => (l.stance ? [{ ...l, stance: l.stance }] : []));
  // An issue with no stance placed still shows its scale, and says why it is empty.
  const caption =
    placed.length === 0
      ? 'No side’s stance is placed on this 0–100 scale: each entry is an assessment or no stated position'
      : 'Stances on the issue’s 0–100 scale (analyst judgements): a mark is a point, a bar a range';
  slide.addText(caption, {
    x: BOX.x,
    y: BOX.y,
    w: BOX.w,
    h: 0.5,
    fontSize: 11,
    italic: true,
  });
  // A date warning under the gap takes room from the picture, so the box stays clear of the footnote.
  // The picture ends high enough for the gap, the date warning and the cut-sides line above the footer.
  const rowH = Math.min(0.5, (s.spread ? 1.9 : 2.5) / Math.max(1, placed.length));
  const top = BOX.y + 0.6;
  placed.forEach((l, i) => {
    const y = top + i * rowH + rowH / 2;
    const { low, high } = stanceBounds(l.stance);
    const color = hex(side(l.stakeholder).color);
    if (isRange(l.stance))
      slide.addShape(pptx.ShapeType.rect, {
        x: at(low),
        y: y - 0.09,
        w: at(high) - at(low),
        h: 0.18,
        fill: { color, transparency: 30 },
        line: { color: '0F172A', width: 0.75 },
      });
    else
      slide.addShape(pptx.ShapeType.ellipse, {
        x: at(low) - 0.11,
        y: y - 0.11,
        w: 0.22,
        h: 0.22,
        fill: { color },
        line: { color: '0F172A', width: 1 },
      });
    const label = `${side(l.stakeholder).abbreviation} ${formatStance(l.stance, 'bare')}${isRange(l.stance) ? ' (range)' : ''}`;
    // Beside the stance where there is room on the slide, else just above a wide range's bar.
    const place =
      high <= 60
        ? { x: at(high) + 0.15, y: y - 0.17, align: 'left' as const }
        : low >= 40
          ? { x: at(low) - 2.15, y: y - 0.17, align: 'right' as const }
          : { x: at(low), y: y - 0.42, align: 'left' as const };
    slide.addText(label, { ...place, w: 2, h: 0.3, fontSize: 11, bold: true });
  });
  const lineY = top + placed.length * rowH + 0.15;
  slide.addShape(pptx.ShapeType.line, {
    x: AXIS.from,
    y: lineY,
    w: AXIS.to - AXIS.from,
    h: 0,
    line: { color: '0F172A', width: 1.5 },
  });
  for (const v of [0, 50, 100])
    slide.addShape(pptx.ShapeType.line, {
      x: at(v),
      y: lineY - 0.08,
      w: 0,
      h: 0.16,
      line: { color: '0F172A', width: 1.5 },
    });
  const ends: [number, string, 'left' | 'center' | 'right'][] = [
    [0, `0 · ${s.scale[0]}`, 'left'],
    [50, `50 · ${s.scale[1]}`, 'center'],
    [100, `${s.scale[2]} · 100`, 'right'],
  ];
  for (const [v, words, align] of ends)
    slide.addText(words, {
      x: align === 'left' ? at(v) - 0.3 : align === 'right' ? at(v) - 1.55 : at(v) - 0.85,
      y: lineY + 0.12,
      w: align === 'center' ? 1.7 : 1.85,
      h: 1,
      fontSize: 10,
      align,
      valign: 'top',
    });
  if (s.gap)
    // The key gap named, in the words the matrix row prints (keyGapWords): two lines at most.
    slide.addText(`Key gap (analyst judgement): ${s.gap.words}`, {
      x: BOX.x,
      y: lineY + 0.72,
      w: BOX.w,
      h: 0.46,
      fontSize: 11,
      bold: true,
      valign: 'top',
    });
  if (s.spread)
    // Framed, with a bold label, as on the page: it reads without colour.
    slide.addText(
      [
        { text: 'Different dates: ', options: { bold: true } },
        { text: s.spread, options: {} },
      ],
      {
        x: BOX.x,
        y: lineY + 1.2,
        w: BOX.w,
        h: 0.55,
        fontSize: 11,
        valign: 'middle',
        line: { color: '0F172A', width: 1.5 },
        margin: 4,
      },
    );
}

export function issuePptx(target: PptxTarget, s: IssueSlide) {
  const { slide, side } = target;
  slide.addText(s.question, { x: 0.5, y: 1.05, w: W - 1, h: 0.6, fontSize: 16, bold: true });
  stancePicture(target, s);
  const text = listedLines(s).flatMap((l) => [
    { text: `${side(l.stakeholder).name}: `, options: { bold: true, breakLine: false } },
    { text: lineBrief(l), options: { breakLine: true } },
    // Only a quote record's verbatim words go inside quotation marks.
    ...(l.quote
      ? [{ text: `${quoted(l.quote)} — ${l.quote.speaker}`, options: { italic: true, breakLine: true, fontSize: 11 } }]
      : []),
  ]);
  slide.addText(text, { x: 6.3, y: 1.7, w: W - 6.8, h: 5, fontSize: 12, valign: 'top' });
}
