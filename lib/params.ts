/** Moved to lib/url (the URL-state module); kept so older imports resolve. Import from '@/lib/url'. */
export { parseCompareParams, compareQuery, parseSelection } from './url/selection';
export type { Choice, CompareSelection, Selection } from './url/selection';
export { parseSlide } from './url/deck';
export type { SearchParamsLike } from './url/query';
