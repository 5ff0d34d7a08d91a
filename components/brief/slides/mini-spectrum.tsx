import type { DeckSide } from '@/lib/deck/types';
import type { SideLine } from '@/lib/deck/slides/side-line';
import type { IssueSlide } from '@/lib/deck/slides/issue';
import { formatStance, isRange, stanceBounds, stanceMiddle } from '@/lib/stance';
import { spreadLabels, stackMarks } from '@/lib/deck/label-layout';
import { boldTextWidth, wrapFit } from '@/lib/chart-export';
import { ScaleEnds } from './scale-ends';
import { StanceMark } from './stance-mark';
import { SlideScroll } from './parts';

/** The line over the picture: the key gap, labelled a judgement. */
const keyGapLine = (words: string) => `Key gap (analyst judgement): ${words}`;

/** The key gap's words at 22 px bold: whole words to a line as wide as the scale, never squeezed or cut. */
const GAP_TEXT = { size: 22, width: 1080, line: 26 } as const;
export const keyGapLines = (words: string) =>
  wrapFit(keyGapLine(words), (line) => boldTextWidth(line, GAP_TEXT.size) <= GAP_TEXT.width);

type Props = { lines: SideLine[]; sides: DeckSide[]; scale: [string, string, string]; gap: IssueSlide['gap'] };

/**
 * A stance spectrum drawn as plain SVG, so it shows in print and PDF without waiting for scripts.
 * A point stance is a mark; a range is a bar over the part of the scale the sources allow.
 */
export function MiniSpectrum({ lines, sides, scale, gap }: Props) {
  const placed = lines.flatMap((l) => (l.stance ? [{ ...l, stance: l.stance }] : []));
  const x = (v: number) => 60 + v * 10.8;
  const bySide = new Map(sides.map((s) => [s.id, s]));
  const labels = placed.map((l) => `${bySide.get(l.stakeholder)?.abbreviation} ${formatStance(l.stance, 'bare')}`);
  // Labels in rows above the marks, in the order of their marks and never over one another (about 15
  // units a character at this size); each joined to its mark by a leader line. Marks that would
  // cover one another go on lanes one above another (lib/deck/label-layout.ts, as in the .pptx).
  const spots = spreadLabels(
    placed.map((l, i) => ({ anchor: x(stanceMiddle(l.stance)), width: labels[i]!.length * 15 + 6 })),
    4,
    1196,
    16,
  );
  const rows = Math.max(1, ...spots.map((p) => p.row + 1));
  const baseline = (row: number) => (rows === 1 ? 54 : 74 - 24 * row);
  const lanes = stackMarks(
    placed.map((l) => {
      const { low, high } = stanceBounds(l.stance);
      return [x(low) - 12, x(high) + 12];
    }),
    rows === 1 ? 4 : 2,
  );
  const laneY = (lane: number) => 116 - 16 * lane;
  const said = placed.map(
    (l) =>
      `${bySide.get(l.stakeholder)?.name} ${formatStance(l.stance, 'spoken')}${isRange(l.stance) ? ' (a range)' : ''}`,
  );
  // Each further line of the gap's words moves the picture down a line (the words wrap, never squeeze).
  const gapLines = gap ? keyGapLines(gap.words) : [];
  const down = Math.max(0, gapLines.length - 1) * GAP_TEXT.line;
  return (
    // On a phone the picture keeps its width (its labels at least 14 px) and scrolls sideways (SlideScroll).
    <SlideScroll className="shrink-0">
      <svg
        viewBox={`0 0 1200 ${200 + down}`}
        className="block w-full deck-phone:min-w-[780px]"
        role="img"
        aria-label={`Stances (analyst judgements): ${said.join(', ') || 'none'}${gap ? `; key gap ${gap.words}` : ''}.`}
      >
        {gap !== null ? (
          // The key gap named, in the words the matrix row prints (keyGapWords), wrapped by whole words.
          <text x={60} y={22} className="fill-amber-900 dark-fill-amber text-[22px] font-bold" data-key-gap>
            {gapLines.map((line, i) => (
              <tspan key={i} x={60} dy={i === 0 ? 0 : GAP_TEXT.line}>
                {/* A space at each break, so the words read (and copy) as one sentence, not "apart: theranges". */}
                {i < gapLines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        ) : null}
        <g transform={down ? `translate(0 ${down})` : undefined}>
          {gap !== null ? (
            // The band runs between the two ends furthest apart (the most the gap can be); where a stance
            // is a range, the part between the facing ends (the least) is shaded darker inside it
            // (lib/analysis/key-gap.ts gapBand), as the charts draw it.
            <g>
              <rect
                x={x(gap.from)}
                y={30}
                width={Math.max(x(gap.to) - x(gap.from), 2)}
                height={100}
                className="fill-amber-300/25 stroke-amber-800"
                strokeDasharray="6 4"
                data-gap-band={`${gap.from}-${gap.to}`}
              />
              {gap.near ? (
                <rect
                  x={x(gap.near.from)}
                  y={30}
                  width={Math.max(x(gap.near.to) - x(gap.near.from), 2)}
                  height={100}
                  className="fill-amber-500/45 stroke-amber-800"
                  data-gap-near={`${gap.near.from}-${gap.near.to}`}
                />
              ) : null}
            </g>
          ) : null}
          <line x1={60} x2={1140} y1={130} y2={130} className="stroke-current" strokeWidth={3} />
          {[0, 50, 100].map((v) => (
            <line key={v} x1={x(v)} x2={x(v)} y1={122} y2={138} className="stroke-current" strokeWidth={3} />
          ))}
          {placed.map((l, i) => {
            const { low, high } = stanceBounds(l.stance);
            return (
              <StanceMark
                key={l.stakeholder}
                side={bySide.get(l.stakeholder)!}
                low={low}
                high={high}
                range={isRange(l.stance)}
                x={x}
                y={laneY(lanes[i]!)}
                lane={lanes[i]!}
                label={labels[i]!}
                labelAt={{ x: spots[i]!.center, y: baseline(spots[i]!.row) }}
              />
            );
          })}
          <ScaleEnds scale={scale} y={190} size={22} />
        </g>
      </svg>
    </SlideScroll>
  );
}
