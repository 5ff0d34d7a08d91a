import type { ReactNode } from 'react';
import type { IssueComparison } from '@/lib/analysis/compare';
import type { HowDerived } from '@/lib/analysis/compare';
import { formatGap } from '@/lib/stance';

type Named = { name: (id: string) => string };

/** A demand's short phrase is our summary, not a quote: set off in italics, never quotation marks. */
function Demand({ text }: { text: string }) {
  return <em>{text}</em>;
}

function CommonGroundList({ comparison, name }: { comparison: IssueComparison } & Named) {
  return (
    <ul aria-label={`Common ground on ${comparison.issue.title}`} className="mt-1 list-disc space-y-1 pl-5 text-sm">
      {comparison.commonGround.map((c) =>
        c.kind === 'accepted-demand' ? (
          <li key={`${c.demand.id}-${c.by}`}>
            <strong>{name(c.demand.stakeholder)}</strong> asks for <Demand text={c.demand.text} />;{' '}
            <strong>{name(c.by)}</strong> accepts. <span className="text-slate-700">{c.rationale}</span>
          </li>
        ) : (
          <li key={`${c.gap.a}-${c.gap.b}`}>
            <strong>{name(c.gap.a)}</strong> and <strong>{name(c.gap.b)}</strong>{' '}
            {c.gap.gap.min === c.gap.gap.max
              ? `stand ${formatGap(c.gap.gap)} on the scale`
              : `have stances whose ranges overlap on the scale (up to ${c.gap.gap.max} points apart)`}{' '}
            (analyst judgements).
          </li>
        ),
      )}
    </ul>
  );
}

function RedLineList({ comparison, name }: { comparison: IssueComparison } & Named) {
  return (
    <ul aria-label={`Red lines on ${comparison.issue.title}`} className="mt-1 list-disc space-y-1 pl-5 text-sm">
      {comparison.redLines.map((r) =>
        r.kind === 'rejected-demand' ? (
          <li key={`${r.demand.id}-${r.by}`}>
            <strong>{name(r.demand.stakeholder)}</strong> {r.demand.kind === 'asks' ? 'asks for' : 'rules out'}{' '}
            <Demand text={r.demand.text} />; <strong>{name(r.by)}</strong> rejects it.{' '}
            <span className="text-slate-700">{r.rationale}</span>
          </li>
        ) : (
          <li key={`${r.rulesOut.id}-${r.asks.id}`}>
            <strong>{name(r.rulesOut.stakeholder)}</strong> rules out <Demand text={r.rulesOut.text} />, which{' '}
            <strong>{name(r.asks.stakeholder)}</strong> asks for (<Demand text={r.asks.text} />
            ). <span className="text-slate-700">{r.rationales.join(' ')}</span>
          </li>
        ),
      )}
    </ul>
  );
}

/** One column: its heading, its list or an honest "none", and how the list was derived. */
function Column({ mark, title, list, derived }: { mark: string; title: string; list: ReactNode; derived: string }) {
  return (
    <div>
      <h4 className="font-semibold">
        <span aria-hidden="true">{mark} </span>
        {title}
      </h4>
      {list ?? <p className="text-sm">None found in the data between these sides.</p>}
      <p className="mt-1 text-xs text-slate-700">{derived}</p>
    </div>
  );
}

/** What the compared sides agree on and where they collide, each list saying how it was derived. */
export function Agreement({ comparison, howDerived }: { comparison: IssueComparison; howDerived: HowDerived }) {
  const name = (id: string) => comparison.sides.find((s) => s.side.id === id)?.side.name ?? id;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Column
        mark="="
        title="Common ground"
        list={comparison.commonGround.length ? <CommonGroundList comparison={comparison} name={name} /> : null}
        derived={howDerived.commonGround}
      />
      <Column
        mark="✕"
        title="Red lines"
        list={comparison.redLines.length ? <RedLineList comparison={comparison} name={name} /> : null}
        derived={howDerived.redLines}
      />
    </div>
  );
}
