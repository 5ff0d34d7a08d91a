/**
 * Rules of chronology: nothing is dated after the dataset; a position cites nothing said after it; a
 * response comes after the demand it answers; a demand ends after it is made and is shown ending by
 * statements made by then. Order checks run on date bounds (./order.ts): certainly out of order is an
 * error, possibly out of order is a warning — an approximate date never switches a check off.
 */
import type { Demand, Statement } from '../schema';
import { dateKey } from '../dates';
import { dateBounds, demandStart, order, responseOrder, type Bounds } from './order';
import { eachDemand, eachEvent, eachPosition, eachStatement, type Check, type Where } from './context';

const span = (b: Bounds) => (b.notBefore === b.notAfter ? b.notBefore : `between ${b.notBefore} and ${b.notAfter}`);
const lookup = (check: Check) => ({
  statement: (id: string) => check.statements.get(id),
  source: (id: string) => check.sources.get(id),
});

/** The words for a record dated after the dataset's as-of date, and how to put it right (proposals.json says it alike). */
export const afterAsOfMessage = (
  date: string,
  asOf: string,
  fix = ': correct the date, or, if the evidence is that new, move asOf in dataset.json forward',
) => `${date} is after the dataset's as-of date ${asOf} (dataset.json)${fix}`;

/** Statements, positions and ended demands are dated by the dataset's as-of date; events unless still ahead. */
export function datedByAsOf(check: Check) {
  const { asOf, data } = check;
  const after = (date: string, where: Where, more = '') =>
    check.report(
      where,
      afterAsOfMessage(date, data.dataset.asOf, more || undefined),
      more ? undefined : { group: check.afterAsOf, detail: date },
    );
  for (const { statement, where } of eachStatement(check))
    if (dateKey(statement.date) > asOf) after(statement.date, where('date'));
  for (const { position, where } of eachPosition(check))
    if (dateKey(position.asOf) > asOf) after(position.asOf, where('asOf'));
  for (const { demand, where } of eachDemand(check))
    if (demand.status && dateKey(demand.status.date) > asOf)
      after(demand.status.date, where('status.date'), ': a demand can only have ended by then');
  for (const { event, where } of eachEvent(check))
    if (dateKey(event.date) > asOf && event.kind === 'happened')
      check.report(
        where('date'),
        afterAsOfMessage(
          event.date,
          data.dataset.asOf,
          '; if the source reports it as still ahead, give it "kind": "deadline" or "kind": "planned" and say so in its label',
        ),
        { group: check.afterAsOf + '; give an event still ahead "kind": "deadline" or "planned"', detail: event.date },
      );
}

/** A position stands as of its date (its first day): it cites nothing said later. */
export function positionCitesLater(check: Check) {
  for (const { position, where } of eachPosition(check)) {
    const asOf = dateKey(position.asOf);
    position.statements.forEach((id, k) => {
      const statement = check.statements.get(id);
      if (!statement) return;
      const b = check.bounds(statement);
      if (b.notBefore > asOf)
        check.report(
          where(`statements[${k}]`),
          `statement "${id}" (${statement.date}) is later than the position's asOf date ${position.asOf}`,
          {
            group: "cite a statement dated later than the position's asOf date",
            detail: `"${id}" ${statement.date} > ${position.asOf}`,
          },
        );
      // A position dated by this very statement's (approximate) day shares its uncertainty — the page
      // prints its date "c." — so only a different day whose bounds overlap leaves the order open.
      else if (b.notAfter > asOf && statement.date !== position.asOf)
        check.warn(
          where(`statements[${k}]`),
          `order uncertain: statement "${id}" (${statement.date}, approximate: ${span(b)}) may be later than the position's asOf date ${position.asOf}. ` +
            'Give the statement notBefore/notAfter if the source bounds its date, or date the position later',
          {
            group: "may cite a statement made after the position's asOf date (order uncertain)",
            detail: `"${id}" ${span(b)} vs ${position.asOf}`,
          },
        );
    });
  }
}

/** The statement that dates a demand: its earliest-possible one, named in messages. */
function firstStatement(check: Check, demand: Demand): Statement | undefined {
  const cited = demand.statements.flatMap((id) => check.statements.get(id) ?? []);
  return [...cited].sort((a, b) => (check.bounds(a).notBefore < check.bounds(b).notBefore ? -1 : 1))[0];
}

/**
 * A response answers a demand already made: not every statement of it may come before the demand
 * was first stated (an error), and where approximate dates leave that open it is a warning — the
 * same `responseOrder` the page uses to mark the response "order uncertain".
 */
