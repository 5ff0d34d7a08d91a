/** Builds the deck's facts from the model, on the server; deck.ts narrows and fits them anywhere. */
import type { Model } from '../model';
import { citeSources } from '../format';
import { sideStyles } from '../colors';
import type { Deck } from './deck';
import { buildDemandsSlide } from './slides/demands.build';
import { buildIssueSlides } from './slides/issue.build';
import { buildMatrixSlide } from './slides/matrix.build';
import { buildProposalSlides } from './slides/proposal.build';
import type { Proposals } from '../proposals/schema';
import { buildSourcesSlide } from './slides/sources.build';
import { buildTimelineSlide } from './slides/timeline.build';
import { buildTitle } from './slides/title.build';
import { buildWatchSlide } from './slides/watch.build';
import { formatDate } from '../dates';
import { sideRoles } from '../sides';

/** `proposals` (lib/proposals, cut to the same day as the model) add a slide per proposal. */
export function buildDeck(model: Model, proposals?: Proposals): Deck {
  const roles = sideRoles(model);
  const styles = sideStyles(model.stakeholders.map((s) => s.color));
  return {
    title: model.dataset.title,
    asOf: formatDate(model.dataset.asOf),
    asOfDate: model.dataset.asOf,
    stakeholders: model.stakeholders.map((s, i) => ({
      id: s.id,
      name: s.name,
      abbreviation: s.abbreviation,
      role: roles.get(s.id) ?? 'party',
      ...styles[i]!,
    })),
    issues: model.issues.map((i) => ({ id: i.id, title: i.title })),
    sources: model.sources.map((s) => ({
      id: s.id,
      citation: citeSources([s]),
      short: `${s.outlet}, ${formatDate(s.published, s.publishedApprox)}`,
    })),
    eventSources: model.events.map((e) => ({ source: e.source, ...(e.issues ? { issues: e.issues } : {}) })),
    statements: model.statements.map((s) => ({
      id: s.id,
      stakeholder: s.stakeholder,
      issues: s.issues,
      date: s.date,
      dateApprox: s.dateApprox,
      source: s.source,
    })),
    slides: [
      buildTitle(model),
      buildMatrixSlide(model),
      ...buildIssueSlides(model),
      buildDemandsSlide(model),
      ...(proposals ? buildProposalSlides(model, proposals) : []),
      buildTimelineSlide(model),
      buildWatchSlide(model),
      // The source ids beside the citations: the Sources slides list the sources the deck cites.
      { ...buildSourcesSlide(model), ids: model.sources.map((s) => s.id) },
    ],
  };
}
