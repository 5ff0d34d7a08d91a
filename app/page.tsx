import { getModel } from '@/lib/data';
import { homeView } from '@/lib/home-view';
import { HomeMatrix } from '@/components/matrix/home-matrix';
import { AsOfHome } from '@/components/matrix/as-of-home';
import { CellPanel } from '@/components/matrix/cell-panel';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange } from '@/lib/url';

export default function HomePage() {
  const model = getModel();
  const { dataset } = model;
  const range = dataRange(model);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-xl font-bold">Where each side stands</h1>
        <AsOfControl {...range} />
      </div>
      <p className="text-sm text-slate-800">{dataset.subject}</p>
      <AsOfHome {...range}>
        <HomeMatrix view={homeView(model)} />
      </AsOfHome>
      <CellPanel {...range} />
    </>
  );
}
