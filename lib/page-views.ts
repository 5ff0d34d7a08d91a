/**
 * What each page shows, from the reshape layer's records: pages call one function with their route's
 * id and render the result, so no page looks an id up or filters the model itself.
 */
import type { Model } from './model';
import { cellView, demandViews, sideOf, type CellView } from './reshape';
import { passageSegments } from './analysis/passages';
import { earliestDate, positionHistory } from './analysis/position-history';

/** What an issue page shows, or undefined for an unknown id. */
export function issuePage(model: Model, id: string) {
  const issue = model.issueById.get(id);
  if (!issue) return undefined;
  return {
    issue,
    cells: model.stakeholders.map((s) => cellView(model, s.id, issue)),
    /** Each side's stance over time on this issue, by stakeholder id (absent: no position). */
    histories: Object.fromEntries(
      model.stakeholders.map((s) => [
        s.id,
        positionHistory(model, s.id, id, earliestDate(model.positions.filter((p) => p.issue === id))),
      ]),
    ),
    demands: demandViews(model, { issue: id }),
    endedDemands: demandViews(model, { issue: id }, { ended: 'only' }),
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
    /** Its stance over time on each issue, by issue id (absent: no position). */
    histories: Object.fromEntries(
      model.issues.map((issue) => [
        issue.id,
        positionHistory(model, id, issue.id, earliestDate(model.positions.filter((p) => p.stakeholder === id))),
      ]),
    ),
    hasPositions: model.positions.some((p) => p.stakeholder === id),
    demands: demandViews(model, { stakeholder: id }),
    endedDemands: demandViews(model, { stakeholder: id }, { ended: 'only' }),
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
/** What cites one statement: the statement itself, then the positions and demands resting on it. */
export type CitedBy = { kind: 'statement' | 'position' | 'demand'; label: string; href: string };

function citedBy(model: Model, statement: Model['statements'][number]): CitedBy[] {
  const side = model.stakeholderById.get(statement.stakeholder)?.name ?? statement.stakeholder;
  const links: CitedBy[] = [
    {
      kind: 'statement',
      label: `Statement by ${statement.actorRecord.name}`,
      href: `/stakeholders/${statement.stakeholder}/#actor-${statement.actor}`,
    },
  ];
  for (const p of model.positions.filter((p) => p.statements.includes(statement.id)))
    links.push({
      kind: 'position',
      label: `Position: ${model.stakeholderById.get(p.stakeholder)?.name ?? p.stakeholder} on ${model.issueById.get(p.issue)?.title ?? p.issue}`,
      href: `/issues/${p.issue}/#side-${p.stakeholder}`,
    });
  for (const d of model.demands.filter((d) => d.statements.includes(statement.id)))
    links.push({
      kind: 'demand',
      label: `Demand of ${side}: ${d.text}`,
      href: `/issues/${d.issue}/#side-${d.stakeholder}`,
    });
  return links;
}

/** What a source page shows: its text with every cited passage marked and linked to what cites it. */
export function sourcePage(model: Model, id: string) {
  const source = model.sourceById.get(id);
  if (!source) return undefined;
  const statements = model.statements.filter((s) => s.source === id);
  const speaker = new Map(statements.map((s) => [s.id, s.actorRecord.name]));
  const cites = new Map(statements.map((s) => [s.id, citedBy(model, s)]));
  const raw = passageSegments(model.texts.get(id) ?? '', statements);
  // A passage's links sit after its last run, so the whole highlighted passage reads before them.
  const lastRun = new Map<string, number>();
  raw.forEach((segment, i) => segment.covering.forEach((s) => lastRun.set(s, i)));
  const segments = raw.map((segment, i) => ({
    ...segment,
    speakers: [...new Set(segment.starts.map((s) => speaker.get(s)))].join(', '),
    citedBy: segment.covering.filter((s) => lastRun.get(s) === i).flatMap((s) => cites.get(s) ?? []),
  }));
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
