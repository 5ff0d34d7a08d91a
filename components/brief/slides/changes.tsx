import type { ChangesSlide } from '@/lib/deck/slides/changes';
import type { BodyProps } from './parts';

export function ChangesBody({ slide, side }: BodyProps<ChangesSlide>) {
  return (
    <div className="space-y-[0.6cqw] slide-text-[1.45] leading-snug">
      {slide.moves.length > 0 ? (
        // The ranked stance moves, largest first, in the words of /changes/ (lib/time/words.ts's moveSentence).
        <>
          <p className="slide-text-[1.22] opacity-80">Stances are analysts’ judgements.</p>
          <ol className="list-decimal space-y-[0.5cqw] pl-[2.4cqw]" data-testid="slide-ranked-moves">
            {slide.moves.map((m) => (
              <li
                key={`${m.stakeholder}|${m.issue}|${m.text}`}
                className="border-l-[0.4cqw] pl-[0.8cqw]"
                style={{ borderColor: side(m.stakeholder).color }}
              >
                {m.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {slide.empty ? <p>{slide.empty}</p> : null}
      {slide.events.length > 0 ? (
        <ul className="space-y-[0.2cqw]" aria-label="Events">
          {slide.events.map((e, i) => (
            <li key={i} className="font-semibold">
              {e}
            </li>
          ))}
        </ul>
      ) : null}
      {slide.statementsNote ? <p>{slide.statementsNote}</p> : null}
      <ul className="space-y-[0.5cqw]">
        {slide.lines.map((line, i) => (
          <li key={i} className="border-l-[0.4cqw] pl-[0.8cqw]" style={{ borderColor: side(line.stakeholder).color }}>
            {line.text} <span className="opacity-80">({line.cite})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
