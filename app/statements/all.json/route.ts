import { getModel } from '@/lib/data';
import { digestStatement } from '@/lib/digest';

// Every statement's digest as one static file (/statements/all.json), so the statements page carries
// only its first page in its HTML and loads the rest when the browser has time.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getModel().statements.map(digestStatement));
}
