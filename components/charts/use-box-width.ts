'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The width of a chart's box in pixels, followed as it changes (a phone turned, a window resized):
 * `first` until the box has been measured. Charts lay their labels out in pixels with it.
 */
export function useBoxWidth<T extends HTMLElement>(first: number) {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(first);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { box, width };
}
