import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { Model } from '@/lib/model';
import { passageHref } from '@/components/statements/statement-card';
import { plural, possessive } from '@/lib/format';
import { standingDemands } from '@/lib/demands';

/** Each side's demands with the statements behind them; a bar in the chart jumps to its side here. */
export function DemandList({ model }: { model: Model }) {
  const demands = standingDemands(model);
  const sides = model.stakeholders.filter((s) => demands.some((d) => d.stakeholder === s.id));
  return (
    <div className="mt-3">
      <p className="text-sm text-slate-700">Open a side’s demands (or activate its bar):</p>
      <div className="mt-1 flex flex-wrap gap-2">
        {sides.map((s) => (
          <a
            key={s.id}
            href={`#demands-${s.id}`}
            className="rounded border border-slate-400 px-2 py-0.5 text-blue-800 underline-offset-2 hover:underline"
          >
            {s.name}: {plural(demands.filter((d) => d.stakeholder === s.id).length, 'demand')}
          </a>
        ))}
      </div>
      {sides.map((s) => (
        <section
          key={s.id}
          id={`demands-${s.id}`}
          className="mt-3 scroll-mt-4 rounded p-2 target:bg-amber-50 target:outline-2 target:outline-amber-700"
        >
          <h3 className="font-semibold">{possessive(s.name)} demands</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {demands
              .filter((d) => d.stakeholder === s.id)
              .map((d) => (
                <li key={d.id}>
                  <span className="font-medium">
                    {d.kind === 'rules-out' ? 'Rules out: ' : ''}
                    {d.text}
                  </span>{' '}
                  <span className="text-slate-700">({model.issueById.get(d.issue)?.title})</span> — per{' '}
                  {d.statements.map((id, i) => {
                    const st = model.statementById.get(id)!;
                    return (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        <Link href={passageHref(st)} className="text-blue-800 underline underline-offset-2">
                          {st.actorRecord.name} ({st.channel})
                        </Link>
                      </span>
                    );
                  })}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
