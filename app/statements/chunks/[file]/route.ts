import { getModel } from '@/lib/data';
import { statementChunks } from '@/lib/statement-chunks';

// The statements page's list in static files of STATEMENT_CHUNK digests each (/statements/chunks/<n>.json,
// from 1): the page's HTML carries only its first screen, and the browser fetches the rest one chunk at a time.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return statementChunks(getModel().statements).map((_, i) => ({ file: `${i + 1}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const chunk = statementChunks(getModel().statements)[Number(file.replace(/\.json$/, '')) - 1];
  if (!chunk) return new Response('no such chunk', { status: 404 });
  return Response.json(chunk);
}
