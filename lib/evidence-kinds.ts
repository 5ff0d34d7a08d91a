/**
 * The evidence kinds, in the order every view lists them. A module of its own, free of zod, so
 * browser code (the as-of views, the statement filter) can use the list without the schema library.
 */
export const EVIDENCE_KINDS = ['direct-quote', 'paraphrase', 'anonymous-officials', 'analyst-assessment'] as const;
