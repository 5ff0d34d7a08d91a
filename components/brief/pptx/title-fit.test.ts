/**
 * The .pptx's slide titles fit above what follows them, on the seed (long proposal titles) and the
 * size fixture (lib/fixtures/size-data, fictional). Lines are measured with Carlito's widths
 * (text-fit.ts), which the first test holds to how LibreOffice drew a seed title.
 */
import path from 'node:path';
import JSZip from 'jszip';
// Loaded with the file, not inside the first test that builds a .pptx.
import 'pptxgenjs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDeck } from '@/lib/deck/built';
import { buildPptx } from '.';
import { LINE_HEIGHT, wrapLines } from './text-fit';

const EMU = 914400;
const SCOPE = { stakeholders: [], issues: [], since: null };

/** Each slide's shapes as drawn: text, font size, bold, box in inches; the title first. */
async function slideShapes(dir: string) {
  const before = process.env.STANDPOINT_DATA_DIR;
  process.env.STANDPOINT_DATA_DIR = dir;
  try {
    const pptx = await buildPptx(builtDeck(), SCOPE as never);
    const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer);
    const names = Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    return Promise.all(
      names.map(async (f) =>
        [...(await zip.file(f)!.async('string')).matchAll(/<p:(sp|graphicFrame|cxnSp)>([\s\S]*?)<\/p:\1>/g)].map(
          (m) => {
            const off = m[2]!.match(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/)!;
            return {
              text: [...m[2]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''),
              size: Number(m[2]!.match(/ sz="(\d+)"/)?.[1] ?? 0) / 100,
              bold: / b="1"/.test(m[2]!),
              anchor: m[2]!.match(/anchor="(\w+)"/)?.[1],
              y: +off[2]! / EMU,
              w: +off[3]! / EMU,
              h: +off[4]! / EMU,
            };
          },
        ),
      ),
    );
  } finally {
    if (before === undefined) delete process.env.STANDPOINT_DATA_DIR;
    else process.env.STANDPOINT_DATA_DIR = before;
  }
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('.pptx slide titles', () => {
  afterAll(() => delete process.env.STANDPOINT_DATA_DIR);

  it('are measured as LibreOffice wraps them: the seed’s first proposal title at 32 pt breaks after “and”', async () => {
    const title = builtDeck().slides.find((s) => s.kind === 'proposal')!.title;
    // Seen in the seed deck's slide 10 as LibreOffice drew it (before titles were fitted): two lines, the first ending “… Putin and”.
    const lines = wrapLines(title, 12.333, { fontSize: 32, bold: true });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ and$/);
  });

  for (const [name, dir] of [
    ['the seed', 'data'],
    ['the size fixture', 'lib/fixtures/size-data'],
  ] as const)
    it(`on ${name}, every title’s lines sit inside its box and end before the first shape under it`, async () => {
      const slides = await slideShapes(path.resolve(dir));
      const problems = slides.flatMap((shapes, n) => {
        const [title, ...rest] = shapes;
        const text = unescape(title!.text);
        const lines = wrapLines(text, title!.w, { fontSize: title!.size, bold: title!.bold }).length;
        const ink = (lines * title!.size * LINE_HEIGHT) / 72;
        // Centred in its box (anchor "ctr"), or from its top.
        const top = title!.y + (title!.anchor === 'ctr' ? (title!.h - ink) / 2 : 0.05);
        const next = Math.min(...rest.filter((s) => s.y > title!.y).map((s) => s.y));
        return top < title!.y || top + ink > Math.min(next, title!.y + title!.h)
          ? [
              `slide ${n + 1}: “${text}” (${lines} lines at ${title!.size} pt) from ${top.toFixed(2)} to ${(top + ink).toFixed(2)} in; next shape at ${next.toFixed(2)} in`,
            ]
          : [];
      });
      expect(problems).toEqual([]);
    });
});
