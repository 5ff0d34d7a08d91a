'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { CompareData } from '@/lib/analysis/compare';
import { compareQuery, parseCompareParams } from '@/lib/params';
import { CompareView } from './compare-view';

/** Reads the selection from the URL and writes it back on every change: a link reproduces the view. */
export function CompareFromUrl({ data }: { data: CompareData }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const choices = {
    stakeholders: data.stakeholders.map((s) => ({ id: s.id, name: s.name })),
    issues: data.issues.map((i) => ({ id: i.id, name: i.title })),
  };
  const selection = parseCompareParams(params, choices);
  const onSelect = (stakeholders: string[], issues: string[]) => {
    const query = compareQuery(stakeholders, issues, choices.issues.map((i) => i.id));
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return <CompareView data={data} selection={selection} onSelect={onSelect} />;
}
