'use client';
import { useEffect } from 'react';
import type { CellView } from '@/lib/reshape';
import type { PositionHistory } from '@/lib/analysis/position-history';
import { MoreBelow, useFile } from '@/components/lists/more-below';
import { SideTrack } from './side-track';

type Props = {
  url: string;
  shown: number;
  total: number;
  /** The sides in the file, for `#side-<id>` links. */ ids: string[];
};

/**
 * The sides an issue page's HTML leaves out, loaded as the reader reaches them — or at once when the
 * address names one (`#side-<id>`, from the stances above or another page), which is then scrolled to.
 */
export function MoreSides({ url, shown, total, ids }: Props) {
  const { loaded, load } = useFile<{ cell: CellView; history?: PositionHistory }[]>(url);
  useEffect(() => {
    const named = () => ids.includes(decodeURIComponent(window.location.hash).replace(/^#side-/, '')) && load();
    named();
    window.addEventListener('hashchange', named);
    return () => window.removeEventListener('hashchange', named);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: `load` only reads refs and the url
  }, []);
  const done = loaded.state === 'done';
  useEffect(() => {
    if (done && window.location.hash.startsWith('#side-'))
      document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [done]);
  if (loaded.state === 'done')
    return (
      <div className="mt-3 grid gap-3 lg:grid-cols-2">
        {loaded.data.map(({ cell, history }) => (
          <SideTrack key={cell.side.id} cell={cell} history={history} />
        ))}
      </div>
    );
  return <MoreBelow shown={shown} total={total} noun="sides" state={loaded.state} load={load} />;
}
