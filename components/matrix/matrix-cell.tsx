import Link from 'next/link';
import type { CellView } from '@/lib/reshape';
import { plural } from '@/lib/format';
import { PositionSummary } from '@/components/positions/position-summary';
import { StatementCards } from '@/components/statements/statement-cards';

/** One side on one issue in the matrix: its position in brief, or its unplaced statements; always a way to the issue page. */
export function MatrixCell({
  cell,
  limit,
}: {
  cell: CellView;
  /** Statements a cell may list (0 in a matrix too large to carry them). */ limit: number;
}) {
  const { issue, side, current, uncited } = cell;
  const href = `/issues/${issue.id}/#side-${side.id}`;
  const more = { href, label: `for ${issue.title} (${side.name})` };
  return (
    <div>
      <PositionSummary
        issue={issue}
        side={side}
        position={current}
        history={cell.history}
        layout="compact"
        statements={{ limit, moreHref: href }}
      />
      {!current && uncited.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="text-blue-800">{plural(uncited.length, 'related statement')} (no position drawn)</summary>
          <div className="mt-2 space-y-3">
            <StatementCards statements={uncited} limit={limit} more={more} />
          </div>
        </details>
      ) : null}
      <p className="mt-2 text-sm">
        <Link href={href} className="text-blue-800 underline underline-offset-2">
          Issue page
          <span className="sr-only">
            {' '}
            for {issue.title}: every side and its history (from {side.name}’s cell)
          </span>
        </Link>
      </p>
    </div>
  );
}
