'use client';

import { useState } from 'react';
import { chartPage, slideSvg, type ChartWords } from '@/lib/chart-export';
import { downloadBlob, pngFromSvg, type Drawing } from '@/components/charts/download';

const BUTTON =
  'rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100';

/**
 * The proposal against the sides as a stand-alone image: PNG (2×), PNG for a 16:9 slide, SVG, made in
 * the browser, offline, from the drawing the server made (lib/proposals/chart-svg.ts) with its title,
 * takeaway, source and date around it (lib/chart-export.ts chartPage, as every chart's image).
 */
export function ProposalImage({ id, drawing, words }: { id: string; drawing: Drawing; words: ChartWords }) {
  const [problem, setProblem] = useState('');
  const name = `proposal-${id}`;
  const save = async (kind: 'png' | 'slide' | 'svg') => {
    try {
      setProblem('');
      if (kind === 'svg')
        return downloadBlob(new Blob([chartPage(words, drawing).svg], { type: 'image/svg+xml' }), `${name}.svg`);
      if (kind === 'png') return downloadBlob(await pngFromSvg(chartPage(words, drawing).svg, 2), `${name}.png`);
      downloadBlob(await pngFromSvg(slideSvg(words, drawing), 1), `${name}-16x9.png`);
    } catch (error) {
      setProblem(`Could not make the image: ${String(error)}`);
    }
  };
  return (
    <div className="no-print mt-2" data-testid="proposal-image">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Download ${words.title}`}>
        <span className="text-sm font-medium">Image of the terms against the sides:</span>
        {(
          [
            ['png', 'PNG'],
            ['slide', 'PNG 16:9'],
            ['svg', 'SVG'],
          ] as const
        ).map(([kind, label]) => (
          <button key={kind} type="button" className={BUTTON} onClick={() => save(kind)}>
            {label}
            <span className="sr-only"> of {words.title}</span>
          </button>
        ))}
      </div>
      {problem ? (
        <p role="status" className="mt-1 text-sm text-slate-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
