import { getModel } from '@/lib/data';
import { chartsPageViews } from '@/lib/reshape-charts';

// One static JSON file per chart of /charts/ (/charts/data/<chart id>.json): its table and display-ready
// body, fetched from the same origin when the chart nears the viewport, so the page's HTML carries
// only the charts' words.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return chartsPageViews(getModel()).map((view) => ({ file: `${view.head.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const view = chartsPageViews(getModel()).find((v) => `${v.head.id}.json` === file);
  if (!view) return new Response('unknown chart', { status: 404 });
  return Response.json(view.data);
}
