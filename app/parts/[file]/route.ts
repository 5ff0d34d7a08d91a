import { getModel, getRaw } from '@/lib/data';
import { defaultChanges } from '@/lib/changes-default';
import type { Model } from '@/lib/model';
import { issuePage } from '@/lib/page-views';
import { statementChunks } from '@/lib/statement-chunks';
import { CHANGES_FILE, DEMANDS_SHOWN, SIDES_SHOWN, issueParts } from '@/lib/page-parts';

// The rest of long lists, as static files (/parts/<file>): an issue page's HTML carries its first
// sides, demands and statements, /changes/ its first moves and changes; the browser loads these as
// the reader reaches the end of each list.
export const dynamic = 'force-static';

const cache = new WeakMap<Model, Map<string, () => unknown>>();

/** Every part file's name and how to make its body (each page's view worked out once, when first asked). */
function parts(): Map<string, () => unknown> {
  const model = getModel();
  const known = cache.get(model);
  if (known) return known;
  const files = new Map<string, () => unknown>();
  for (const issue of model.issues) {
    const names = issueParts(issue.id);
    let page: ReturnType<typeof issuePage>;
    const view = () => (page ??= issuePage(model, issue.id))!;
    files.set(names.sides, () => {
      const cells = view().cells.slice(SIDES_SHOWN);
      const histories = view().histories;
      return cells.map((cell) => ({ cell, history: histories[cell.side.id] }));
    });
    files.set(names.demands, () => view().demands.slice(DEMANDS_SHOWN));
    const statements = model.statements.filter((s) => s.issues.includes(issue.id));
    statementChunks(statements).forEach((chunk, i) => files.set(`${names.statements}${i + 1}.json`, () => chunk));
  }
  files.set(CHANGES_FILE, () => defaultChanges(getRaw()));
  cache.set(model, files);
  return files;
}

export function generateStaticParams() {
  return [...parts().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const body = parts().get(file);
  if (!body) return new Response('no such part', { status: 404 });
  return Response.json(body());
}
