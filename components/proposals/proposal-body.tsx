import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ProposalView, SettlementData } from '@/lib/proposals/view';
import { DateText } from '@/components/ui/date-text';
import { StatementCards } from '@/components/statements/statement-cards';
import { ResponseItem } from './response-item';
import { TermAgainstSides } from './term-against-sides';
import { settlementQuery } from '@/lib/url';

/** A proposal: who, when, what, its revision chain, responses to it as a whole, then each term against the sides. */
export function ProposalBody({
  proposal,
  data,
  image,
}: {
  proposal: ProposalView;
  data: SettlementData;
  /** The stand-alone image's download buttons (proposal-image.tsx). */
  image?: ReactNode;
}) {
  const start = data.starts.find((s) => s.id === `proposal:${proposal.id}`);
  const query = start
    ? settlementQuery(
        start.values,
        data.issues.map((i) => i.id),
        start.id,
      )
    : '';
  return (
    <>
      <p className="mt-1 text-slate-800">
        Put forward by <strong>{proposal.by.name}</strong>,{' '}
        <DateText date={proposal.date} approx={proposal.dateApprox} />. Data as of <DateText date={data.asOf} />.
      </p>
      <p className="mt-1 max-w-4xl">{proposal.summary}</p>
      {proposal.supersededBy ? (
        <p className="mt-1 font-semibold text-amber-900">
          Superseded by{' '}
          <Link href={`/proposals/${proposal.supersededBy.id}/`} className="underline">
            {proposal.supersededBy.title}
          </Link>
        </p>
      ) : null}
      {proposal.supersedes.map((s) => (
        <p key={s.id} className="mt-1 text-slate-800">
          Revises{' '}
          <Link href={`/proposals/${s.id}/`} className="text-blue-800 underline">
            {s.title}
          </Link>
        </p>
      ))}
      <p className="mt-2">
        <Link href={`/settlement/${query ? `?${query}` : ''}`} className="font-medium text-blue-800 underline">
          Try this proposal in the what-if
        </Link>{' '}
        {/* /settlement/ does not read ?asof= (lib/url/pages.ts): it says so rather than pretend to show this day. */}
        <span className="text-sm text-slate-700" data-testid="whatif-latest">
          (the what-if always uses the latest data, not an earlier day’s)
        </span>
      </p>
      {image}
      {proposal.responses.length > 0 ? (
        <section className="mt-3" aria-labelledby="whole">
          <h2 id="whole" className="text-xl font-semibold">
            Responses to the proposal as a whole
          </h2>
          {proposal.responses.map((r) => (
            <div key={r.side.id} className="mt-2">
              <p className="font-semibold">{r.side.name}</p>
              <ResponseItem response={r} />
            </div>
          ))}
        </section>
      ) : null}
      <section className="mt-4" aria-labelledby="terms">
        <h2 id="terms" className="text-xl font-semibold">
          Its terms against the sides
        </h2>
        <p className="text-sm text-slate-700">
          Stances and term places are analyst judgements on each issue’s 0–100 scale. A range is drawn as a bar; a red
          line (a demand that rules something out) is hatched where it can be placed.{' '}
          {data.observers.length > 0
            ? `${data.observers.map((o) => o.name).join(' and ')} are observers, not sides to the talks, and are left out.`
            : ''}
        </p>
        {proposal.terms.map((t) => (
          <TermAgainstSides key={t.id} term={t} data={data} proposer={proposal.by.id} />
        ))}
      </section>
      <section className="mt-4" aria-labelledby="said">
        <h2 id="said" className="text-xl font-semibold">
          Where it was put forward
        </h2>
        <StatementCards statements={proposal.statements} />
      </section>
    </>
  );
}
