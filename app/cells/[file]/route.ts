import { getModel } from '@/lib/data';
import { issueCells } from '@/lib/page-views';

// One small JSON file per issue in the static export (/cells/<issue>.json): the detail the home page's
// panel opens, loaded from the same origin only when a cell is opened.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return getModel().issues.map((issue) => ({ file: `${issue.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const cells = issueCells(getModel(), file.replace(/\.json$/, ''));
  if (!cells) return new Response('unknown issue', { status: 404 });
  return Response.json(cells);
}
