import type { Metadata } from 'next';
import { getRaw } from '@/lib/data';
import { defaultChanges } from '@/lib/changes-default';
import { dateKey, formatDate } from '@/lib/dates';
import { windowStarts } from '@/lib/time/words';
import { CHANGES_FILE, changesShown, cutChanges, partUrl, startingEvent } from '@/lib/page-parts';
import { ChangeList } from '@/components/changes/change-list';
import { ChangesWindow } from '@/components/changes/changes-window';
import { DroppedAsOf } from '@/components/time/dropped-as-of';

export const metadata: Metadata = { title: 'What changed' };

/**
 * The static HTML is the default window (the 30 days to the data's as-of date) — its first moves and
 * changes when it is long, the rest in /parts/changes.json, loaded as the reader reaches them; the
 * client leaf computes any other `?from=…&to=…` from /data/history.json.
 */
export default function ChangesPage() {
  const raw = getRaw();
  const asOf = dateKey(raw.dataset.asOf);
  const full = defaultChanges(raw);
  const starts = windowStarts(raw.events, asOf);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">What changed</h1>
      <DroppedAsOf page="What changed" latest={asOf} />
      <p className="mt-1 max-w-4xl text-slate-700">
        For each side and issue: new positions with how the stance moved, new statements, demands made and ended,
        responses given, and events — each with the statements that show it. Stances and responses are analyst
        judgements. The data runs to {formatDate(raw.dataset.asOf)}.
      </p>
      <ChangesWindow
        initial={{ from: full.from, to: full.to, asOf: full.asOf }}
        file={partUrl(CHANGES_FILE)}
        starts={starts}
      >
        <ChangeList
          view={cutChanges(full)}
          since={startingEvent(starts, full, asOf)?.label}
          more={changesShown(full)}
        />
      </ChangesWindow>
    </>
  );
}
