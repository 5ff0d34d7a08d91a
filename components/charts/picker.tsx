'use client';

import { useId } from 'react';

/** A labelled choice above a chart (the timeline's issue and dates, the heatmap's issue). */
export function Picker({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    // Label and menu stay together when the row wraps (a phone), and the menu never passes the page's edge.
    <span className="inline-flex max-w-full min-w-0 items-center gap-2">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
