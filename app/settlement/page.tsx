import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { dateKey } from '@/lib/dates';
import { DroppedAsOf } from '@/components/time/dropped-as-of';
import { getProposals } from '@/lib/proposals/data';
import { settlementData } from '@/lib/proposals/view';
import { SettlementExplorer } from '@/components/settlement/explorer';
import { DateText } from '@/components/ui/date-text';

export const metadata: Metadata = { title: 'What-if: test a package' };

/**
 * The package tester. The static HTML draws every issue with no point set (and the model panel);
 * the client reads `?<issue>=<0–100>` and redraws each side's distance, red lines and the zone.
 */
export default function SettlementPage() {
  const model = getModel();
  const data = settlementData(model, getProposals());
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">What-if: test a package</h1>
      <DroppedAsOf page="The what-if" latest={dateKey(model.dataset.asOf)} />
      <p className="mt-1 max-w-5xl text-slate-800">
        Set one point per issue — by slider or number, or start from a proposal or a side’s positions — and see how far
        it lies from each side’s current stance, which stated red lines it crosses, and where the sides’ stances leave a
        zone of possible agreement. Stances are analyst judgements; where a side has no stance placed, nothing can be
        said. Data as of <DateText date={model.dataset.asOf} />.
      </p>
      <SettlementExplorer data={data} />
    </>
  );
}
