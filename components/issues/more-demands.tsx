'use client';
import type { DemandView } from '@/lib/reshape';
import { DemandList } from '@/components/demands/demand-list';
import { MoreBelow, useFile } from '@/components/lists/more-below';

type Props = { url: string; shown: number; total: number };

/** The demands an issue page's HTML leaves out, loaded as the reader reaches them. */
export function MoreDemands({ url, shown, total }: Props) {
  const { loaded, load } = useFile<DemandView[]>(url);
  if (loaded.state === 'done')
    return (
      <div className="mt-3">
        <DemandList demands={loaded.data} />
      </div>
    );
  return <MoreBelow shown={shown} total={total} noun="demands" state={loaded.state} load={load} />;
}
