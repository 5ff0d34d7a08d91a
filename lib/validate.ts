/**
 * Cross-file rules over an already schema-valid dataset. Pure: takes records, returns problems.
 * Each rule here has a broken fixture in validate.test.ts that turns it red.
 */
import type { Actor, Dataset, Demand, Event, Issue, Position, Source, Stakeholder, Statement } from './schema';
import { textIndex } from './text';
import { dateKey as DATE_ORDER } from './dates';
import { explainMismatch } from './quote-diff';
import { quotedSpans } from './quote-marks';
import { knownBy, lastDay } from './time/asof';

/**
 * One thing wrong, at one field of one record. Problems with the same `group` in the same file are
 * one mistake repeated (e.g. every record dated after the as-of date): reports print them once,
 * with their count — the group reads after "N records", e.g. "dated after the as-of date 2025-08-07".
 */
export type Problem = {
  file: string;
  path: string;
  message: string;
  /** What repeats, read after "N records", e.g. "dated after the dataset's as-of date 2025-08-07". */
  group?: string;
  /** What differs between the records of a group, shown beside each one, e.g. its date. */
  detail?: string;
};

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path} — ${problem.message}`;
}

/** How many records of a repeated problem a report names before "and N more". */
const NAMED_IN_GROUP = 8;

/**
 * The report an analyst reads: one line per problem, except that a problem repeated across records
 * (same group, or the same message, in the same file) is one line with its count and the records it
 * is in. Lines keep the order in which each problem was first found.
 */
export function summariseProblems(problems: Problem[]): string[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.file}\u0000${problem.group ?? problem.message}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()].map((same) => {
    const first = same[0]!;
    if (same.length === 1) return formatProblem(first);
    const named = same.slice(0, NAMED_IN_GROUP).map((p) => (p.detail ? `${p.path} (${p.detail})` : p.path));
    const more = same.length > NAMED_IN_GROUP ? `; and ${same.length - NAMED_IN_GROUP} more` : '';
    const what = first.group ?? `— ${first.message}`;
    const records = new Set(same.map((p) => p.path.replace(/\).*$/, ''))).size;
    const count = records === same.length ? `${same.length} records` : `${same.length} fields in ${records} records`;
    return `${first.file}: ${count} ${what}: ${named.join('; ')}${more}`;
  });
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

/**
 * Whether statement `a` was certainly made before statement `b`: the last day a's date could mean
 * is before the first day b's could, and neither date is approximate. An approximate or partial
 * date that might overlap counts as uncertain, never as early.
 */
function certainlyBefore(a: Statement, b: Statement): boolean {
  return !a.dateApprox && !b.dateApprox && lastDay(a.date) < DATE_ORDER(b.date);
}

export function crossCheck(data: RawDataset, fileName: (file: string) => string = (f) => `data/${f}`): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, list: string, index: number, id: string, field: string) => ({
    file: fileName(file),
    path: `${list}[${index}] (id "${id}")${field ? '.' + field : ''}`,
  });
  const report = (
    where: { file: string; path: string },
    message: string,
    repeats?: { group: string; detail: string },
  ) => problems.push({ ...where, message, ...repeats });
  const afterAsOf = `dated after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`;

  function unique<T extends { id: string }>(records: T[], file: string, list: string): Map<string, T> {
    const byId = new Map<string, T>();
    records.forEach((record, index) => {
      if (byId.has(record.id))
        report(at(file, list, index, record.id, 'id'), `duplicate id: "${record.id}" is used by an earlier record`);
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
    if (other)
      report(
        at('stakeholders.json', 'stakeholders', i, s.id, 'abbreviation'),
        `"${s.abbreviation}" is already the abbreviation of "${other}"; chart labels must tell sides apart`,
      );
    else abbreviations.set(s.abbreviation, s.id);
  });

  const missing = (kind: string, id: string, file: string) =>
    `unknown ${kind} "${id}": no record with that id in ${fileName(file)}`;

  data.actors.forEach((actor, i) => {
    if (!stakeholders.has(actor.stakeholder))
      report(
        at('actors.json', 'actors', i, actor.id, 'stakeholder'),
        missing('stakeholder', actor.stakeholder, 'stakeholders.json'),
      );
  });

  const indexes = new Map([...data.texts].map(([id, text]) => [id, textIndex(text)]));
  const asOf = DATE_ORDER(data.dataset.asOf);

  data.statements.forEach((statement, i) => {
    const where = (field: string) => at('statements.json', 'statements', i, statement.id, field);
    if (!actors.has(statement.actor)) report(where('actor'), missing('actor', statement.actor, 'actors.json'));
    statement.issues.forEach((issue, k) => {
      if (!issues.has(issue)) report(where(`issues[${k}]`), missing('issue', issue, 'issues.json'));
    });
    if (DATE_ORDER(statement.date) > asOf)
      report(where('date'), `${statement.date} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`, {
        group: afterAsOf,
        detail: statement.date,
      });
    quotationMarks(statement.summary, statement.quotes, [], where('summary'), "the statement's own quotes");
    if (!sources.has(statement.source)) {
      report(where('source'), missing('source', statement.source, 'sources.json'));
      return;
    }
    const index = indexes.get(statement.source);
    if (!index) return;
    const text = data.texts.get(statement.source)!;
    const passage = index.locate(statement.passage);
    if (!passage)
      report(
        where('passage'),
        `passage not found verbatim in the text of source "${statement.source}": ${explainMismatch(text, statement.passage)}`,
      );
    statement.quotes.forEach((quote, k) => {
      const found = index.locate(quote);
      if (!found)
        report(
          where(`quotes[${k}]`),
          `quote not found verbatim in the text of source "${statement.source}": "${quote.length > 60 ? quote.slice(0, 60) + '…' : quote}" — ${explainMismatch(text, quote)}`,
        );
      else if (passage && !textIndex(statement.passage).locate(quote))
        report(
          where(`quotes[${k}]`),
          "quote is in the source but not inside this statement's passage; widen the passage",
        );
    });
  });

  /**
   * Quotation marks in text we write are for a speaker's exact words: every quoted span must stand
   * verbatim in the quotes of a statement the record cites (`quotes`, or those of `cited`).
   */
  function quotationMarks(
    text: string,
    ownQuotes: string[],
    cited: string[],
    where: { file: string; path: string },
    own = 'its passage',
  ) {
    const { spans, unpaired } = quotedSpans(text);
    if (unpaired.length > 0) {
      report(
        where,
        `has a quotation mark that is never closed or closes nothing (character ${unpaired[0]! + 1}): quotation marks are only for a speaker's exact words, in pairs`,
      );
    }
    const quotes = [...ownQuotes, ...cited.flatMap((id) => statements.get(id)?.quotes ?? [])];
    for (const span of spans) {
      const words = span.words.trim().replace(/[,.;:]$/, '');
      if (words && quotes.some((quote) => textIndex(quote).locate(words))) continue;
      report(
        where,
        `puts "${words.length > 60 ? words.slice(0, 60) + '…' : words}" in quotation marks, but those words are not in ${cited.length === 0 ? own : cited.length === 1 ? `the quotes of the statement it cites (${cited[0]})` : `the quotes of any statement it cites (${cited.join(', ')})`}: ` +
          "quotation marks are only for a speaker's exact words — rephrase without them, or add the words to a statement's quotes if the source quotes them",
      );
    }
  }

  const sideOf = (statementId: string) => {
    const statement = statements.get(statementId);
    return statement ? actors.get(statement.actor)?.stakeholder : undefined;
  };

  /** References to statements: each must exist and bear on the issue; at least one must be by `side`. */
  function citations(
    ids: string[],
    side: string,
    issue: string,
    where: (field: string) => { file: string; path: string },
    field: string,
    needOwn: string,
  ) {
    let own = 0;
    ids.forEach((id, k) => {
      const statement = statements.get(id);
      if (!statement) return report(where(`${field}[${k}]`), missing('statement', id, 'statements.json'));
      if (!statement.issues.includes(issue))
        report(
          where(`${field}[${k}]`),
          `statement "${id}" does not bear on issue "${issue}" (its issues: ${statement.issues.join(', ')})`,
        );
      if (sideOf(id) === side) own++;
    });
    if (own === 0 && ids.length > 0) report(where(field), needOwn);
  }

  const positionKeys = new Map<string, string>();
  data.positions.forEach((position, i) => {
    const where = (field: string) => at('positions.json', 'positions', i, position.id, field);
    if (!stakeholders.has(position.stakeholder))
      report(where('stakeholder'), missing('stakeholder', position.stakeholder, 'stakeholders.json'));
    if (!issues.has(position.issue)) report(where('issue'), missing('issue', position.issue, 'issues.json'));
    if (DATE_ORDER(position.asOf) > asOf)
      report(where('asOf'), `${position.asOf} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`, {
        group: afterAsOf,
        detail: position.asOf,
      });
    quotationMarks(position.summary, [], position.statements, where('summary'));
    if (position.stance) quotationMarks(position.stance.rationale, [], position.statements, where('stance.rationale'));
    position.conflicts.forEach((conflict, c) =>
      quotationMarks(
        conflict.summary,
        [],
        [...conflict.statements, ...position.statements],
        where(`conflicts[${c}].summary`),
      ),
    );
    const key = `${position.stakeholder}|${position.issue}|${position.asOf}`;
    const earlier = positionKeys.get(key);
    if (earlier)
      report(
        where('asOf'),
        `"${earlier}" already states ${position.stakeholder}'s position on ${position.issue} as of ${position.asOf}; give one a different date or merge them`,
      );
    else positionKeys.set(key, position.id);
    citations(
      position.statements,
      position.stakeholder,
      position.issue,
      where,
      'statements',
      `cites no statement by ${position.stakeholder} itself: a position must rest on at least one of its own side's statements`,
    );
    position.statements.forEach((id, k) => {
      const statement = statements.get(id);
      if (statement && DATE_ORDER(statement.date) > DATE_ORDER(position.asOf)) {
        report(
          where(`statements[${k}]`),
          `statement "${id}" (${statement.date}) is later than the position's asOf date ${position.asOf}`,
          {
            group: "cite a statement dated later than the position's asOf date",
            detail: `"${id}" ${statement.date} > ${position.asOf}`,
          },
        );
      }
    });
    position.conflicts.forEach((conflict, c) => {
      conflict.statements.forEach((id, k) => {
        if (!statements.has(id))
          report(where(`conflicts[${c}].statements[${k}]`), missing('statement', id, 'statements.json'));
        else if (sideOf(id) !== position.stakeholder)
          report(
            where(`conflicts[${c}].statements[${k}]`),
            `statement "${id}" is not by ${position.stakeholder}: a conflict is between one side's own statements`,
          );
      });
    });
  });

  data.demands.forEach((demand, i) => {
    const where = (field: string) => at('demands.json', 'demands', i, demand.id, field);
    if (!stakeholders.has(demand.stakeholder))
      report(where('stakeholder'), missing('stakeholder', demand.stakeholder, 'stakeholders.json'));
    if (!issues.has(demand.issue)) report(where('issue'), missing('issue', demand.issue, 'issues.json'));
    citations(
      demand.statements,
      demand.stakeholder,
      demand.issue,
      where,
      'statements',
      `cites no statement by ${demand.stakeholder} itself: a demand must rest on at least one of its own side's statements`,
    );
    quotationMarks(demand.text, [], demand.statements, where('text'));
    demand.responses.forEach((response, r) =>
      quotationMarks(
        response.rationale,
        [],
        [...response.statements, ...demand.statements],
        where(`responses[${r}].rationale`),
      ),
    );
    const responders = new Set<string>();
    const start = demandStart(demand);
    demand.responses.forEach((response, r) => {
      const field = `responses[${r}]`;
      if (!stakeholders.has(response.stakeholder))
        report(where(`${field}.stakeholder`), missing('stakeholder', response.stakeholder, 'stakeholders.json'));
      if (response.stakeholder === demand.stakeholder)
        report(where(`${field}.stakeholder`), 'a side cannot respond to its own demand');
      if (responders.has(response.stakeholder))
        report(where(`${field}.stakeholder`), `${response.stakeholder} already has a response to this demand`);
      responders.add(response.stakeholder);
      response.statements.forEach((id, k) => {
        if (!statements.has(id))
          report(where(`${field}.statements[${k}]`), missing('statement', id, 'statements.json'));
      });
      if (!response.statements.some((id) => sideOf(id) === response.stakeholder)) {
        report(
          where(`${field}.statements`),
          `cites no statement by ${response.stakeholder}: a response must rest on the responding side's own words`,
        );
      }
      const cited = response.statements.flatMap((id) => statements.get(id) ?? []);
      if (start && cited.length > 0 && cited.every((s) => certainlyBefore(s, start)))
        report(
          where(`${field}.statements`),
          `every statement of ${response.stakeholder}'s response (${cited.map((s) => `"${s.id}" ${s.date}`).join(', ')}) was made before the demand was first stated (${start.date}, statement "${start.id}"): a response answers a demand already made. ` +
            `Cite a statement by ${response.stakeholder} from ${start.date} or later; or, if the earlier statement conflicts with the demand, record it instead as a prior position of ${response.stakeholder} on ${demand.issue} (a position in positions.json citing it, with its own id and asOf), which the issue page shows as an earlier position`,
        );
    });
    if (demand.status) demandStatus(demand, demand.status, where, start);
  });

  /**
   * The first day a demand was certainly stated: its earliest statement, when no statement behind
   * it is approximate (an approximate date could lie earlier, so the start is then uncertain).
   */
  function demandStart(demand: Demand) {
    const cited = demand.statements.flatMap((id) => statements.get(id) ?? []);
    if (cited.length === 0 || cited.some((s) => s.dateApprox)) return undefined;
    return [...cited].sort((a, b) => (DATE_ORDER(a.date) < DATE_ORDER(b.date) ? -1 : 1))[0];
  }

  /** The end of a demand: its statements on its issue, a date in order with them, a replacement that exists. */
  function demandStatus(
    demand: Demand,
    status: NonNullable<Demand['status']>,
    where: (field: string) => { file: string; path: string },
    start: Statement | undefined,
  ) {
    status.statements.forEach((id, k) => {
      const statement = statements.get(id);
      if (!statement) return report(where(`status.statements[${k}]`), missing('statement', id, 'statements.json'));
      if (!statement.issues.includes(demand.issue))
        report(
          where(`status.statements[${k}]`),
          `statement "${id}" does not bear on issue "${demand.issue}" (its issues: ${statement.issues.join(', ') || 'none'}); cite a statement that shows this demand ended`,
        );
      if (!knownBy(statement.date, DATE_ORDER(status.date)))
        report(
          where('status.date'),
          `${status.date} is before statement "${id}" (${statement.date}) that shows the demand ended: the date is that of the statement that shows it, so give ${statement.date} (or later), or cite only statements made by ${status.date}`,
        );
    });
    if (DATE_ORDER(status.date) > asOf)
      report(
        where('status.date'),
        `${status.date} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json): a demand can only have ended by then`,
      );
    if (start && lastDay(status.date) < DATE_ORDER(start.date))
      report(
        where('status.date'),
        `${status.date} is before the demand was first stated (${start.date}, statement "${start.id}"): a demand ends after it is made`,
      );
    const ended = lastDay(status.date);
    demand.statements.forEach((id, k) => {
      const statement = statements.get(id);
      if (statement && !statement.dateApprox && DATE_ORDER(statement.date) > ended)
        report(
          where(`statements[${k}]`),
          `statement "${id}" (${statement.date}) is dated after the demand ${status.state === 'met' ? 'was met' : `was ${status.state}`} (status.date ${status.date}): a demand rests on statements made while it stood. ` +
            'If the side made the demand again, record it as a new demand with its own id',
        );
    });
    if (status.supersededBy !== undefined) {
      const other = data.demands.find((d) => d.id === status.supersededBy);
      if (!other) report(where('status.supersededBy'), missing('demand', status.supersededBy, 'demands.json'));
      else if (other.id === demand.id)
        report(where('status.supersededBy'), 'a demand cannot supersede itself: name the demand that replaces it');
      else if (other.stakeholder !== demand.stakeholder)
        report(
          where('status.supersededBy'),
          `demand "${other.id}" is ${other.stakeholder}'s, not ${demand.stakeholder}'s: a demand is superseded by another demand of the same side`,
        );
    }
  }

  data.events.forEach((event, i) => {
    const where = (field: string) => at('events.json', 'events', i, event.id, field);
    if (DATE_ORDER(event.date) > asOf && event.kind === 'happened') {
      report(
        where('date'),
        `${event.date} is after the dataset's as-of date ${data.dataset.asOf} (dataset.json); if the source reports it as still ahead, give it "kind": "deadline" or "kind": "planned" and say so in its label`,
        { group: afterAsOf + '; give an event still ahead "kind": "deadline" or "planned"', detail: event.date },
      );
    }
    event.issues?.forEach((issue, k) => {
      if (!issues.has(issue)) report(where(`issues[${k}]`), missing('issue', issue, 'issues.json'));
    });
    // An event has no speaker: words it puts in quotation marks must stand in its own passage.
    quotationMarks(event.label, [event.passage], [], where('label'));
    if (!sources.has(event.source)) return report(where('source'), missing('source', event.source, 'sources.json'));
    const index = indexes.get(event.source);
    if (index && !index.locate(event.passage))
      report(
        where('passage'),
        `passage not found verbatim in the text of source "${event.source}": ${explainMismatch(data.texts.get(event.source)!, event.passage)}`,
      );
  });

  return problems;
}
