/** Rules of identity: one record per id, one abbreviation per side, one position per side, issue and date. */
import type { Check } from './context';
import { SETTLEMENT_OWN_PARAMS } from '../url/settlement';

/** Ids are unique within each file: other files refer to records by them. */
export function duplicateIds(check: Check) {
  const lists = [
    ['sources.json', 'sources', check.data.sources],
    ['stakeholders.json', 'stakeholders', check.data.stakeholders],
    ['actors.json', 'actors', check.data.actors],
    ['issues.json', 'issues', check.data.issues],
    ['statements.json', 'statements', check.data.statements],
    ['positions.json', 'positions', check.data.positions],
    ['demands.json', 'demands', check.data.demands],
    ['events.json', 'events', check.data.events],
  ] as const;
  for (const [file, list, records] of lists) {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      const earlier = seen.get(record.id);
      if (earlier !== undefined)
        check.report(
          check.at(file, list, index, record.id, 'id'),
          `duplicate id: "${record.id}" is used by an earlier record (${list}[${earlier}]) — give this record an id of its own, or delete it if it repeats the earlier one`,
        );
      else seen.set(record.id, index);
    });
  }
}

/** Chart marks print a side's abbreviation, so no two sides share one. */
export function duplicateAbbreviations(check: Check) {
  const owner = new Map<string, string>();
  check.data.stakeholders.forEach((side, i) => {
    const other = owner.get(side.abbreviation);
    if (other)
      check.report(
        check.at('stakeholders.json', 'stakeholders', i, side.id, 'abbreviation'),
        `"${side.abbreviation}" is already the abbreviation of "${other}"; chart labels must tell sides apart`,
      );
    else owner.set(side.abbreviation, side.id);
  });
}

/**
 * Two sides given the same colour in the data (`color`): a warning — the site still tells them apart
 * by shape and abbreviation (lib/colors.ts, sideStyles), but colour no longer does.
 */
export function duplicateColours(check: Check) {
  const owner = new Map<string, number>();
  check.data.stakeholders.forEach((side, i) => {
    if (!side.color) return;
    const other = owner.get(side.color);
    if (other === undefined) owner.set(side.color, i);
    else {
      const first = check.data.stakeholders[other]!;
      check.warn(
        check.at('stakeholders.json', 'stakeholders', i, side.id, 'color'),
        `is ${side.color}, the colour stakeholders[${other}] (id "${first.id}").color also chooses: the two sides differ only by shape and abbreviation; choose another colour or leave one out`,
      );
    }
  });
}

/** A side states one position on an issue per date; a second on the same date is ambiguous. */
export function duplicatePositionDates(check: Check) {
  const first = new Map<string, string>();
  check.data.positions.forEach((position, i) => {
    const key = `${position.stakeholder}|${position.issue}|${position.asOf}`;
    const earlier = first.get(key);
    if (earlier)
      check.report(
        check.at('positions.json', 'positions', i, position.id, 'asOf'),
        `"${earlier}" already states ${position.stakeholder}'s position on ${position.issue} as of ${position.asOf}; give one a different date or merge them`,
      );
    else first.set(key, position.id);
  });
}

/** An issue's id names its number in the what-if's address (`/settlement/?territory=60`): not one of the address's own names. */
export function issueIdsFreeInAddress(check: Check) {
  const own: readonly string[] = SETTLEMENT_OWN_PARAMS;
  check.data.issues.forEach((issue, i) => {
    if (own.includes(issue.id))
      check.report(
        check.at('issues.json', 'issues', i, issue.id, 'id'),
        `"${issue.id}" cannot be an issue's id: the what-if's address uses it for itself (${own.join(', ')}) — choose another id`,
      );
  });
}
