import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { StatementDigest } from '@/lib/digest';
import { plural } from '@/lib/format';
import { StatementCard } from './statement-card';

type Props = {
  statements: StatementDigest[];
  /** Cards to draw; the rest are counted and linked to `more`. Without it, every card. */
  limit?: number;
  /** Where the rest are: a page that lists them all, and what it is for a screen reader. */
  more?: { href: string; label: string };
};

/** A few statement cards, and a link to where the others are when the list is cut. */
export function StatementCards({ statements, limit = statements.length, more }: Props) {
  const rest = statements.length - limit;
  return (
    <>
      {statements.slice(0, limit).map((s) => (
        <StatementCard key={s.id} statement={s} />
      ))}
      {rest > 0 && more ? (
        <p className="text-slate-700">
          {limit > 0 ? `${rest} more` : plural(rest, 'statement')} on the{' '}
          <Link href={more.href} className="text-blue-800 underline underline-offset-2">
            issue page<span className="sr-only"> {more.label}</span>
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}
