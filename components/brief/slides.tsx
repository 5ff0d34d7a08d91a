import type { ReactNode } from 'react';
import type { Deck, DeckSlide, SideLine } from '@/lib/analysis/deck';
import { StakeholderMark } from '@/components/ui/stakeholder-mark';
import { MiniSpectrum } from './mini-spectrum';

type Side = Deck['stakeholders'][number];

function SideName({ side }: { side: Side }) {
  return (
    <span className="inline-flex items-center gap-[0.4cqw] font-bold" style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
      <StakeholderMark color={side.color} shape={side.shape} size={22} />
      {side.name}
    </span>
  );
}

function Line({ line, side }: { line: SideLine; side: Side }) {
  return (
    <li className="border-l-[0.4cqw] pl-[1cqw]" style={{ borderColor: side.color }}>
      <SideName side={side} />
      {line.stance !== null ? <span className="ml-[0.8cqw] opacity-80">stance {line.stance}/100</span> : null}
      <p>{line.summary ?? 'No stated position in the sources.'}</p>
      {line.quote && line.stance !== null && line.quote.text.length <= 110 ? (
        <p className="font-serif italic">
          “{line.quote.text}” <span className="not-italic opacity-80">— {line.quote.speaker}</span>
        </p>
      ) : null}
    </li>
  );
}

function Body({ slide, deck }: { slide: DeckSlide; deck: Deck }) {
  const side = new Map(deck.stakeholders.map((s) => [s.id, s]));
  switch (slide.kind) {
    case 'title':
      return (
        <div className="flex h-full flex-col justify-center gap-[2cqw]">
          <p className="text-[2.4cqw]">{slide.subject}</p>
          <p className="text-[2cqw] opacity-90">
            As of {slide.asOf} · {slide.sources} source{slide.sources === 1 ? '' : 's'} · {slide.statements} statements
          </p>
          <p className="text-[1.6cqw] opacity-80">Sides: {deck.stakeholders.map((s) => s.name).join(', ')}</p>
        </div>
      );
    case 'matrix':
      return (
        <table className="w-full table-fixed border-collapse text-[1.45cqw] leading-tight">
          <thead>
            <tr>
              <th className="w-[14%] p-[0.4cqw] text-left" scope="col">Issue</th>
              {deck.stakeholders.map((s) => (
                <th key={s.id} className="p-[0.4cqw] text-left" scope="col">
                  <SideName side={s} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row) => (
              <tr key={row.issue} className="border-t border-current/30">
                <th scope="row" className="p-[0.4cqw] text-left align-top">{deck.issues.find((i) => i.id === row.issue)?.title}</th>
                {row.cells.map((c) => (
                  <td key={c.stakeholder} className="p-[0.4cqw] align-top">
                    {c.summary === null ? (
                      <span className="opacity-70">No stated position</span>
                    ) : (
                      <>
                        <strong>{c.stance !== null ? `${c.stance}/100` : 'Assessment'}</strong>
                        {c.stanceWords ? <span className="block">{c.stanceWords.replace(/^At or near |^Near the middle: /, '')}</span> : null}
                        {c.conflict ? <span className="block font-bold">⚠ conflicting statements</span> : null}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'issue':
      return (
        <div className="flex h-full flex-col gap-[0.8cqw]">
          <p className="text-[1.9cqw] font-semibold leading-snug">{slide.question}</p>
          <MiniSpectrum lines={slide.lines} sides={deck.stakeholders} scale={slide.scale} gap={slide.gap} />
          <ul className="grid grid-cols-3 gap-x-[1.6cqw] gap-y-[0.8cqw] text-[1.32cqw] leading-snug">
            {slide.lines.map((l) => (
              <Line key={l.stakeholder} line={l} side={side.get(l.stakeholder)!} />
            ))}
          </ul>
        </div>
      );
    case 'demands':
      return (
        <table className="w-full border-collapse text-[1.2cqw] leading-tight">
          <thead>
            <tr>
              <th scope="col" className="p-[0.3cqw] text-left">Demand</th>
              {deck.stakeholders.map((s) => (
                <th key={s.id} scope="col" className="p-[0.3cqw] text-left">{s.abbreviation}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((r, i) => (
              <tr key={i} className="border-t border-current/30">
                <th scope="row" className="p-[0.3cqw] text-left font-normal"><strong>{side.get(r.stakeholder)?.abbreviation}</strong> {r.text}</th>
                {deck.stakeholders.map((s) => (
                  <td key={s.id} className="p-[0.3cqw]">{s.id === r.stakeholder ? '(own)' : (r.responses.find((x) => x.stakeholder === s.id)?.label ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'timeline':
      return (
        <div className="grid grid-cols-2 gap-[2cqw] text-[1.5cqw] leading-snug">
          <div>
            <p className="mb-[1cqw] text-[1.8cqw] font-semibold">{slide.takeaway}</p>
            <ul className="space-y-[0.6cqw]">
              {slide.perSide.map((p) => (
                <li key={p.stakeholder}>
                  <SideName side={side.get(p.stakeholder)!} />: {p.count} statement{p.count === 1 ? '' : 's'}, {p.first} – {p.last}
                </li>
              ))}
            </ul>
          </div>
          <ol className="space-y-[0.6cqw] border-l-[0.3cqw] border-current/50 pl-[1.5cqw]">
            {slide.events.map((e, i) => (
              <li key={i}><strong>{e.date}</strong> — {e.label}</li>
            ))}
          </ol>
        </div>
      );
    case 'watch':
      return (
        <ul className="space-y-[0.7cqw] text-[1.45cqw] leading-snug">
          {slide.items.length === 0 ? <li>No open deadlines or conditions in the data.</li> : null}
          {slide.items.map((item, i) => (
            <li key={i}>
              <strong>{item.label}</strong> — {item.detail}
            </li>
          ))}
        </ul>
      );
    case 'sources':
      return (
        <ol className="list-decimal space-y-[1cqw] pl-[2cqw] text-[1.5cqw] leading-snug">
          {slide.citations.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ol>
      );
  }
}

/** One slide at 16:9: title, body, footnote with its sources, slide number. */
export function Slide({ slide, deck, index, active, notes }: { slide: DeckSlide; deck: Deck; index: number; active: boolean; notes?: ReactNode }) {
  return (
    <section
      className="slide"
      data-active={active || undefined}
      data-slide={slide.id}
      aria-roledescription="slide"
      aria-label={`Slide ${index + 1} of ${deck.slides.length}: ${slide.title}`}
    >
      <div className="slide-inner flex h-full flex-col px-[4cqw] pb-[1.6cqw] pt-[2.6cqw]">
        <h2 className="text-[3.4cqw] font-bold leading-tight">{slide.title}</h2>
        <div className="mt-[1.2cqw] min-h-0 flex-1 overflow-hidden">
          <Body slide={slide} deck={deck} />
        </div>
        {slide.omitted ? <p className="mt-[0.4cqw] text-[1.2cqw] font-semibold">{slide.omitted}.</p> : null}
        <footer className="mt-[0.8cqw] flex items-end justify-between gap-[2cqw] border-t border-current/40 pt-[0.5cqw] text-[1.05cqw] opacity-90">
          <span>{slide.footnote}</span>
          <span className="shrink-0 font-bold">{index + 1} / {deck.slides.length}</span>
        </footer>
      </div>
      {notes}
    </section>
  );
}
