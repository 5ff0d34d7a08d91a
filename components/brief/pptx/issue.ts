import { listedLines, type IssueSlide } from '@/lib/deck/slides/issue';
import { lineBrief } from '@/lib/deck/slides/side-line';
import { formatStance, isRange, stanceBounds, stanceMiddle } from '@/lib/stance';
import { hex, W, type PptxTarget } from './parts';
import { fitText } from './text-fit';
import { scaleAxis, stanceMark } from './scale-axis';
import { QUOTE_GAP, quoted } from '@/lib/quote';
import { spreadLabels, stackMarks } from '@/lib/deck/label-layout';

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
  // Labels in rows above the marks, never over one another (0.1 inch a character at 11 pt bold),
  // each joined to its mark by a leader line; marks that would cover one another go on lanes one
  // above another (lib/deck/label-layout.ts, as on the HTML slide). At most 0.6 + 0.2 + 1 inch
  // tall, so the gap, a date warning and the cut-sides line still fit above the footer.
  const labels = placed.map(
    (l) =>
      `${side(l.stakeholder).abbreviation} ${formatStance(l.stance, 'bare')}${isRange(l.stance) ? ' (range)' : ''}`,
  );
  const spots = spreadLabels(
    placed.map((l, i) => ({ anchor: at(stanceMiddle(l.stance)), width: labels[i]!.length * 0.1 + 0.1 })),
    BOX.x,
    BOX.x + BOX.w,
    0.12,
  );
  const rows = Math.max(1, ...spots.map((p) => p.row + 1));
  const lanes = stackMarks(
    placed.map((l) => {
      const { low, high } = stanceBounds(l.stance);
      return [at(low) - 0.14, at(high) + 0.14];
    }),
    4,
  );
  const top = BOX.y + 0.6;
  const ROW = 0.3;
  const LANE = 0.25;
  const laneTop = top + rows * ROW + 0.2;
  const used = Math.max(1, ...lanes.map((l) => l + 1));
  const lineY = laneTop + used * LANE + 0.1;
  if (s.gap) {
    // The key gap behind the marks, as on the HTML slide and the charts (gapBand): a light band
    // between the ends furthest apart (the most it can be), the nearest ends' part darker inside it.
    const band = (span: { from: number; to: number }, transparency: number, dashType: 'dash' | 'solid') =>
      slide.addShape(pptx.ShapeType.rect, {
        x: at(span.from),
        y: laneTop - 0.08,
        w: Math.max(at(span.to) - at(span.from), 0.02),
        h: lineY - laneTop + 0.08,
        fill: { color: 'FCD34D', transparency },
        line: { color: '92400E', width: 1, dashType },
      });
    band(s.gap, 75, 'dash');
    if (s.gap.near) band(s.gap.near, 35, 'solid');
  }
  placed.forEach((l, i) => {
    const y = laneTop + (used - 1 - lanes[i]!) * LANE + LANE / 2;
    const { low, high } = stanceBounds(l.stance);
    const color = hex(side(l.stakeholder).color);
    const mark = { color, shape: side(l.stakeholder).shape };
    const spot = spots[i]!;
    const labelY = top + (rows - 1 - spot.row) * ROW;
    const width = labels[i]!.length * 0.1 + 0.1;
    const reach = isRange(l.stance) ? Math.min(Math.max(spot.center, at(low) + 0.04), at(high) - 0.04) : at(low);
    const from = labelY + ROW - 0.02;
    const to = y - (isRange(l.stance) ? 0.09 : 0.11);
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(spot.center, reach),
      y: from,
      w: Math.abs(spot.center - reach),
      h: Math.max(to - from, 0),
      flipH: spot.center > reach,
      line: { color: '475569', width: 0.75 },
    });
    stanceMark({ pptx, slide }, at, y, { low, high, range: isRange(l.stance) }, mark, {
      bar: 0.18,
      dot: 0.22,
      transparency: 30,
    });
    slide.addText(labels[i]!, {
      x: spot.center - width / 2,
      y: labelY,
      w: width,
      h: ROW - 0.02,
      fontSize: 11,
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  });
  scaleAxis({ pptx, slide }, at, lineY, s.scale, { tick: 0.08, gap: 0.12, fontSize: 10, endW: 1.85, midW: 1.7, h: 1 });
  if (s.gap) {
    // The key gap named, in the words the matrix row prints (keyGapWords), and a pair member not on
    // the slide: two lines above the date warning (at +1.2), smaller type when longer (text-fit.ts).
    const text = `Key gap (analyst judgement): ${s.gap.words}`;
    const box = { x: BOX.x, y: lineY + 0.72, w: BOX.w, h: 0.48 };
    const { fontSize } = fitText(text, box, { largest: 11, smallest: 8, bold: true });
    slide.addText(text, { ...box, fontSize, bold: true, valign: 'top' });
  }
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
      : l.quoteGap
        ? [{ text: QUOTE_GAP[l.quoteGap], options: { breakLine: true, fontSize: 11, color: '334155' } }]
        : []),
  ]);
  slide.addText(text, { x: 6.3, y: 1.7, w: W - 6.8, h: 5, fontSize: 12, valign: 'top' });
}
