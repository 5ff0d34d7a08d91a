/**
 * The as-of home view, computed in the browser: loaded with import() only when `?asof=` or `?since=`
 * asks for it, so the first load of `/` carries none of this. It reads /data/history.json once and
 * builds the same HomeView (and CellView for the panel) the server built for the latest state.
 */
import { loadHistory, modelAsOf } from '@/lib/time/history-file';
import { homeView } from '@/lib/home-view';
import { cellView } from '@/lib/reshape';
import { dateKey } from '@/lib/dates';

export { HomeMatrix } from './home-matrix';

/** The home view as of `day` (undefined: the data's own as-of day), marking changes since `since`. */
export async function homeViewAsOf(day: string | undefined, since: string | null) {
  const raw = await loadHistory();
  return homeView(modelAsOf(raw, day ?? dateKey(raw.dataset.asOf)), since);
}

/** One cell as of `day`, for the detail panel; undefined for an unknown side or issue. */
export async function cellAsOf(day: string, side: string, issue: string) {
  const model = modelAsOf(await loadHistory(), day);
  const found = model.issueById.get(issue);
  return found && model.stakeholderById.has(side) ? cellView(model, side, found) : undefined;
}