export function responseAfterDemand(check: Check) {
  for (const { demand, where } of eachDemand(check)) {
    const start = demandStart(demand, lookup(check));
    const first = firstStatement(check, demand);
    if (!start || !first) continue;
    demand.responses.forEach((response, r) => {
      const when = responseOrder(demand, response, lookup(check));
      if (when === undefined || when === 'not-before') return;
      const cited = response.statements.flatMap((id) => check.statements.get(id) ?? []);
      const list = cited.map((s) => `"${s.id}" ${s.date}`).join(', ');
      const field = `responses[${r}].statements`;
      if (when === 'before')
        check.report(
          where(field),
          `every statement of ${response.stakeholder}'s response (${list}) was made before the demand was first stated (${first.date}, statement "${first.id}"): a response answers a demand already made. ` +
            `Cite a statement by ${response.stakeholder} from ${first.date} or later; or, if the earlier statement conflicts with the demand, record it instead as a prior position of ${response.stakeholder} on ${demand.issue} (a position in positions.json citing it, with its own id and asOf), which the issue page shows as an earlier position`,
        );
      else
        check.warn(
          where(field),
          `order uncertain: ${response.stakeholder}'s response (${list}) may have come before the demand was first stated (${span(start)}, statement "${first.id}"): approximate dates leave the order open, and the page marks this response "order uncertain". ` +
            'Give the statements notBefore/notAfter where the source bounds their dates, or cite a statement made after the demand',
          { group: 'responses whose order with their demand is uncertain', detail: response.stakeholder },
        );
    });
  }
}

/** Each demand with an end, the bounds of its end date and a function naming its fields. */
const endedDemands = (check: Check) =>
  eachDemand(check).flatMap(({ demand, where }) =>
    demand.status ? [{ demand, status: demand.status, ended: dateBounds(demand.status.date), where }] : [],
  );

/** A demand's end is dated on or after the statements that show it (its date is theirs). */
export function endAfterItsStatements(check: Check) {
  for (const { status, ended, where } of endedDemands(check))
    status.statements.forEach((id) => {
      const statement = check.statements.get(id);
      if (!statement) return;
      const b = check.bounds(statement);
      if (b.notBefore > ended.notBefore)
        check.report(
          where('status.date'),
          `${status.date} is before statement "${id}" (${statement.date}) that shows the demand ended: the date is that of the statement that shows it, so give ${statement.date} (or later), or cite only statements made by ${status.date}`,
        );
      else if (b.notAfter > ended.notAfter)
        check.warn(
          where('status.date'),
          `order uncertain: statement "${id}" that shows the demand ended (${statement.date}, approximate: ${span(b)}) may be later than ${status.date}`,
        );
    });
}

/** A demand ends after it is made. */
export function endAfterStart(check: Check) {
  for (const { demand, status, ended, where } of endedDemands(check)) {
    const start = demandStart(demand, lookup(check));
    const first = firstStatement(check, demand);
    if (!start || !first) continue;
    const when = order(ended, start);
    if (when === 'before')
      check.report(
        where('status.date'),
        `${status.date} is before the demand was first stated (${first.date}, statement "${first.id}"): a demand ends after it is made`,
      );
    else if (when === 'uncertain' && ended.notAfter < start.notAfter)
      check.warn(
        where('status.date'),
        `order uncertain: ${status.date} may be before the demand was first stated (${span(start)}, statement "${first.id}")`,
      );
  }
}

/** A demand rests on statements made while it stood, not after it ended. */
export function evidenceBeforeEnd(check: Check) {
  for (const { demand, status, ended, where } of endedDemands(check)) {
    const state = status.state === 'met' ? 'was met' : `was ${status.state}`;
    demand.statements.forEach((id, k) => {
      const statement = check.statements.get(id);
      if (!statement) return;
      const b = check.bounds(statement);
      if (b.notBefore > ended.notAfter)
        check.report(
          where(`statements[${k}]`),
          `statement "${id}" (${statement.date}) is dated after the demand ${state} (status.date ${status.date}): a demand rests on statements made while it stood. ` +
            'If the side made the demand again, record it as a new demand with its own id',
        );
      else if (b.notAfter > ended.notAfter)
        check.warn(
          where(`statements[${k}]`),
          `order uncertain: statement "${id}" (${statement.date}, approximate: ${span(b)}) may be dated after the demand ${state} (status.date ${status.date})`,
        );
    });
  }
}
