import { getRaw } from '@/lib/data';
import { historyFile } from '@/lib/time/history-file';

// Every record (not the source texts) as one static file, /data/history.json: the as-of views
// (?asof=YYYY-MM-DD) and the changes page compute from it in the browser, offline, with no server.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(historyFile(getRaw()));
}
