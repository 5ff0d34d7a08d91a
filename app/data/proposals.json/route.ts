import { getProposals } from '@/lib/proposals/data';

// The validated proposals and model inputs as one static file, /data/proposals.json: the proposal
// pages' as-of views (?asof=YYYY-MM-DD) cut them to a day in the browser (lib/proposals/asof.ts).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getProposals());
}
