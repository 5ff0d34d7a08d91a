/** /changes/'s default window, for the page and its file (app/parts/): server side only, off the client bundle. */
import type { RawDataset } from './validate';
import { dateKey } from './dates';
import { changesView, type ChangesView } from './time/changes-view';
import { defaultWindow } from './time/core';

/** /changes/'s default window (the 30 days to the data's as-of date), in full: the page cuts it, the file holds it. */
export function defaultChanges(raw: RawDataset): ChangesView {
  const { from, to } = defaultWindow(dateKey(raw.dataset.asOf));
  return changesView(raw, from, to);
}
