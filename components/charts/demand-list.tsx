import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { DemandGroup } from '@/lib/reshape-charts';
import { passageHref } from '@/components/statements/statement-card';
import { plural, possessive } from '@/lib/format';

/** Each side's standing demands with the statements behind them; a bar in the chart jumps to its side here. */
export function DemandsBySide({ groups }: { groups: DemandGroup[] }) {
  return (
    <div className="mt-3">
      <p className="text-sm text-slate-700">Open a side’s demands (or activate its bar):</p>
      <div className="mt-1 flex flex-wrap gap-2">
        {groups.map(({ side, demands }) => (
          <a
            key={side.id}
            href={`#demands-${side.id}`}
            className="rounded border border-slate-400 px-2 py-0.5 text-blue-800 underline-offset-2 hover:underline"
          >
            {side.name}: {plural(demands.length, 'demand')}
          </a>
        ))}
      </div>
      {groups.map(({ side, demands }) => (
        <section
          key={side.id}
          id={`demands-${side.id}`}
          className="mt-3 scroll-mt-4 rounded p-2 target:bg-amber-50 target:outline-2 target:outline-amber-700"
        >
          <h3 className="font-semibold">{possessive(side.name)} demands</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {demands.map((d) => (
              <li key={d.id}>
                <span className="font-medium">
                  {d.kind === 'rules-out' ? 'Rules out: ' : ''}
                  {d.text}
                </span>{' '}
                <span className="text-slate-700">({d.issue})</span> — per{' '}
                {d.statements.map((st, i) => (
                  <span key={st.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={passageHref(st)} className="text-blue-800 underline underline-offset-2">
                      {st.speaker} ({st.text})
                    </Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
