/**
 * Cross-file rules over an already schema-valid dataset. Pure: takes records, returns problems.
 * Each rule here has a broken fixture in validate.test.ts that turns it red.
 */
import type { Actor, Dataset, Demand, Event, Issue, Position, Source, Stakeholder, Statement } from './schema';
import { textIndex } from './text';
import { dateKey as DATE_ORDER } from './dates';

export type Problem = { file: string; path: string; message: string };

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path} — ${problem.message}`;
}

export type RawDataset = {
  dataset: Dataset;
  sources: Source[];
  /** Full text of each source, by source id. */
  texts: Map<string, string>;
  stakeholders: Stakeholder[];
  actors: Actor[];
  issues: Issue[];
  statements: Statement[];
  positions: Position[];
  demands: Demand[];
  events: Event[];
};


export function crossCheck(data: RawDataset, fileName: (file: string) => string = (f) => `data/${f}`): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, list: string, index: number, id: string, field: string) => ({
    file: fileName(file),
    path: `${list}[${index}] (id "${id}")${field ? '.' + field : ''}`,
  });
  const report = (where: { file: string; path: string }, message: string) => problems.push({ ...where, message });

  function unique<T extends { id: string }>(records: T[], file: string, list: string): Map<string, T> {
    const byId = new Map<string, T>();
    records.forEach((record, index) => {
      if (byId.has(record.id)) report(at(file, list, index, record.id, 'id'), `duplicate id: "${record.id}" is used by an earlier record`);
      else byId.set(record.id, record);
    });
    return byId;
  }

  const sources = unique(data.sources, 'sources.json', 'sources');
  const stakeholders = unique(data.stakeholders, 'stakeholders.json', 'stakeholders');
  const actors = unique(data.actors, 'actors.json', 'actors');
  const issues = unique(data.issues, 'issues.json', 'issues');
  const statements = unique(data.statements, 'statements.json', 'statements');
  unique(data.positions, 'positions.json', 'positions');
  unique(data.demands, 'demands.json', 'demands');
  unique(data.events, 'events.json', 'events');

  const abbreviations = new Map<string, string>();
  data.stakeholders.forEach((s, i) => {
    const other = abbreviations.get(s.abbreviation);
    if (other) report(at('stakeholders.json', 'stakeholders', i, s.id, 'abbreviation'), `"${s.abbreviation}" is already the abbreviation of "${other}"; chart labels must tell sides apart`);
    else abbreviations.set(s.abbreviation, s.id);
  });

  const missing = (kind: string, id: string, file: string) => `unknown ${kind} "${id}": no record with that id in ${fileName(file)}`;

  data.actors.forEach((actor, i) => {
    if (!stakeholders.has(actor.stakeholder)) report(at('actors.json', 'actors', i, actor.id, 'stakeholder'), missing('stakeholder', actor.stakeholder, 'stakeholders.json'));
  });

  const indexes = new Map([...data.texts].map(([id, text]) => [id, textIndex(text)]));
  const asOf = DATE_ORDER(data.dataset.asOf);

  data.statements.forEach((statement, i) => {
    const where = (field: string) => at('statements.json', 'statements', i, statement.id, field);
    if (!actors.has(statement.actor)) report(where('actor'), missing('actor', statement.actor, 'actors.json'));
    statement.issues.forEach((issue, k) => {
      if (!issues.has(issue)) report(where(`issues[${k}]`), missing('issue', issue, 'issues.json'));
    });
    if (DATE_ORDER(statement.date) > asOf) report(where('date'), `${statement.date} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`);
    if (!sources.has(statement.source)) {
      report(where('source'), missing('source', statement.source, 'sources.json'));
      return;
    }
    const index = indexes.get(statement.source);
    if (!index) return;
    const passage = index.locate(statement.passage);
    if (!passage) report(where('passage'), `passage not found verbatim in the text of source "${statement.source}"`);
    statement.quotes.forEach((quote, k) => {
      const found = index.locate(quote);
      if (!found) report(where(`quotes[${k}]`), `quote not found verbatim in the text of source "${statement.source}": "${quote.length > 60 ? quote.slice(0, 60) + '…' : quote}"`);
      else if (passage && !textIndex(statement.passage).locate(quote)) report(where(`quotes[${k}]`), 'quote is in the source but not inside this statement\'s passage; widen the passage');
    });
  });

  const sideOf = (statementId: string) => {
    const statement = statements.get(statementId);
    return statement ? actors.get(statement.actor)?.stakeholder : undefined;
  };

  /** References to statements: each must exist and bear on the issue; at least one must be by `side`. */
  function citations(ids: string[], side: string, issue: string, where: (field: string) => { file: string; path: string }, field: string, needOwn: string) {
    let own = 0;
    ids.forEach((id, k) => {
      const statement = statements.get(id);
      if (!statement) return report(where(`${field}[${k}]`), missing('statement', id, 'statements.json'));
      if (!statement.issues.includes(issue)) report(where(`${field}[${k}]`), `statement "${id}" does not bear on issue "${issue}" (its issues: ${statement.issues.join(', ')})`);
      if (sideOf(id) === side) own++;
    });
    if (own === 0 && ids.length > 0) report(where(field), needOwn);
  }

  const positionKeys = new Map<string, string>();
  data.positions.forEach((position, i) => {
    const where = (field: string) => at('positions.json', 'positions', i, position.id, field);
    if (!stakeholders.has(position.stakeholder)) report(where('stakeholder'), missing('stakeholder', position.stakeholder, 'stakeholders.json'));
    if (!issues.has(position.issue)) report(where('issue'), missing('issue', position.issue, 'issues.json'));
    if (DATE_ORDER(position.asOf) > asOf) report(where('asOf'), `${position.asOf} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`);
    const key = `${position.stakeholder}|${position.issue}|${position.asOf}`;
    const earlier = positionKeys.get(key);
    if (earlier) report(where('asOf'), `"${earlier}" already states ${position.stakeholder}'s position on ${position.issue} as of ${position.asOf}; give one a different date or merge them`);
    else positionKeys.set(key, position.id);
    citations(position.statements, position.stakeholder, position.issue, where, 'statements', `cites no statement by ${position.stakeholder} itself: a position must rest on at least one of its own side's statements`);
    position.statements.forEach((id, k) => {
      const statement = statements.get(id);
      if (statement && DATE_ORDER(statement.date) > DATE_ORDER(position.asOf)) {
        report(where(`statements[${k}]`), `statement "${id}" (${statement.date}) is later than the position's asOf date ${position.asOf}`);
      }
    });
    position.conflicts.forEach((conflict, c) => {
      conflict.statements.forEach((id, k) => {
        if (!statements.has(id)) report(where(`conflicts[${c}].statements[${k}]`), missing('statement', id, 'statements.json'));
        else if (sideOf(id) !== position.stakeholder) report(where(`conflicts[${c}].statements[${k}]`), `statement "${id}" is not by ${position.stakeholder}: a conflict is between one side's own statements`);
      });
    });
  });

  data.demands.forEach((demand, i) => {
    const where = (field: string) => at('demands.json', 'demands', i, demand.id, field);
    if (!stakeholders.has(demand.stakeholder)) report(where('stakeholder'), missing('stakeholder', demand.stakeholder, 'stakeholders.json'));
    if (!issues.has(demand.issue)) report(where('issue'), missing('issue', demand.issue, 'issues.json'));
    citations(demand.statements, demand.stakeholder, demand.issue, where, 'statements', `cites no statement by ${demand.stakeholder} itself: a demand must rest on at least one of its own side's statements`);
    const responders = new Set<string>();
    demand.responses.forEach((response, r) => {
      const field = `responses[${r}]`;
      if (!stakeholders.has(response.stakeholder)) report(where(`${field}.stakeholder`), missing('stakeholder', response.stakeholder, 'stakeholders.json'));
      if (response.stakeholder === demand.stakeholder) report(where(`${field}.stakeholder`), 'a side cannot respond to its own demand');
      if (responders.has(response.stakeholder)) report(where(`${field}.stakeholder`), `${response.stakeholder} already has a response to this demand`);
      responders.add(response.stakeholder);
      response.statements.forEach((id, k) => {
        if (!statements.has(id)) report(where(`${field}.statements[${k}]`), missing('statement', id, 'statements.json'));
      });
      if (!response.statements.some((id) => sideOf(id) === response.stakeholder)) {
        report(where(`${field}.statements`), `cites no statement by ${response.stakeholder}: a response must rest on the responding side's own words`);
      }
    });
  });

  data.events.forEach((event, i) => {
    const where = (field: string) => at('events.json', 'events', i, event.id, field);
    if (!sources.has(event.source)) return report(where('source'), missing('source', event.source, 'sources.json'));
    const index = indexes.get(event.source);
    if (index && !index.locate(event.passage)) report(where('passage'), `passage not found verbatim in the text of source "${event.source}"`);
  });

  return problems;
}
