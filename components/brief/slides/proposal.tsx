import { responseWords, type ProposalSlide, type ResponseLine, type TermSide } from '@/lib/deck/slides/proposal';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import { QUOTE_GAP } from '@/lib/quote';
import { SideName, type BodyProps } from './parts';
import { ProposalScale } from './proposal-scale';

/** The verdict as the analysts' reading, the proposer "Proposed it" (responseWords), then the speaker's words. */
function Response({ response, proposed = false }: { response: ResponseLine | null; proposed?: boolean }) {
  return (
    <span data-response={response?.label ?? (proposed ? 'proposer' : 'none')}>
      <strong>{responseWords(response, proposed)}</strong>
      {response?.quote ? (
        <span className="font-serif italic">
          {' '}
          <VerbatimQuote quote={response.quote} speaker speakerClassName="not-italic opacity-80" />
        </span>
      ) : response?.quoteGap ? (
        <span data-quote-gap={response.quoteGap}> · {QUOTE_GAP[response.quoteGap]}</span>
      ) : null}
    </span>
  );
}

function SideRow({ row, side }: BodyProps<ProposalSlide> & { row: TermSide }) {
  const d = side(row.stakeholder);
  return (
    <li className="border-l-[0.35cqw] pl-[0.8cqw]" style={{ borderColor: d.color }} data-side={row.stakeholder}>
      <SideName side={d} /> <span>{row.stance ? `stance ${row.stance.words}` : 'no stance placed'}</span>
      {' · '}
      <span data-distance>{row.distance}</span>
      {row.crossed.length > 0 ? (
        <>
          {' · '}
          <strong data-red-line>crosses red line: {row.crossed.join('; ')}</strong>
        </>
      ) : null}
      {' · '}
      <Response response={row.response} proposed={row.proposed} />
    </li>
  );
}

export function ProposalBody(props: BodyProps<ProposalSlide>) {
  const { slide, side } = props;
  return (
    <div className="flex h-full flex-col gap-[0.5cqw] slide-text-[1.2] leading-snug">
      <p className="slide-text-[1.3] opacity-90">{slide.byline}</p>
      {slide.whole.length > 0 ? (
        <ul data-testid="proposal-whole">
          {slide.whole.map((r) => (
            <li key={r.stakeholder}>
              <SideName side={side(r.stakeholder)} /> on the whole: <Response response={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {slide.terms.map((t) => (
        <section key={t.id} data-term={t.id}>
          <h3 className="slide-text-[1.4] font-bold">
            {t.text} <span className="font-normal opacity-80">— {t.issueTitle}</span>{' '}
            <span className="font-normal">
              {t.place ? `(term at ${t.place.words}, analyst judgement)` : '(term not placed on the scale)'}
            </span>
          </h3>
          <ProposalScale term={t} side={side} />
          <ul className="mt-[0.2cqw] space-y-[0.15cqw]">
            {t.sides.map((row) => (
              <SideRow key={row.stakeholder} row={row} {...props} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
