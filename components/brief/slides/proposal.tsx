import {
  PART_SEP,
  responseParts,
  sideLineParts,
  type ProposalSlide,
  type ResponseLine,
  type TermSide,
} from '@/lib/deck/slides/proposal';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import { SideName, type BodyProps } from './parts';
import { ProposalScale } from './proposal-scale';

/** The verdict as the analysts' reading, the proposer "Proposed it" (responseParts), then the speaker's words. */
function Response({ response, proposed = false }: { response: ResponseLine | null; proposed?: boolean }) {
  const { verdict, gap } = responseParts(response, proposed);
  return (
    <span data-response={response?.label ?? (proposed ? 'proposer' : 'none')}>
      <strong>{verdict}</strong>
      {response?.quote ? (
        <span className="font-serif italic">
          {' '}
          <VerbatimQuote quote={response.quote} speaker speakerClassName="not-italic opacity-80" />
        </span>
      ) : gap ? (
        <span data-quote-gap={response?.quoteGap}>
          {PART_SEP}
          {gap}
        </span>
      ) : null}
    </span>
  );
}

function SideRow({ row, side }: BodyProps<ProposalSlide> & { row: TermSide }) {
  const d = side(row.stakeholder);
  const { stance, distance, crossed } = sideLineParts(row);
  return (
    <li className="border-l-[0.35cqw] pl-[0.8cqw]" style={{ borderColor: d.color }} data-side={row.stakeholder}>
      <SideName side={d} /> <span>{stance}</span>
      {PART_SEP}
      <span data-distance>{distance}</span>
      {crossed ? (
        <>
          {PART_SEP}
          <strong data-red-line>{crossed}</strong>
        </>
      ) : null}
      {PART_SEP}
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
