import type { Actor } from '@/lib/schema';
import { plural } from '@/lib/format';

/** Who speaks for a side, with roles; each has an anchor that statement cards link to. */
export function ActorList({ actors }: { actors: { actor: Actor; statements: number }[] }) {
  if (actors.length === 0) return <p className="text-slate-700">No speakers recorded.</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {actors.map(({ actor, statements }) => (
        <li
          key={actor.id}
          id={`actor-${actor.id}`}
          className="scroll-mt-4 rounded border border-slate-300 p-2 target:border-blue-800 target:bg-blue-50"
        >
          <p className="font-semibold">
            {actor.name}
            {actor.anonymous ? (
              <span className="ml-1 text-sm font-normal italic text-slate-700">(not named by the source)</span>
            ) : null}
          </p>
          <p className="text-sm text-slate-800">{actor.role}</p>
          <p className="text-xs text-slate-700">{plural(statements, 'statement')}</p>
        </li>
      ))}
    </ul>
  );
}
