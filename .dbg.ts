import fs from 'node:fs';
import { readArticle } from './lib/ingest/article';
import { extractCandidates } from './lib/ingest/extract';
import { corpusArticles } from './lib/ingest/corpus';
const [dir, name] = process.argv.slice(2);
for (const a of corpusArticles(dir!)) {
  if (name && a.name !== name) continue;
  const art = readArticle(a.file, fs.readFileSync(a.file));
  const c = extractCandidates(art.paragraphs, { published: a.labels.published, headline: art.headline });
  for (const x of c) if (x.quote) console.log(JSON.stringify(x.quote.slice(0, 40)), '→', x.speaker, '|', x.evidence, x.speakerKind, '|', x.attribution.rule, '|', x.attribution.words);
}
