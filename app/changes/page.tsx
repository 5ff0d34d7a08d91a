import type { Metadata } from 'next';
import { getRaw } from '@/lib/data';
import { dateKey, formatDate } from '@/lib/dates';
import { changesView } from '@/lib/time/changes-view';
import { defaultWindow } from '@/lib/time/core';
import { ChangesWindow } from '@/components/changes/changes-window';
import { DroppedAsOf } from '@/components/time/dropped-as-of';

export const metadata: Metadata = { title: 'What changed' };

/**
 * The static HTML is the default window (the 30 days to the data's as-of date); the client leaf
 * computes any other `?from=…&to=…` from /data/history.json.
 */
export default function ChangesPage() {
  const raw = getRaw();
  const asOf = dateKey(raw.dataset.asOf);
  const { from, to } = defaultWindow(asOf);
  const starts = raw.events
    .filter((e) => dateKey(e.date) <= asOf && e.date.length === 10)
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((e) => ({ date: e.date, label: `${formatDate(e.date, e.dateApprox)}: ${e.label}` }));
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">What changed</h1>
      <DroppedAsOf page="What changed" latest={asOf} />
      <p className="mt-1 max-w-4xl text-slate-700">
        For each side and issue: new positions with how the stance moved, new statements, demands made and ended,
        responses given, and events — each with the statements that show it. Stances and responses are analyst
        judgements. The data runs to {formatDate(raw.dataset.asOf)}.
      </p>
      <ChangesWindow initial={changesView(raw, from, to)} starts={starts} />
    </>
  );
}
