import { responsePlain, sideLineText, termLines, type ProposalSlide, type TermRow } from '@/lib/deck/slides/proposal';
import { quoted } from '@/lib/quote';
import { spreadLabels, stackMarks } from '@/lib/deck/label-layout';
import { hex, W, type PptxTarget } from './parts';
import { scaleAxis, stanceMark } from './scale-axis';

/** The scale's box (inches) left of each term's side lines, and where 0 and 100 fall. */
const BOX = { x: 0.5, w: 5.4 };
const AXIS = { from: 0.8, to: 5.6 };
const at = (v: number) => AXIS.from + ((AXIS.to - AXIS.from) * v) / 100;
/** Inches a paged line takes (lib/deck/slides/proposal.ts pages terms in lines). */
const LINE = 0.215;

/** One term's scale: the term a shaded band, a side's range a bar (no midpoint), a point an ellipse; labels by label-layout. */
function termScale(target: PptxTarget, t: TermRow, top: number) {
  const { pptx, slide, side } = target;
  const placed = t.sides.flatMap((s) => (s.stance ? [{ ...s, stance: s.stance }] : []));
  const labels = placed.map((s) => `${side(s.stakeholder).abbreviation} ${s.stance.words}`);
  const width = (i: number) => labels[i]!.length * 0.09 + 0.1;
  const spots = spreadLabels(
    placed.map((s, i) => ({ anchor: at((s.stance.low + s.stance.high) / 2), width: width(i) })),
    BOX.x,
    BOX.x + BOX.w,
    0.1,
  );
  const rows = Math.max(1, ...spots.map((p) => p.row + 1));
  const lanes = stackMarks(
    placed.map((s) => [at(s.stance.low) - 0.12, at(s.stance.high) + 0.12]),
    3,
  );
  const ROW = 0.24;
  const LANE = 0.2;
  const laneTop = top + rows * ROW + 0.12;
  const used = Math.max(1, ...lanes.map((l) => l + 1));
  const axis = laneTop + used * LANE + 0.08;
  if (t.place)
    slide.addShape(pptx.ShapeType.rect, {
      x: at(t.place.low) - (t.place.low === t.place.high ? 0.03 : 0),
      y: laneTop - 0.06,
      w: Math.max(at(t.place.high) - at(t.place.low), 0.06),
      h: axis - laneTop + 0.06,
      fill: { color: 'FCD34D', transparency: 50 },
      line: { color: '92400E', width: 1, dashType: 'dash' },
    });
  placed.forEach((s, i) => {
    const y = laneTop + (used - 1 - lanes[i]!) * LANE + LANE / 2;
    const color = hex(side(s.stakeholder).color);
    const mark = { color, shape: side(s.stakeholder).shape };
    const spot = spots[i]!;
    const labelY = top + (rows - 1 - spot.row) * ROW;
    const range = s.stance.low !== s.stance.high;
    const reach = range
      ? Math.min(Math.max(spot.center, at(s.stance.low) + 0.04), at(s.stance.high) - 0.04)
      : at(s.stance.low);
    const from = labelY + ROW - 0.02;
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(spot.center, reach),
      y: from,
      w: Math.abs(spot.center - reach),
      h: Math.max(y - 0.08 - from, 0),
      flipH: spot.center > reach,
      line: { color: '475569', width: 0.75 },
    });
    stanceMark({ pptx, slide }, at, y, { ...s.stance, range }, mark, { bar: 0.14, dot: 0.18, transparency: 25 });
    slide.addText(labels[i]!, {
      x: spot.center - width(i) / 2,
      y: labelY,
      w: width(i),
      h: ROW - 0.02,
      fontSize: 10,
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  });
  scaleAxis(target, at, axis, t.scale, { tick: 0.06, gap: 0.06, fontSize: 9, endW: 1.75, midW: 1.6, h: 0.3 });
}

/** A side's line under a term: its name, then what sideLineText says; only a quote record goes in quotation marks. */
function sideRuns(target: PptxTarget, t: TermRow) {
  return t.sides.flatMap((s) => {
    const plain = { ...s, response: s.response ? { ...s.response, quote: null } : null };
    return [
      { text: `${target.side(s.stakeholder).name}: `, options: { bold: true, breakLine: false } },
      { text: sideLineText(plain), options: { breakLine: !s.response?.quote } },
      ...(s.response?.quote
        ? [
            {
              text: ` ${quoted(s.response.quote)} — ${s.response.quote.speaker}`,
              options: { italic: true, breakLine: true },
            },
          ]
        : []),
    ];
  });
}

export function proposalPptx(target: PptxTarget, s: ProposalSlide) {
  const { slide, side } = target;
  slide.addText(s.byline, { x: 0.5, y: 1.0, w: W - 1, h: 0.3, fontSize: 12, color: '334155' });
  let y = 1.35;
  if (s.whole.length > 0) {
    const runs = s.whole.flatMap((r) => [
      { text: `${side(r.stakeholder).name} on the whole: `, options: { bold: true, breakLine: false } },
      { text: responsePlain(r), options: { breakLine: !r.quote } },
      ...(r.quote
        ? [{ text: ` ${quoted(r.quote)} — ${r.quote.speaker}`, options: { italic: true, breakLine: true } }]
        : []),
    ]);
    const h = s.whole.length * 0.3;
    slide.addText(runs, { x: 0.5, y, w: W - 1, h, fontSize: 11, valign: 'top', margin: 0 });
    y += h + 0.1;
  }
  for (const t of s.terms) {
    slide.addText(
      [
        { text: t.text, options: { bold: true, breakLine: false } },
        {
          text: ` — ${t.issueTitle} ${t.place ? `(term at ${t.place.words}, analyst judgement)` : '(term not placed on the scale)'}`,
          options: {},
        },
      ],
      { x: 0.5, y, w: W - 1, h: 0.3, fontSize: 12, margin: 0, valign: 'top' },
    );
    termScale(target, t, y + 0.35);
    const h = termLines(t) * LINE;
    slide.addText(sideRuns(target, t), {
      x: 6.1,
      y: y + 0.35,
      w: W - 6.6,
      h: h - 0.35,
      fontSize: 10,
      valign: 'top',
      margin: 0,
    });
    y += h + 0.1;
  }
}
