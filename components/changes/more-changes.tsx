'use client';
import { createContext, useContext } from 'react';
import { MoreBelow, type Loaded } from '@/components/lists/more-below';

/** The default window's whole file, as ChangesWindow loads it: its state and how to start it. */
export const ChangesFile = createContext<{ state: Loaded<unknown>['state']; load: () => void }>({
  state: 'idle',
  load: () => {},
});

/** Where a list of /changes/ is cut for size: how much it shows of how much; the rest load as the reader reaches it. */
export function MoreChanges({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  const { state, load } = useContext(ChangesFile);
  return <MoreBelow shown={shown} total={total} noun={noun} state={state} load={load} />;
}
