/** Rules of reference: every id one record gives for another names a record that exists. */
import { eachDemand, eachEvent, eachPosition, eachStatement, type Check, type Where } from './context';

/** An actor speaks for a side that exists. */
export function actorStakeholders(check: Check) {
  check.data.actors.forEach((actor, i) => {
    if (!check.stakeholders.has(actor.stakeholder))
      check.report(
        check.at('actors.json', 'actors', i, actor.id, 'stakeholder'),
        check.missing('stakeholder', actor.stakeholder, 'stakeholders.json'),
      );
  });
}

/** A statement names an actor, issues and a source that exist. */
export function statementReferences(check: Check) {
  for (const { statement, where } of eachStatement(check)) {
    if (!check.actors.has(statement.actor))
      check.report(where('actor'), check.missing('actor', statement.actor, 'actors.json'));
    statement.issues.forEach((issue, k) => {
      if (!check.issues.has(issue)) check.report(where(`issues[${k}]`), check.missing('issue', issue, 'issues.json'));
    });
    if (!check.sources.has(statement.source))
      check.report(where('source'), check.missing('source', statement.source, 'sources.json'));
  }
}

function sideAndIssue(check: Check, record: { stakeholder: string; issue: string }, where: (f: string) => Where) {
  if (!check.stakeholders.has(record.stakeholder))
    check.report(where('stakeholder'), check.missing('stakeholder', record.stakeholder, 'stakeholders.json'));
  if (!check.issues.has(record.issue))
    check.report(where('issue'), check.missing('issue', record.issue, 'issues.json'));
}

/** A position or demand belongs to a side and an issue that exist; a response comes from a side that exists. */
export function sidesAndIssues(check: Check) {
  for (const { position, where } of eachPosition(check)) sideAndIssue(check, position, where);
  for (const { demand, where } of eachDemand(check)) {
    sideAndIssue(check, demand, where);
    demand.responses.forEach((response, r) => {
      if (!check.stakeholders.has(response.stakeholder))
        check.report(
          where(`responses[${r}].stakeholder`),
          check.missing('stakeholder', response.stakeholder, 'stakeholders.json'),
        );
    });
  }
}

function statementsExist(check: Check, ids: string[] | undefined, where: (f: string) => Where, field: string) {
  ids?.forEach((id, k) => {
    if (!check.statements.has(id))
      check.report(where(`${field}[${k}]`), check.missing('statement', id, 'statements.json'));
  });
}

/** Every statement a position, conflict, demand, response or status cites — as evidence or context — exists. */
export function citedStatementsExist(check: Check) {
  for (const { position, where } of eachPosition(check)) {
    statementsExist(check, position.statements, where, 'statements');
    statementsExist(check, position.context, where, 'context');
    position.conflicts.forEach((c, i) => statementsExist(check, c.statements, where, `conflicts[${i}].statements`));
  }
  for (const { demand, where } of eachDemand(check)) {
    statementsExist(check, demand.statements, where, 'statements');
    statementsExist(check, demand.context, where, 'context');
    demand.responses.forEach((r, i) => {
      statementsExist(check, r.statements, where, `responses[${i}].statements`);
      statementsExist(check, r.context, where, `responses[${i}].context`);
    });
    statementsExist(check, demand.status?.statements, where, 'status.statements');
  }
}

/** An event names issues and a source that exist. */
export function eventReferences(check: Check) {
  for (const { event, where } of eachEvent(check)) {
    event.issues?.forEach((issue, k) => {
      if (!check.issues.has(issue)) check.report(where(`issues[${k}]`), check.missing('issue', issue, 'issues.json'));
    });
    if (!check.sources.has(event.source))
      check.report(where('source'), check.missing('source', event.source, 'sources.json'));
  }
}
