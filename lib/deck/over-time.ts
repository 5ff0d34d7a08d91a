/**
 * The deck over time, computed in the browser from /data/history.json: the whole deck as it stood at
 * the end of `asof`, and with `since` a "What changed since <date>" slide after the title. Loaded
 * lazily by the /brief/ page only when `?asof=` or `?since=` is in its address.
 */
import type { RawDataset } from '../validate';
import { dateKey } from '../dates';
import { isFullDate, rawAsOf } from '../time/asof';
import { modelAsOf } from '../time/history-file';
import { buildDeck } from './build';
import type { Deck } from './deck';
import { buildChangesSlide } from './slides/changes.build';
import type { OverTime } from '../url/deck';
import type { Proposals } from '../proposals/schema';
import { proposalsAsOf } from '../proposals/asof';

/**
 * The deck for the address: as of `asof` (when valid and earlier than the data), with the changes since
 * `since`; the proposals (/data/proposals.json) cut to the same day.
 */
export function deckOverTime(raw: RawDataset, { asof, since }: OverTime, proposals?: Proposals): Deck {
  const last = dateKey(raw.dataset.asOf);
  const day = asof !== null && isFullDate(asof) && asof < last ? asof : last;
  const deck = buildDeck(modelAsOf(raw, day), proposals && proposalsAsOf(proposals, raw, day));
  if (since === null || !isFullDate(since) || since >= day) return deck;
  const [first, ...rest] = deck.slides;
  return { ...deck, slides: [first!, buildChangesSlide(rawAsOf(raw, day), since, day), ...rest] };
}
