/** Moved to lib/url/window.ts (the URL-state module); kept so older imports resolve. Import from '@/lib/url'. */
export { readWindow, windowOf, windowQuery } from '../url/window';
export type { WindowChoice } from '../url/window';
