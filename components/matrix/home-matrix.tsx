import type { HomeView } from '@/lib/home-view';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';
import { PositionMatrix } from './position-matrix';
import type { MatrixProps } from './matrix-head';
import { EvidenceLegend } from './evidence-glyphs';
import { MarkerLegend } from './cell-markers';

/**
 * The home page's matrix with its markers, keys and counts. Server-rendered for the latest state; the
 * as-of view renders the same component in the browser with the view as of a day.
 */
export function HomeMatrix({ view, linkDay, painted }: { view: HomeView } & Pick<MatrixProps, 'linkDay' | 'painted'>) {
  return (
    <>
      <div className="mt-1">
        <EvidenceLegend />
        <PositionMatrix matrix={view.matrix} markers={view.markers} linkDay={linkDay} painted={painted} />
      </div>
      <div className="mt-1 space-y-0.5">
        <MarkerLegend asOf={view.asOf} since={view.since} staleAfterDays={view.staleAfterDays} />
        <p className="text-sm text-slate-700">
          As of {formatDate(view.asOf)}: {plural(view.statements, 'statement')} from {plural(view.sources, 'source')}.
          Open a cell for the words behind it.
        </p>
      </div>
    </>
  );
}
