import { builtFactsParts } from '@/lib/deck/built';
import { FACTS_COMMON_URL, factsPartFile } from '@/lib/deck/split';

// The deck's facts in parts (lib/deck/split.ts), static files: /brief/facts/common.json and one
// /brief/facts/i-<issue>.json per issue. A deck narrowed to some sides or issues is built from the
// common part and its issues' parts in the browser, offline, with no server. The default deck needs
// none of them: its slides are files of their own (app/brief/slides/[file]/route.ts).
export const dynamic = 'force-static';

const COMMON = FACTS_COMMON_URL.split('/').at(-1)!;

export function generateStaticParams() {
  return [COMMON, ...builtFactsParts().parts.map((p) => factsPartFile(p.issue))].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { common, parts } = builtFactsParts();
  const body = file === COMMON ? common : parts.find((p) => factsPartFile(p.issue) === file);
  if (!body) return new Response('unknown file', { status: 404 });
  return Response.json(body);
}
