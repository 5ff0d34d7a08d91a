'use client';

import { useId } from 'react';
import { currentSearch } from '@/lib/url/store';
import { formatDate } from '@/lib/dates';
import { daysBefore, daysBetween } from '@/lib/time/asof';
import { withParam } from '@/lib/url/query';
import { DEFAULT_CHANGE_DAYS } from '@/lib/time/core';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { useSinceEvents } from './since-events';

const CHOICES = [7, 14, DEFAULT_CHANGE_DAYS, 90, 365];

/**
 * Which changes the matrix marks: those in the last N days before the view's day, or since one of the
 * data's events (the window starts the day before it, so the event's day counts), written to the
 * address as `?since=YYYY-MM-DD` (the default window leaves it out). A `?since=` that is the day
 * before an event shows as that event; any other that is not N days before the view as its own choice.
 */
export function SinceChoice({ asOf, since }: { asOf: string; since: string }) {
  const id = useId();
  const [, setSearch] = useUrlSearch();
  const starts = useSinceEvents().filter((s) => s.date <= asOf);
  const days = daysBetween(since, asOf);
  const event = starts.find((s) => daysBefore(s.date, 1) === since);
  const value = event ? `event:${event.date}` : CHOICES.includes(days) ? String(days) : 'custom';
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id}>Mark changes</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const chosen = e.target.value;
          let next: string | undefined;
          if (chosen.startsWith('event:')) next = daysBefore(chosen.slice('event:'.length), 1);
          else {
            const n = Number(chosen);
            if (!Number.isInteger(n)) return;
            next = n === DEFAULT_CHANGE_DAYS ? undefined : daysBefore(asOf, n);
          }
          setSearch(withParam(currentSearch(), 'since', next));
        }}
        className="min-h-6 max-w-48 rounded border border-slate-500 px-0.5 text-xs"
      >
        <optgroup label="In the last">
          {CHOICES.map((n) => (
            <option key={n} value={n}>
              in the last {n} days
            </option>
          ))}
        </optgroup>
        {starts.length > 0 ? (
          <optgroup label="Since an event">
            {starts.map((s) => (
              <option key={`${s.date}|${s.label}`} value={`event:${s.date}`}>
                since {s.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {value === 'custom' ? <option value="custom">since {formatDate(since)}</option> : null}
      </select>
    </span>
  );
}
