import Link from 'next/link';
import type { Model } from '@/lib/model';
import type { Proposals } from '@/lib/proposals/schema';
import { proposalView, settlementData } from '@/lib/proposals/view';
import { ProposalBody } from './proposal-body';
import { ProposalImage } from './proposal-image';
import { buildProposalSlides } from '@/lib/deck/slides/proposal.build';
import { proposalChartSvg } from '@/lib/proposals/chart-svg';
import { sideStyles } from '@/lib/colors';
import { citeSources } from '@/lib/format';
import { formatDate } from '@/lib/dates';
import { DateText } from '@/components/ui/date-text';

const stated = (n: number) => `${n} stated ${n === 1 ? 'response' : 'responses'}`;

/** Every recorded plan or offer, newest first, with who put it forward and how many terms and responses it has. */
export function ProposalsList({ model, proposals }: { model: Model; proposals: Proposals }) {
  const views = proposals.proposals.map((p) => proposalView(model, proposals, p)).reverse();
  // The day shown: the data's own date, or the `?asof=` day this list is drawn for (the model is cut to it).
  const asOf = (
    <p className="mt-3 text-slate-800" data-testid="proposals-as-of">
      Data as of <DateText date={model.dataset.asOf} />.
    </p>
  );
  if (views.length === 0)
    return (
      <>
        {asOf}
        <p className="mt-4 italic">No proposals are recorded in this dataset.</p>
      </>
    );
  return (
    <>
      {asOf}
      <ul className="mt-4 space-y-3">
        {views.map((p) => (
          <li key={p.id} className="rounded border border-slate-300 p-3">
            <h2 className="text-lg font-semibold">
              <Link href={`/proposals/${p.id}/`} className="text-blue-800 underline underline-offset-2">
                {p.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-700">
              {p.by.name}, <DateText date={p.date} approx={p.dateApprox} /> · {p.terms.length}{' '}
              {p.terms.length === 1 ? 'term' : 'terms'} ·{' '}
              {stated(p.responses.length + p.terms.reduce((n, t) => n + t.responses.length, 0))}
              {p.supersededBy ? ` · superseded by ${p.supersededBy.title}` : ''}
            </p>
            <p className="mt-1">{p.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One proposal's body as the data stands (the latest, or a day's cut): or, before it was put forward, that it was not yet. */
export function ProposalAt({ model, proposals, id }: { model: Model; proposals: Proposals; id: string }) {
  const proposal = proposals.proposals.find((p) => p.id === id);
  if (!proposal)
    return (
      <p className="mt-3 italic">
        This proposal had not been put forward by the end of <DateText date={model.dataset.asOf} />.
      </p>
    );
  return (
    <ProposalBody
      proposal={proposalView(model, proposals, proposal)}
      data={settlementData(model, proposals)}
      image={proposalImage(model, proposals, id)}
    />
  );
}

/** The proposal's stand-alone image: the deck slide's facts (the same words) drawn as one SVG. */
function proposalImage(model: Model, proposals: Proposals, id: string) {
  const facts = buildProposalSlides(model, proposals).find((f) => f.proposal === id);
  if (!facts) return null;
  const styles = sideStyles(model.stakeholders.map((s) => s.color));
  const sides = new Map(
    model.stakeholders.map((s, i) => [s.id, { name: s.name, abbreviation: s.abbreviation, ...styles[i]! }]),
  );
  const cited = model.sources.filter((s) => facts.sources.includes(s.id));
  return (
    <ProposalImage
      id={id}
      drawing={proposalChartSvg(facts.terms, (side) => sides.get(side)!)}
      words={{
        title: facts.title,
        takeaway: `${facts.byline}. Each term against every side’s current stance: distance in points, red lines crossed, response (analysts’ reading of the side’s words).`,
        judgement: true,
        source: cited.length > 0 ? citeSources(cited) : 'none',
        asOf: formatDate(model.dataset.asOf),
      }}
    />
  );
}
