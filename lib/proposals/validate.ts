/**
 * Cross-file rules for proposals.json, over an already valid dataset. Pure: takes the raw dataset
 * and the raw (unparsed) proposals file, returns problems in the project's shape (file, field path,
 * message). Statements' own quotes are checked by the core validator; here: schema, references,
 * own-side evidence, terms on their issue, dates, order of responses, supersededBy chains, and
 * quotation marks in the text we write.
 */
import type { Problem, RawDataset } from '../types';
import type { Statement } from '../schema';
import { dateKey } from '../dates';
import { lastDay } from '../time/asof';
import { quotedSpans } from '../quote-marks';
import { textIndex } from '../text';
import { PROPOSALS_FILE, ProposalsFile, type Proposals } from './schema';
import { assessingSides } from '../sides';
import { fieldPath, recordLabel } from '../validate/field-path';
import { schemaMessage } from '../validate/schema-message';
import { afterAsOfMessage } from '../validate/chronology';
import { byId as firstById } from '../validate/context';
import { unknownId } from '../validate/unknown-id';

/** Whether `a` was certainly said before `b`: exact dates only, a's last possible day before b's first. */
const certainlyBefore = (a: Statement, b: Statement) =>
  !a.dateApprox && !b.dateApprox && lastDay(a.date) < dateKey(b.date);

