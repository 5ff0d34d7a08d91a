import { builtDeck } from '@/lib/deck/built';

// One static JSON file per slide of the default deck (/brief/slides/<n>.json, n from 1): the slide as
// shown, narrowed and fitted. The /brief/ page carries the first slides and the index; the browser
// loads the slide on screen and its neighbours from these, and all of them to print or save a .pptx.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return builtDeck().slides.map((_, i) => ({ file: `${i + 1}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const slide = builtDeck().slides[Number(/^(\d+)\.json$/.exec(file)?.[1] ?? 0) - 1];
  if (!slide) return new Response('unknown slide', { status: 404 });
  return Response.json(slide);
}
