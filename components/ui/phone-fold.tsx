'use client';

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { currentSearch } from '@/lib/url/store';
import { readQuery, type ParamName } from '@/lib/url';

/** A phone, as the site's CSS says it (app/globals.css: ≤ 640 px). */
export const PHONE_QUERY = '(max-width: 640px)';

/**
 * A long list a phone reader reaches in one tap: open in the HTML (so without JavaScript, and on a
 * wide screen, everything shows as before), closed once the page runs on a phone, its summary saying
 * what opens. On a wide screen the summary is hidden and the list stays open. `keepOpen` names URL
 * parameters that leave it open on a phone too (a filter the reader set shows its result).
 */
export function PhoneFold({
  summary,
  keepOpen = [],
  className = '',
  children,
}: {
  summary: ReactNode;
  keepOpen?: readonly ParamName[];
  className?: string;
  children: ReactNode;
}) {
  const fold = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const details = fold.current;
    if (!details) return;
    const phone = window.matchMedia(PHONE_QUERY);
    const query = readQuery(currentSearch());
    if (phone.matches && !keepOpen.some((key) => query.get(key))) details.open = false;
    // Turned to a wide screen, the summary is hidden: the list must be open there.
    const widened = () => {
      if (!phone.matches) details.open = true;
    };
    phone.addEventListener('change', widened);
    return () => phone.removeEventListener('change', widened);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once, when the page starts on a phone
  }, []);
  return (
    <details ref={fold} open className={`phone-fold ${className}`} data-phone-fold="">
      <summary className="font-medium text-blue-800">{summary}</summary>
      {children}
    </details>
  );
}