/** Parses and checks proposals.json. `raw` is the parsed JSON (undefined when the file is absent). */
export function validateProposals(
  data: RawDataset,
  raw: unknown,
  fileName: (file: string) => string = (f) => `data/${f}`,
): { problems: Problem[]; proposals?: Proposals } {
  const file = fileName(PROPOSALS_FILE);
  if (raw === undefined) return { problems: [], proposals: { proposals: [], model: [] } };
  const parsed = ProposalsFile.safeParse(raw, { error: schemaMessage });
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: fieldPath(issue.path, raw),
        message: issue.message,
      })),
    };
  const { proposals, model } = parsed.data;
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });
  const ref = (kind: 'stakeholder' | 'issue' | 'statement', id: string, other: string) =>
    unknownId(
      kind,
      id,
      fileName(other),
      { stakeholder: stakeholders, issue: issues, statement: statements.keys() }[kind],
    );

  const stakeholders = new Set(data.stakeholders.map((s) => s.id));
  const issues = new Set(data.issues.map((i) => i.id));
  // A duplicated id means the first record, as in the cross-file rules, so one mistake is one line.
  const statements = firstById(data.statements);
  const actors = firstById(data.actors);
  const sideOf = (id: string) => {
    const s = statements.get(id);
    return s ? actors.get(s.actor)?.stakeholder : undefined;
  };
  const observers = assessingSides(data);
  const asOf = dateKey(data.dataset.asOf);
  const byId = new Map<string, (typeof proposals)[number]>();

  /** Words in quotation marks must stand in the quotes of a statement the record cites. */
  const quotationMarks = (text: string, cited: string[], where: string) => {
    const { spans, unpaired } = quotedSpans(text);
    if (unpaired.length > 0)
      report(
        where,
        "has a quotation mark that is never closed or closes nothing: quotation marks are only for a speaker's exact words, in pairs",
      );
    const quotes = cited.flatMap((id) => statements.get(id)?.quotes ?? []);
    for (const span of spans) {
      const words = span.words.trim().replace(/[,.;:]$/, '');
      if (words && !quotes.some((q) => textIndex(q).locate(words)))
        report(
          where,
          `puts "${words.slice(0, 60)}" in quotation marks, but those words are not in the quotes of any statement it cites (${cited.join(', ')}): quotation marks are only for a speaker's exact words`,
        );
    }
  };

  const statementRefs = (ids: string[], where: string) =>
    ids.forEach((id, k) => {
      if (!statements.has(id)) report(`${where}[${k}]`, ref('statement', id, 'statements.json'));
    });

  /** Whose words a record cites, for a message saying they are not the right side's: " (x is by russia)". */
  const whose = (ids: string[]) => {
    const known = ids.filter((id) => sideOf(id)).map((id) => `${id} is by ${sideOf(id)}`);
    return known.length ? ` (${known.join('; ')})` : '';
  };
  proposals.forEach((p, i) => {
    const at = `proposals[${i}] (id "${p.id}")`;
    if (byId.has(p.id)) report(`${at}.id`, `duplicate id: "${p.id}" is used by an earlier proposal`);
    else byId.set(p.id, p);
    if (!stakeholders.has(p.by)) report(`${at}.by`, ref('stakeholder', p.by, 'stakeholders.json'));
    if (dateKey(p.date) > asOf) report(`${at}.date`, afterAsOfMessage(p.date, data.dataset.asOf));
    statementRefs(p.statements, `${at}.statements`);
    if (!p.statements.some((id) => sideOf(id) === p.by))
      report(
        `${at}.statements`,
        `cites no statement by ${p.by}${whose(p.statements)}: a proposal rests on the proposing side's own words — cite a statement by one of ${p.by}'s actors`,
      );
    const cited = p.statements.map((id) => statements.get(id));
    cited.forEach((s) => {
      if (s && !s.dateApprox && lastDay(s.date) < dateKey(p.date))
        report(
          `${at}.date`,
          `${p.date} is after statement "${s.id}" (${s.date}) that puts the proposal forward: give the date of its earliest statement`,
        );
    });
    const earliest = cited
      .filter((s) => s !== undefined)
      .sort((a, b) => (dateKey(a.date) < dateKey(b.date) ? -1 : 1))[0];
    if (earliest && cited.every((s) => s && !s.dateApprox && dateKey(s.date) > lastDay(p.date)))
      report(
        `${at}.date`,
        `${p.date} is before every statement that puts the proposal forward (the earliest is "${earliest.id}", ${earliest.date}): give the date of its earliest statement, ${earliest.date}`,
      );
    quotationMarks(p.summary, p.statements, `${at}.summary`);

    const termIds = new Set<string>();
    p.terms.forEach((t, k) => {
      const tat = `${at}.terms[${k}] (id "${t.id}")`;
      if (termIds.has(t.id)) report(`${tat}.id`, `duplicate term id "${t.id}" in this proposal`);
      termIds.add(t.id);
      if (!issues.has(t.issue)) report(`${tat}.issue`, ref('issue', t.issue, 'issues.json'));
      t.statements.forEach((id, n) => {
        const s = statements.get(id);
        if (!s) return report(`${tat}.statements[${n}]`, ref('statement', id, 'statements.json'));
        if (!s.issues.includes(t.issue))
          report(
            `${tat}.statements[${n}]`,
            `statement "${id}" does not bear on issue "${t.issue}" (its issues: ${s.issues.join(', ') || 'none'}): a term rests on statements about its own issue`,
          );
      });
      quotationMarks(t.text, [...t.statements, ...p.statements], `${tat}.text`);
      if (t.place) quotationMarks(t.place.rationale, [...t.statements, ...p.statements], `${tat}.place.rationale`);
    });

    const first = p.statements
      .flatMap((id) => statements.get(id) ?? [])
      .sort((a, b) => (dateKey(a.date) < dateKey(b.date) ? -1 : 1))[0];
    const answered = new Set<string>();
    p.responses.forEach((r, k) => {
      const rat = `${at}.responses[${k}]`;
      if (!stakeholders.has(r.stakeholder))
        report(`${rat}.stakeholder`, ref('stakeholder', r.stakeholder, 'stakeholders.json'));
      if (r.stakeholder === p.by) report(`${rat}.stakeholder`, 'a side cannot respond to its own proposal');
      if (observers.has(r.stakeholder))
        report(
          `${rat}.stakeholder`,
          `${r.stakeholder} is an observer (analysts, or a source's own analysis), not a side to the talks: its words are no response to a proposal`,
        );
      if (r.term !== undefined && !termIds.has(r.term))
        report(`${rat}.term`, `unknown term "${r.term}": this proposal's terms are ${[...termIds].join(', ')}`);
      const key = `${r.stakeholder}|${r.term ?? ''}`;
      if (answered.has(key))
        report(
          `${rat}.stakeholder`,
          `${r.stakeholder} already has a response to ${r.term ? `term "${r.term}"` : 'this proposal'}`,
        );
      answered.add(key);
      statementRefs(r.statements, `${rat}.statements`);
      if (!r.statements.some((id) => sideOf(id) === r.stakeholder))
        report(
          `${rat}.statements`,
          `cites no statement by ${r.stakeholder}${whose(r.statements)}: a response must rest on the responding side's own words — cite ${r.stakeholder}'s own statement, or leave the response out (no entry means no stated response)`,
        );
      const cited = r.statements.flatMap((id) => statements.get(id) ?? []);
      if (first && cited.length > 0 && cited.every((s) => certainlyBefore(s, first)))
        report(
          `${rat}.statements`,
          `every statement of ${r.stakeholder}'s response (${cited.map((s) => `"${s.id}" ${s.date}`).join(', ')}) was made before the proposal was put forward (${first.date}, statement "${first.id}"): a response answers a proposal already made`,
        );
      quotationMarks(r.rationale, [...r.statements, ...p.statements], `${rat}.rationale`);
    });
  });

  proposals.forEach((p, i) => {
    if (p.supersededBy === undefined) return;
    const at = `proposals[${i}] (id "${p.id}").supersededBy`;
    const next = byId.get(p.supersededBy);
    if (!next) return report(at, `unknown proposal "${p.supersededBy}": no proposal with that id in this file`);
    if (next.id === p.id) return report(at, 'a proposal cannot supersede itself');
    if (dateKey(next.date) < dateKey(p.date))
      report(at, `"${next.id}" (${next.date}) is dated before this proposal (${p.date}): a revision comes later`);
    const seen = new Set([p.id]);
    for (let cur = next; cur?.supersededBy !== undefined; cur = byId.get(cur.supersededBy)!) {
      if (seen.has(cur.id)) {
        report(
          at,
          `the chain of revisions loops back (${[...seen, cur.id].join(' → ')}): a revision cannot supersede an earlier version of itself`,
        );
        break;
      }
      seen.add(cur.id);
      if (!byId.has(cur.supersededBy)) break;
    }
  });

  const inputs = new Set<string>();
  model.forEach((m, i) => {
    const at = `model[${i}]${recordLabel(m)}`;
    if (!stakeholders.has(m.stakeholder))
      report(`${at}.stakeholder`, ref('stakeholder', m.stakeholder, 'stakeholders.json'));
    if (observers.has(m.stakeholder))
      report(
        `${at}.stakeholder`,
        `${m.stakeholder} is an observer (analysts, or a source's own analysis): it is not a bargaining actor and takes no part in the model`,
      );
    if (!issues.has(m.issue)) report(`${at}.issue`, ref('issue', m.issue, 'issues.json'));
    if (dateKey(m.date) > asOf) report(`${at}.date`, afterAsOfMessage(m.date, data.dataset.asOf));
    const key = `${m.stakeholder}|${m.issue}`;
    if (inputs.has(key)) report(`${at}`, `${m.stakeholder} on ${m.issue} already has model inputs; merge them`);
    inputs.add(key);
  });

  return problems.length > 0 ? { problems } : { problems, proposals: { proposals, model } };
}
