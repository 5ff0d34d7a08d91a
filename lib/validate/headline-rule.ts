/**
 * The headline rule itself, with no imports, so the validator (./headline.ts), the headline the
 * pages fall back on and the headline the studio and intake propose (lib/format.ts's
 * fallbackHeadline) all keep the one rule: at most HEADLINE_MAX_WORDS words and
 * HEADLINE_MAX_CHARS characters, and no quotation marks of any kind (a headline is our words).
 */
export const HEADLINE_MAX_WORDS = 8;
export const HEADLINE_MAX_CHARS = 60;

/** Double, curly, guillemet and low-9 quotation marks; single marks double as apostrophes. */
export const QUOTATION_MARK = /["“”„‟«»]/;

export const headlineWords = (headline: string) => headline.trim().split(/\s+/).length;

/** Whether a headline keeps the rule (the validator says which part it breaks). */
export function keepsHeadlineRule(headline: string): boolean {
  return (
    headlineWords(headline) <= HEADLINE_MAX_WORDS &&
    headline.length <= HEADLINE_MAX_CHARS &&
    !QUOTATION_MARK.test(headline)
  );
}
