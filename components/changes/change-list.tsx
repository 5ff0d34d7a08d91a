import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { ChangeGroupView, ChangeItem, ChangesView } from '@/lib/time/changes-view';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';
import { changesShown, type ChangesTotals } from '@/lib/page-parts';
import { MoreChanges } from './more-changes';

/** The statements behind a change: speaker, role, date, each linking to its passage in the source. */
function Cited({ item }: { item: ChangeItem }) {
  if (item.statements.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
      {item.statements.map((s) => (
        <li key={s.id}>
          <Link href={s.href} className="text-blue-800 underline underline-offset-2">
            {s.speaker}
            {s.role ? `, ${s.role}` : ''}, <time dateTime={s.dateTime}>{s.date}</time>
          </Link>
          : {s.summary}
        </li>
      ))}
    </ul>
  );
}

function Change({ item }: { item: ChangeItem }) {
  return (
    <li className="border-l-4 border-slate-300 pl-3" data-change={item.kind}>
      <p>
        <time dateTime={item.dateTime} className="font-semibold">
          {item.date}
        </time>{' '}
        · {item.what}
      </p>
      {item.move ? (
        <p className="text-sm text-slate-800" data-testid="stance-move">
          Stance (analyst judgement): {item.move.from} as of {item.move.fromDate} → {item.move.to} as of{' '}
          {item.move.toDate}
        </p>
      ) : null}
      {item.detail ? <p className="text-sm text-slate-800">{item.detail}</p> : null}
      <Cited item={item} />
    </li>
  );
}

/** Groups of one side, one after another in the list's order (sides, then issues). */
function bySide(groups: ChangeGroupView[]) {
  const sides: { stakeholder: string; side: string; groups: ChangeGroupView[] }[] = [];
  for (const g of groups) {
    const last = sides.at(-1);
    if (last?.stakeholder === g.stakeholder) last.groups.push(g);
    else sides.push({ stakeholder: g.stakeholder, side: g.side, groups: [g] });
  }
  return sides;
}

/** The stance moves of the window, largest first, each one sentence (lib/time/words.ts's moveSentence). */
function RankedMoves({ view, more }: { view: ChangesView; more?: ChangesTotals }) {
  if (view.moves.length === 0) return null;
  return (
    <section aria-labelledby="moves-heading" className="mt-3 rounded border-l-4 border-blue-900 bg-blue-50 p-3">
      <h3 id="moves-heading" className="text-lg font-bold">
        What moved, largest first{' '}
        <span className="text-sm font-normal text-slate-700">(stances: analysts’ judgements)</span>
      </h3>
      <ol className="mt-1 list-decimal space-y-0.5 pl-6" data-testid="ranked-moves">
        {view.moves.map((m) => (
          <li key={`${m.stakeholder}|${m.issue}|${m.text}`}>
            <Link
              href={`/issues/${m.issue}/#side-${m.stakeholder}`}
              className="text-blue-900 underline underline-offset-2"
            >
              {m.text}
            </Link>
          </li>
        ))}
      </ol>
      {more && more.moves > view.moves.length ? (
        <MoreChanges shown={view.moves.length} total={more.moves} noun="stance moves" />
      ) : null}
    </section>
  );
}

/**
 * The change list for one window: the ranked stance moves first, then events, then each side's
 * changes issue by issue. `since` names the event the window starts at, when it does; `more` (the
 * whole's totals) says the view is the first part of a longer one: each cut list says how much it
 * shows, and the rest load as the reader reaches them (ChangesWindow's file).
 */
export function ChangeList({ view, since, more }: { view: ChangesView; since?: string; more?: ChangesTotals }) {
  const shown = changesShown(view).changes;
  const empty = view.count === 0 && view.events.length === 0;
  return (
    <section aria-labelledby="changes-heading" className="mt-6">
      <h2 id="changes-heading" className="text-xl font-bold">
        {since ? `Changes since ${since} (${view.window})` : `Changes ${view.window}`}
      </h2>
      <p className="text-slate-700" role="status">
        {empty
          ? `Nothing recorded between ${formatDate(view.from)} and ${formatDate(view.to)}.`
          : `${plural(view.count, 'change')} and ${plural(view.events.length, 'event')}.`}
      </p>
      {view.pastData ? <p className="text-slate-700">{view.pastData}</p> : null}
      <RankedMoves view={view} more={more} />
      {view.events.length > 0 ? (
        <>
          <h3 className="mt-4 text-lg font-bold">Events</h3>
          <ul className="mt-1 space-y-1">
            {view.events.map((e) => (
              <li key={`${e.dateTime}|${e.label}`}>
                <time dateTime={e.dateTime} className="font-semibold">
                  {e.date}
                </time>{' '}
                · {e.what}: {e.label} (
                <Link href={`/sources/${e.source}/`} className="text-blue-800 underline underline-offset-2">
                  source
                </Link>
                )
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bySide(view.groups).map((side) => (
        <section key={side.stakeholder} aria-label={side.side} className="mt-6">
          <h3 className="text-lg font-bold">
            <Link href={`/stakeholders/${side.stakeholder}/`} className="underline-offset-4 hover:underline">
              {side.side}
            </Link>
          </h3>
          {side.groups.map((g) => (
            <div key={g.issue ?? ''} className="mt-2">
              <h4 className="font-semibold text-slate-800">
                {g.issue ? (
                  <Link href={`/issues/${g.issue}/`} className="underline-offset-4 hover:underline">
                    {g.issueTitle}
                  </Link>
                ) : (
                  g.issueTitle
                )}
              </h4>
              <ul className="mt-1 space-y-3">
                {g.items.map((item, i) => (
                  <Change key={i} item={item} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {more && more.changes > shown ? <MoreChanges shown={shown} total={more.changes} noun="changes" /> : null}
    </section>
  );
}
