/**
 * What each page shows, from the reshape layer's records: pages call one function with their route's
 * id and render the result, so no page looks an id up or filters the model itself.
 */
import type { Model } from './model';
import { cellView, demandViews, sideOf, type CellView } from './reshape';
import { passageSegments, type Segment } from './analysis/passages';

/** What an issue page shows, or undefined for an unknown id. */
export function issuePage(model: Model, id: string) {
  const issue = model.issueById.get(id);
  if (!issue) return undefined;
  return {
    issue,
    cells: model.stakeholders.map((s) => cellView(model, s.id, issue)),
    demands: demandViews(model, { issue: id }),
    statements: model.statements.filter((s) => s.issues.includes(id)),
  };
}

/** What a stakeholder page shows, or undefined for an unknown id. */
export function stakeholderPage(model: Model, id: string) {
  const stakeholder = model.stakeholderById.get(id);
  if (!stakeholder) return undefined;
  const statements = model.statements.filter((s) => s.stakeholder === id);
  return {
    side: sideOf(model, id),
    description: stakeholder.description,
    actors: model.actors
      .filter((a) => a.stakeholder === id)
      .map((actor) => ({ actor, statements: statements.filter((s) => s.actor === actor.id).length })),
    cells: model.issues.map((issue) => cellView(model, id, issue)),
    hasPositions: model.positions.some((p) => p.stakeholder === id),
    demands: demandViews(model, { stakeholder: id }),
    statements,
  };
}

/** The stakeholders index: each side with its description and how much the sources say. */
export function sideIndex(model: Model) {
  return model.stakeholders.map((stakeholder) => ({
    side: sideOf(model, stakeholder.id),
    description: stakeholder.description,
    statements: model.statements.filter((s) => s.stakeholder === stakeholder.id).length,
    issuesWithPosition: new Set(model.positions.filter((p) => p.stakeholder === stakeholder.id).map((p) => p.issue))
      .size,
  }));
}

/** The issues index: each issue with how many statements bear on it and how many sides take a position. */
export function issueIndex(model: Model) {
  return model.issues.map((issue) => ({
    issue,
    statements: model.statements.filter((s) => s.issues.includes(issue.id)).length,
    sidesWithPosition: new Set(model.positions.filter((p) => p.issue === issue.id).map((p) => p.stakeholder)).size,
  }));
}

/** The sources index: each source with how many statements quote it. */
export function sourceIndex(model: Model) {
  return model.sources.map((source) => ({
    source,
    statements: model.statements.filter((s) => s.source === source.id).length,
  }));
}

/** A source's full text in runs, each cited passage marked with who is reported in it; undefined for an unknown id. */
export function sourcePage(model: Model, id: string) {
  const source = model.sourceById.get(id);
  if (!source) return undefined;
  const statements = model.statements.filter((s) => s.source === id);
  const speaker = new Map(statements.map((s) => [s.id, s.actorRecord.name]));
  const segments: (Segment & { speakers: string })[] = passageSegments(model.texts.get(id) ?? '', statements).map(
    (segment) => ({
      ...segment,
      speakers: [...new Set(segment.starts.map((s) => speaker.get(s)))].join(', '),
    }),
  );
  // A publication speaking for itself: its own analysis, not anyone it reports.
  const own = statements.filter((s) => s.actorRecord.kind === 'publication');
  return {
    source,
    statements: statements.length,
    segments,
    ownAnalysis: { passages: own.length, names: [...new Set(own.map((s) => s.actorRecord.name))] },
  };
}

/**
 * The detail the home page's panel loads for one issue: every side's cell, keyed by stakeholder id.
 * Written into the export as /cells/<issue>.json, so the home page itself carries no statement cards.
 */
export function issueCells(model: Model, id: string): Record<string, CellView> | undefined {
  const issue = model.issueById.get(id);
  if (!issue) return undefined;
  return Object.fromEntries(model.stakeholders.map((s) => [s.id, cellView(model, s.id, issue)]));
}
