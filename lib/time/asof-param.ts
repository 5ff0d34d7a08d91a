/** Moved to lib/url/asof.ts (the URL-state module); kept so older imports resolve. Import from '@/lib/url'. */
export { dataRange, readAsOf, computedDay, asOfNotice } from '../url/asof';
export type { DataRange, AsOfRequest } from '../url/asof';
export { withParam } from '../url/query';
