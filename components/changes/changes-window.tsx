'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import type { ChangesView } from '@/lib/time/changes-view';
import { windowOf, windowQuery } from '@/lib/url';
import { daysBefore } from '@/lib/time/asof';
import { ChangeList } from './change-list';
import { useFile } from '@/components/lists/more-below';
import { startingEvent } from '@/lib/page-parts';
import { ChangesFile } from './more-changes';

/** An event to start the window from ("since the summit"). */
export type { WindowStart } from '@/lib/time/words';
import type { WindowStart } from '@/lib/time/words';

type Computed = { key: string; view?: ChangesView; error?: string };

const button = 'rounded border border-slate-400 bg-white px-3 py-1 font-medium text-slate-900 hover:bg-slate-100';

/** Reads another window than the default from history.json, in the browser, on demand. */
async function computeView(from: string, to: string): Promise<ChangesView> {
  const [{ loadHistory }, { changesView }] = await Promise.all([
    import('@/lib/time/history-file'),
    import('@/lib/time/changes-view'),
  ]);
  return changesView(await loadHistory(), from, to);
}

/**
 * The window picker and the list. The static HTML is the default window (the 30 days to the data's
 * as-of date), drawn on the server (`children`) — its first part when long, the whole loaded from
 * `file` as the reader reaches the cut; another `?from=…&to=…` is computed here from the data the
 * site serves, offline.
 */
export function ChangesWindow({
  initial,
  file,
  starts,
  children,
}: {
  /** The default window: its ends and the data's as-of date. */
  initial: Pick<ChangesView, 'from' | 'to' | 'asOf'>;
  /** Where the default window is in full (its first part is `children`, drawn on the server). */
  file: string;
  starts: WindowStart[];
  children: ReactNode;
}) {
  const [params, replace] = useUrlSearch();
  const whole = useFile<ChangesView>(file);
  const choice = windowOf(params, initial.asOf);
  const key = choice.ok ? `${choice.from}|${choice.to}` : '';
  const [computed, setComputed] = useState<Computed>();

  useEffect(() => {
    if (!choice.ok || choice.isDefault) return;
    let live = true;
    computeView(choice.from, choice.to).then(
      (view) => live && setComputed({ key: `${view.from}|${view.to}`, view }),
      (error: unknown) => live && setComputed({ key, error: `Could not load the data: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the window
  }, [key]);

  const go = (from: string, to: string) => replace(windowQuery(from, to));
  // A window that starts the day before an event and ends at the as-of date is "since" that event.
  const startEvent = choice.ok ? startingEvent(starts, choice, initial.asOf) : undefined;
  const preset = (days: number) => go(daysBefore(initial.asOf, days), initial.asOf);
  const shown = choice.ok ? { from: choice.from, to: choice.to } : { from: initial.from, to: initial.to };

  let body;
  if (!choice.ok)
    body = (
      <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-2 text-red-900">
        {choice.message}
      </p>
    );
  else if (choice.isDefault)
    body =
      whole.loaded.state === 'done' ? (
        <ChangeList view={whole.loaded.data} since={startEvent?.label} />
      ) : (
        <ChangesFile value={{ state: whole.loaded.state, load: whole.load }}>{children}</ChangesFile>
      );
  else if (computed?.key === key && computed.view) body = <ChangeList view={computed.view} since={startEvent?.label} />;
  else if (computed?.key === key && computed.error)
    body = (
      <p role="alert" className="mt-4 text-red-900">
        {computed.error}
      </p>
    );
  else
    body = (
      <p className="mt-4 text-slate-700" aria-busy="true">
        Working out the changes in this window…
      </p>
    );

  return (
    <>
      <form
        key={key}
        method="get"
        className="mt-4 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-slate-50 p-3"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          go(String(data.get('from') ?? ''), String(data.get('to') ?? ''));
        }}
      >
        <DateField label="After (not including)" name="from" value={shown.from} max={initial.asOf} />
        <DateField label="Up to and including" name="to" value={shown.to} max={initial.asOf} />
        <button type="submit" className={button}>
          Show changes
        </button>
        <div role="group" aria-label="Quick windows" className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => preset(7)}>
            Last 7 days
          </button>
          <button type="button" className={button} onClick={() => preset(30)}>
            Last 30 days
          </button>
          <button type="button" className={button} onClick={() => preset(90)}>
            Last 90 days
          </button>
        </div>
        {starts.length > 0 ? (
          <label className="flex w-full max-w-md min-w-0 flex-col text-sm font-medium">
            Since an event
            <select
              className="w-full rounded border border-slate-400 px-2 py-1"
              value={startEvent?.date ?? ''}
              onChange={(event) => event.target.value && go(daysBefore(event.target.value, 1), initial.asOf)}
            >
              <option value="">Choose an event…</option>
              {starts.map((s) => (
                <option key={`${s.date}|${s.label}`} value={s.date}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </form>
      <p className="mt-1 text-sm text-slate-700">
        Windows end on the data’s as-of date unless you choose another end; the address keeps the window, so a link
        reproduces it.
      </p>
      {body}
    </>
  );
}

/** One end of the window: a required date field, bounded by the data's as-of day. */
function DateField({ label, name, value, max }: { label: string; name: string; value: string; max: string }) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <input
        type="date"
        name={name}
        required
        defaultValue={value}
        max={max}
        className="rounded border border-slate-400 px-2 py-1"
      />
    </label>
  );
}
