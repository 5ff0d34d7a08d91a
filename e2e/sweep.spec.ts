/**
 * The whole-site sweep (e2e/sweep.ts: security, axe and quotation marks on one visit a page) on the
 * seed build (out/) and on the markup fixture build (out-markup/: data whose text fields carry
 * markup and script).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildModel } from '../lib/model';
import { outDir } from '../lib/site/pages';
import { writeMarkupData } from '../scripts/markup-fixture';
import { expect, fixtureData, markupBaseURL, model } from './fixtures';
import { sweep } from './sweep';

sweep({
  name: 'seed build',
  out: outDir(),
  model,
  // Views worked out in the browser from /data/history.json: checked once they are drawn.
  overTime: [
    [
      '/changes/?from=2025-07-31&to=2025-08-31',
      (page) =>
        expect(page.locator('h2:text-is("Changes after 31 Jul 2025 up to and including 31 Aug 2025")')).toBeAttached(),
    ],
    [
      // The deck puts only the slide shown in the page: slide 2 is the first changes slide.
      '/brief/?since=2025-08-01&slide=2',
      (page) => expect(page.locator('.deck:not([data-pending]) .slide[data-slide^="changes"]')).toBeAttached(),
    ],
  ],
});

// The same data the markup fixture build used, read through the loader for its source texts.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-sweep-'));
writeMarkupData(scratch);
const markupModel = buildModel(fixtureData(scratch));
fs.rmSync(scratch, { recursive: true, force: true });
sweep({ name: 'markup fixture build', out: 'out-markup', model: markupModel, baseURL: markupBaseURL });
