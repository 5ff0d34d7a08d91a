'use client';

import { useEffect, useState } from 'react';
import type { Deck } from '@/lib/deck/deck';

type Loaded = { key: string; deck?: Deck; error?: string };

/**
 * The deck the address asks for: the built deck (latest data; null until its facts, /brief/facts/*.json, are loaded), or — with `?asof=` or `?since=` — the
 * deck computed in the browser from /data/history.json (loaded on demand, offline). `pending` while
 * it is being worked out.
 */
export function useDeckOverTime(full: Deck | null, asof: string | null, since: string | null) {
  const key = asof === null && since === null ? '' : `${asof}|${since}`;
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all([import('@/lib/time/history-file'), import('@/lib/deck/over-time'), import('@/lib/proposals/asof')])
      .then(async ([{ loadHistory }, { deckOverTime }, { loadProposals }]) => {
        const [raw, proposals] = await Promise.all([loadHistory(), loadProposals()]);
        return deckOverTime(raw, { asof, since }, proposals);
      })
      .then(
        (deck) => live && setLoaded({ key, deck }),
        (error: unknown) => live && setLoaded({ key, error: `Could not load the data: ${String(error)}` }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names asof and since
  }, [key]);
  if (!key) return { deck: full, pending: full === null };
  if (loaded?.key !== key) return { deck: null, pending: true };
  return { deck: loaded.deck ?? full, pending: !loaded.deck && full === null, error: loaded.error };
}
