/**
 * The as-of home view, computed in the browser: loaded with import() only when `?asof=` or `?since=`
 * asks for it, so the first load of `/` carries none of this. It reads /data/history.json once and
 * builds the same HomeView (and CellView for the panel) the server built for the latest state, the
 * home view through an index that gives the same view faster.
 */
import { loadHistory, modelAsOf } from '@/lib/time/history-file';
import { homeIndex } from '@/lib/time/home-index';
import type { HomeView } from '@/lib/home-view';
import { cellView } from '@/lib/reshape';
import { dateKey } from '@/lib/dates';
import { HomeMatrix } from './home-matrix';

export { HomeMatrix } from './home-matrix';
import { PaintedTable } from './painted-numbers';

/**
 * The records, loaded once; then the home view as of any `day` (undefined: the data's own as-of day),
 * marking changes since `since`, computed synchronously so the page can draw it in the same render.
 */
export async function loadHomeAsOf() {
  const raw = await loadHistory();
  // Indexed once per page: a new day then costs a pass over the cells (lib/time/home-index.ts).
  const index = homeIndex(raw);
  // The last view asked for, kept: a render that is done again for the same day (React may render a
  // component twice for one change of the address) gets the same view, and the matrix is not drawn twice.
  let last: { key: string; view: HomeView } | undefined;
  return {
    Matrix: HomeMatrix,
    // The compact matrix's table as this view draws it (loaded with this view only).
    PaintedTable,
    viewAsOf(day: string | undefined, since: string | null): HomeView {
      const key = `${day ?? ''}|${since ?? ''}`;
      if (last?.key !== key) last = { key, view: index.viewAsOf(day ?? dateKey(raw.dataset.asOf), since) };
      return last.view;
    },
  };
}

/** One cell as of `day`, for the detail panel; undefined for an unknown side or issue. */
export async function cellAsOf(day: string, side: string, issue: string) {
  const model = modelAsOf(await loadHistory(), day);
  const found = model.issueById.get(issue);
  return found && model.stakeholderById.has(side) ? cellView(model, side, found) : undefined;
}
