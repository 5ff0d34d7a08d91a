'use client';
import { useState } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import type { CompareData, HowDerived } from '@/lib/analysis/compare';
import { compareQuery, parseCompareParams, withAsOf } from '@/lib/url';
import { CompareView, ticksOf } from './compare-view';

/** Reads the selection from the URL and writes it back on every change: a link reproduces the view. */
export function CompareFromUrl({ data, howDerived }: { data: CompareData; howDerived: HowDerived }) {
  const [params, replaceSearch] = useUrlSearch();
  const choices = {
    stakeholders: data.stakeholders.map((s) => ({ id: s.id, name: s.name })),
    issues: data.issues.map((i) => ({ id: i.id, name: i.title })),
  };
  const selection = parseCompareParams(params, choices);
  // Ticks follow a click at once, before the URL update re-renders; any URL change (back, forward) resets them.
  const urlQuery = params.toString();
  const [ticked, setTicked] = useState<{ query: string; stakeholders: string[]; issues: string[] }>();
  const ticks = ticked?.query === urlQuery ? ticked : ticksOf(selection);
  const onSelect = (stakeholders: string[], issues: string[]) => {
    setTicked({ query: urlQuery, stakeholders, issues });
    const query = compareQuery(
      stakeholders,
      issues,
      choices.issues.map((i) => i.id),
    );
    // The day the view is as of stays in the address.
    replaceSearch(withAsOf(query, params));
  };
  return <CompareView data={data} howDerived={howDerived} selection={selection} ticks={ticks} onSelect={onSelect} />;
}
