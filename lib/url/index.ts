/**
 * The URL-state module: every page parameter's name, how it is read, checked and written. Views
 * import from here (or from one file of this folder); no other file parses an address.
 */
export * from './query';
export * from './asof';
export * from './pages';
export * from './selection';
export * from './deck';
export * from './window';
export * from './statements';
export * from './settlement';
