import { getModel } from '@/lib/data';
import { buildDeck } from '@/lib/deck/build';
import { getProposals } from '@/lib/proposals/data';

// The whole deck's facts as one static file, /brief/deck.json: the /brief/ page carries only its first
// slides in its HTML and builds every other slide (and any narrowing, print or .pptx) from this file in
// the browser, offline, with no server.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildDeck(getModel(), getProposals()));
}
