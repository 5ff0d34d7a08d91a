import { getModel } from '@/lib/data';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';
import { matrixView } from '@/lib/reshape';
import { PositionMatrix } from '@/components/matrix/position-matrix';
import { CellPanel } from '@/components/matrix/cell-panel';
import { EvidenceLegend } from '@/components/matrix/evidence-glyphs';

export default function HomePage() {
  const model = getModel();
  const { dataset } = model;
  return (
    <>
      <h1 className="text-xl font-bold">Where each side stands</h1>
      <p className="text-sm text-slate-800">{dataset.subject}</p>
      <div className="mt-1">
        <PositionMatrix matrix={matrixView(model)} />
      </div>
      <div className="mt-1 space-y-1">
        <EvidenceLegend />
        <p className="text-sm text-slate-700">
          As of {formatDate(dataset.asOf)}: {plural(model.statements.length, 'statement')} from{' '}
          {plural(model.sources.length, 'source')}. Stances are analyst judgements on each issue’s 0–100 scale; open a
          cell for the words behind it.
        </p>
      </div>
      <CellPanel />
    </>
  );
}
