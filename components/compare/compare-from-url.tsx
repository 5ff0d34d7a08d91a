'use client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import type { CompareData, HowDerived } from '@/lib/analysis/compare';
import { compareChoices, compareFileUrl, withIssueFiles, type CompareIssueFile } from '@/lib/analysis/compare-files';
import { compareQuery, parseCompareParams, withAsOf } from '@/lib/url';
import { CompareResults, CompareView, ticksOf } from './compare-view';

type Props = {
  data: CompareData;
  howDerived: HowDerived;
  /**
   * The static page's default comparison, drawn on the server, and its sides: `data` then holds no
   * positions or demands, and any other selection loads its issues' files (/compare/data/<issue>.json).
   */
  byFile?: { sides: string[]; children: ReactNode };
};

/** Reads the selection from the URL and writes it back on every change: a link reproduces the view. */
export function CompareFromUrl({ data, howDerived, byFile }: Props) {
  const [params, replaceSearch] = useUrlSearch();
  const choices = compareChoices(data);
  const selection = parseCompareParams(params, choices);
  // The server drew the default comparison; any other needs its issues' files.
  const isDefault =
    byFile !== undefined &&
    selection.stakeholders.join() === byFile.sides.join() &&
    selection.issues.length === choices.issues.length;
  const wanted = byFile && !isDefault ? selection.issues : [];
  const files = useIssueFiles(wanted);
  const loaded = wanted.flatMap((issue) => (files[issue] && files[issue] !== 'failed' ? [files[issue]] : []));
  const loadedKey = loaded.map((f) => f.issue).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loadedKey` names the files merged
  const shownData = useMemo(() => withIssueFiles(data, loaded), [data, loadedKey]);
  const pending: Record<string, 'loading' | 'failed'> = {};
  for (const issue of wanted)
    if (files[issue] === undefined || files[issue] === 'failed') pending[issue] = files[issue] ?? 'loading';
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
  return (
    <CompareView data={data} selection={selection} ticks={ticks} onSelect={onSelect}>
      {isDefault ? (
        byFile.children
      ) : (
        <CompareResults data={shownData} howDerived={howDerived} selection={selection} pending={pending} />
      )}
    </CompareView>
  );
}

/** The issue files asked for so far, each loaded once, in the order asked (the first issues arrive first). */
function useIssueFiles(wanted: string[]) {
  const [files, setFiles] = useState<Record<string, CompareIssueFile | 'failed'>>({});
  const requested = useRef(new Set<string>());
  const wantedKey = wanted.join(',');
  useEffect(() => {
    for (const issue of wantedKey ? wantedKey.split(',') : []) {
      if (requested.current.has(issue)) continue;
      requested.current.add(issue);
      fetch(compareFileUrl(issue))
        .then((response) => {
          if (!response.ok) throw new Error(`${compareFileUrl(issue)}: ${response.status}`);
          return response.json() as Promise<CompareIssueFile>;
        })
        .then(
          (file) => setFiles((all) => ({ ...all, [issue]: file })),
          () => {
            requested.current.delete(issue);
            setFiles((all) => ({ ...all, [issue]: 'failed' }));
          },
        );
    }
  }, [wantedKey]);
  return files;
}
