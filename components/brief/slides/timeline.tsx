import { CIRCA, hasCirca, type TimelineSlide } from '@/lib/deck/slides/timeline';
import { plural } from '@/lib/format';
import { SideName, type BodyProps } from './parts';

export function TimelineBody({ slide, side }: BodyProps<TimelineSlide>) {
  return (
    <div className="grid grid-cols-2 gap-[2cqw] deck-phone:grid-cols-1 deck-phone:gap-4 slide-text-[1.5] leading-snug">
      <div>
        <p className="mb-[1cqw] slide-text-[1.8] font-semibold">{slide.takeaway}</p>
        <ul className="space-y-[0.6cqw]">
          {slide.perSide.map((p) => (
            <li key={p.stakeholder}>
              <SideName side={side(p.stakeholder)} />: {plural(p.count, 'statement')}, {p.first} – {p.last}
            </li>
          ))}
        </ul>
      </div>
      <ol start={slide.start} className="space-y-[0.6cqw] border-l-[0.3cqw] border-current/50 pl-[1.5cqw]">
        {slide.events.map((e, i) => (
          <li key={i}>
            <strong>
              E{(slide.start ?? 1) + i} · {e.date}
            </strong>{' '}
            — {e.label}
          </li>
        ))}
        {hasCirca(slide) ? <li className="italic">{CIRCA}</li> : null}
      </ol>
    </div>
  );
}
