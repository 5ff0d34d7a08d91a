import { getModel } from '@/lib/data';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';
import { matrixView } from '@/lib/reshape';
import { PositionMatrix } from '@/components/matrix/position-matrix';

export default function HomePage() {
  const model = getModel();
  const { dataset } = model;
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Where each side stands</h1>
      <p className="mt-1 max-w-5xl text-slate-800">{dataset.subject}</p>
      <p className="mt-1 max-w-5xl text-sm text-slate-700">
        As of {formatDate(dataset.asOf)}: {plural(model.statements.length, 'statement')} from{' '}
        {plural(model.sources.length, 'source')}. Stances are analyst judgements on each issue’s 0–100 scale; open a
        cell for the words behind it.
      </p>
      <div className="mt-4">
        <PositionMatrix matrix={matrixView(model)} />
      </div>
    </>
  );
}
