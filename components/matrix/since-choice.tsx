'use client';

import { useId } from 'react';
import { formatDate } from '@/lib/dates';
import { daysBefore, daysBetween } from '@/lib/time/asof';
import { withParam } from '@/lib/url/query';
import { DEFAULT_CHANGE_DAYS } from '@/lib/time/core';
import { useUrlSearch } from '@/components/ui/use-url-search';

const CHOICES = [7, 14, DEFAULT_CHANGE_DAYS, 90, 365];

/**
 * Which changes the matrix marks: those in the last N days before the view's day, written to the
 * address as `?since=YYYY-MM-DD` (the default window leaves it out). A `?since=` that is not N days
 * before the view shows as its own choice.
 */
export function SinceChoice({ asOf, since }: { asOf: string; since: string }) {
  const id = useId();
  const [, setSearch] = useUrlSearch();
  const days = daysBetween(since, asOf);
  const custom = !CHOICES.includes(days);
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id}>Mark changes in</label>
      <select
        id={id}
        value={custom ? 'custom' : String(days)}
        onChange={(event) => {
          const n = Number(event.target.value);
          if (!Number.isInteger(n)) return;
          const value = n === DEFAULT_CHANGE_DAYS ? undefined : daysBefore(asOf, n);
          setSearch(withParam(window.location.search, 'since', value));
        }}
        className="rounded border border-slate-500 px-0.5 text-xs"
      >
        {CHOICES.map((n) => (
          <option key={n} value={n}>
            the last {n} days
          </option>
        ))}
        {custom ? <option value="custom">since {formatDate(since)}</option> : null}
      </select>
    </span>
  );
}
