import type { RawDataset } from '../../validate';
import { formatDate } from '../../dates';
import { changesView } from '../../time/changes-view';
import type { ChangesFacts } from './changes';

/**
 * "What changed since <date>": the changes after `since` up to the end of `to` (the deck's as-of
 * date), from the raw records (the deck over time builds it in the browser from history.json).
 */
export function buildChangesSlide(raw: RawDataset, since: string, to: string): ChangesFacts {
  const view = changesView(raw, since, to);
  const entries: ChangesFacts['entries'] = view.groups.flatMap((g) =>
    g.items.map((item) => {
      const first = item.statements[0];
      const more = item.statements.length > 1 ? ` and ${item.statements.length - 1} more` : '';
      const what = item.move
        ? `position moved from ${item.move.from} (${item.move.fromDate}) to ${item.move.to} (${item.move.toDate}), ${item.move.how}${item.move.reworded ? '; summary reworded' : ''}`
        : item.what.charAt(0).toLowerCase() + item.what.slice(1);
      return {
        stakeholder: g.stakeholder,
        issue: g.issue,
        kind: item.kind,
        text: `${g.side} · ${g.issueTitle}: ${what}`,
        cite: first ? `${first.speaker}, ${first.date}${more}` : item.date,
        sources: [...new Set(item.statements.map((s) => s.source))],
      };
    }),
  );
  return {
    id: 'changes',
    kind: 'changes',
    title: `What changed since ${formatDate(since)}`,
    window: view.window,
    entries,
    moves: view.moves,
    events: view.events.map((e) => ({ text: `${e.date}: ${e.what} — ${e.label}`, source: e.source })),
    notes: [],
  };
}
