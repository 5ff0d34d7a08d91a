import type { DeckSide } from '@/lib/deck/types';
import type { TermRow } from '@/lib/deck/slides/proposal';
import { spreadLabels, stackMarks } from '@/lib/deck/label-layout';
import { ScaleEnds } from './scale-ends';
import { StanceMark } from './stance-mark';
import { SlideScroll } from './parts';

/**
 * One term on its issue's 0–100 scale against the sides' stances, as plain SVG (shows in print and PDF
 * without scripts). The term is a shaded band (a point: a narrow one); a side's range is a bar with
 * no midpoint mark, a point stance its shape. Labels never print over one another: they are placed
 * by lib/deck/label-layout.ts, the rule the issue slides and the .pptx use.
 */
export function ProposalScale({ term, side }: { term: TermRow; side: (id: string) => DeckSide }) {
  const x = (v: number) => 60 + v * 10.8;
  const placed = term.sides.flatMap((s) => (s.stance ? [{ ...s, stance: s.stance }] : []));
  const labels = placed.map((s) => `${side(s.stakeholder).abbreviation} ${s.stance.words}`);
  const spots = spreadLabels(
    placed.map((s, i) => ({ anchor: x((s.stance.low + s.stance.high) / 2), width: labels[i]!.length * 14 + 6 })),
    4,
    1196,
    16,
  );
  const rows = Math.max(1, ...spots.map((p) => p.row + 1));
  const baseline = (row: number) => 24 + 24 * (rows - 1 - row);
  const lanes = stackMarks(
    placed.map((s) => [x(s.stance.low) - 12, x(s.stance.high) + 12]),
    3,
  );
  const top = 24 * rows + 14;
  const laneY = (lane: number) => top + 12 + 16 * lane;
  const axis = top + 60;
  const said = placed.map((s, i) => labels[i]).join(', ');
  return (
    // On a phone the picture keeps its width (its labels at least 14 px) and scrolls sideways (SlideScroll).
    <SlideScroll>
      <svg
        viewBox={`0 0 1200 ${axis + 34}`}
        className="w-full shrink-0 deck-phone:min-w-[860px]"
        role="img"
        aria-label={`${term.text}: term ${term.place ? `at ${term.place.words}` : 'not placed'}; stances (analyst judgements): ${said || 'none'}.`}
        data-term-scale={term.id}
      >
        {term.place ? (
          <rect
            x={x(term.place.low) - (term.place.low === term.place.high ? 3 : 0)}
            y={top - 4}
            width={Math.max(x(term.place.high) - x(term.place.low), 6)}
            height={axis - top + 12}
            className="fill-amber-300/40 stroke-amber-800"
            strokeDasharray="6 4"
            strokeWidth={2}
            data-term-place={`${term.place.low}-${term.place.high}`}
          />
        ) : null}
        <line x1={60} x2={1140} y1={axis} y2={axis} className="stroke-current" strokeWidth={3} />
        {[0, 50, 100].map((v) => (
          <line key={v} x1={x(v)} x2={x(v)} y1={axis - 8} y2={axis + 8} className="stroke-current" strokeWidth={3} />
        ))}
        {placed.map((s, i) => (
          <StanceMark
            key={s.stakeholder}
            side={side(s.stakeholder)}
            low={s.stance.low}
            high={s.stance.high}
            x={x}
            y={laneY(lanes[i]!)}
            lane={lanes[i]!}
            label={labels[i]!}
            labelAt={{ x: spots[i]!.center, y: baseline(spots[i]!.row) }}
            size={{ mark: 9, font: 22 }}
          />
        ))}
        <ScaleEnds scale={term.scale} y={axis + 28} size={20} />
      </svg>
    </SlideScroll>
  );
}
