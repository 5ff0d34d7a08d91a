import { getModel } from '@/lib/data';
import { buildCompareData } from '@/lib/analysis/compare-data';
import { compareIssueFile } from '@/lib/analysis/compare-files';
import type { CompareData } from '@/lib/analysis/compare';
import type { Model } from '@/lib/model';

// Compare's digest, one static file per issue (/compare/data/<issue>.json): every side's position on
// the issue and the demands on it. The page's HTML holds the default comparison; the browser loads
// these only for the issues of another selection.
export const dynamic = 'force-static';

// Built once per build, not once per file.
const digests = new WeakMap<Model, CompareData>();
function digest(model: Model): CompareData {
  let data = digests.get(model);
  if (!data) digests.set(model, (data = buildCompareData(model)));
  return data;
}

export function generateStaticParams() {
  return getModel().issues.map((issue) => ({ file: `${issue.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const model = getModel();
  const issue = file.replace(/\.json$/, '');
  if (!model.issueById.get(issue)) return new Response('unknown issue', { status: 404 });
  return Response.json(compareIssueFile(digest(model), issue));
}
