/** Moved to lib/url/deck.ts (the URL-state module); kept so older imports resolve. Import from '@/lib/url'. */
export { overTimeProblems, readOverTime } from '../url/deck';
export type { OverTime } from '../url/deck';
