'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { WindowStart } from '@/lib/time/words';

const Starts = createContext<WindowStart[]>([]);

/** The data's events a change window can start at, for the marker menu wherever the matrix is drawn. */
export function SinceEvents({ starts, children }: { starts: WindowStart[]; children: ReactNode }) {
  return <Starts.Provider value={starts}>{children}</Starts.Provider>;
}

export const useSinceEvents = () => useContext(Starts);
