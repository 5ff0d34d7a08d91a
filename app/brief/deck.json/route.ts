import { builtDeckFacts } from '@/lib/deck/built';

// The whole deck's facts as one static file, /brief/deck.json: a deck narrowed to some sides or issues
// is built from it in the browser, offline, with no server. The default deck needs none of it: its
// slides are files of their own (app/brief/slides/[file]/route.ts).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(builtDeckFacts());
}
