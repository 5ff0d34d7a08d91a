/**
 * The name a downloaded deck is saved under: the data's as-of date (or the `?asof=` day shown) and
 * the narrowing, so two briefings saved on one morning do not overwrite or pass for each other:
 * standpoint-brief-2025-08-07-russia-ukraine-territory.pptx, …-since-2025-08-01.pdf.
 */
export type DeckScope = {
  /** The day the deck stands as of, YYYY-MM-DD. */
  asOfDate: string;
  /** The chosen sides and issues (ids); empty means all. */
  stakeholders: string[];
  issues: string[];
  /** `?since=` when the deck has a changes slide. */
  since?: string | null;
};

export function deckFileName({ asOfDate, stakeholders, issues, since }: DeckScope, extension: 'pptx' | 'pdf'): string {
  const parts = ['standpoint-brief', asOfDate, ...stakeholders, ...issues, ...(since ? ['since', since] : [])];
  return `${parts.join('-').replace(/[^A-Za-z0-9-]+/g, '-')}.${extension}`;
}
