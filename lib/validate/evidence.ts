/**
 * Rules of evidence: what a side's position, demand or response rests on. Evidence is the side's
 * own words — statements by actors of that side. The source's own analysis (a side whose actors are
 * kind "publication"), analysts and other parties never count as a party's evidence; their words
 * may sit in `context`, which pages show labelled as context and no rule counts.
 */
import { eachDemand, eachPosition, type Check, type Where } from './context';
import { assessingSides } from '../sides';

/** The name this rule goes by in messages, so an analyst can look it up in the README. */
export const OWN_SIDE_RULE = 'own-side evidence';

/** Who a statement is by, in words: "Ada Brell (Northland)", "Gazette analysis (the source's own analysis)". */
function speaker(check: Check, statementId: string): string {
  const actor = check.actors.get(check.statements.get(statementId)?.actor ?? '');
  if (!actor) return 'an unknown actor';
  const side = check.stakeholders.get(actor.stakeholder)?.name ?? actor.stakeholder;
  return `${actor.name} (${actor.kind === 'publication' ? "the source's own analysis" : side})`;
}

/** Every statement cited as evidence is by `side`'s own actors; at least one is cited. */
function ownSideOnly(
  check: Check,
  ids: string[],
  side: string,
  where: (field: string) => Where,
  field: string,
  what: 'position' | 'demand' | 'response',
  analysts: Set<string>,
) {
  let own = 0;
  ids.forEach((id, k) => {
    const by = check.sideOf(id);
    if (by === undefined) return; // unknown statement or actor: named by the reference rules
    const assessment = check.statements.get(id)?.evidence === 'analyst-assessment';
    if (by === side && assessment && !analysts.has(side))
      return check.report(
        where(`${field}[${k}]`),
        `statement "${id}" is an analyst's assessment (evidence "analyst-assessment"), not ${side}'s own words (rule: ${OWN_SIDE_RULE}): analysts never count as a party's evidence. Cite what ${side}'s actors said, or move "${id}" to ${field.replace(/statements$/, '')}context`,
      );
    if (by === side) return void own++;
    check.report(
      where(`${field}[${k}]`),
      `statement "${id}" is by ${speaker(check, id)}, not by ${side} (rule: ${OWN_SIDE_RULE}): a ${what} rests only on statements by its own side's actors; ` +
        `the source's own analysis, analysts and other sides never count as ${side}'s evidence. Cite ${side}'s own words, or move "${id}" to ${field.replace(/statements$/, '')}context (shown as context, not counted as evidence)`,
      { group: `cite as evidence a statement not by their own side (rule: ${OWN_SIDE_RULE})`, detail: `"${id}"` },
    );
  });
  if (own === 0 && ids.some((id) => check.sideOf(id) !== undefined))
    check.report(
      where(field),
      what === 'response'
        ? `cites no statement by ${side}: a response must rest on the responding side's own words`
        : `cites no statement by ${side} itself: a ${what} must rest on at least one of its own side's statements`,
    );
}

/** Positions, demands and responses rest only on their own side's statements. */
export function ownSideEvidence(check: Check) {
  const analysts = assessingSides(check.data);
  for (const { position, where } of eachPosition(check))
    ownSideOnly(check, position.statements, position.stakeholder, where, 'statements', 'position', analysts);
  for (const { demand, where } of eachDemand(check)) {
    ownSideOnly(check, demand.statements, demand.stakeholder, where, 'statements', 'demand', analysts);
    demand.responses.forEach((response, r) =>
      ownSideOnly(
        check,
        response.statements,
        response.stakeholder,
        where,
        `responses[${r}].statements`,
        'response',
        analysts,
      ),
    );
  }
}

/** A statement cited as evidence for a record on an issue bears on that issue. */
function bearsOnIssue(check: Check, ids: string[], issue: string, where: (field: string) => Where, field: string) {
  ids.forEach((id, k) => {
    const statement = check.statements.get(id);
    if (statement && !statement.issues.includes(issue))
      check.report(
        where(`${field}[${k}]`),
        `statement "${id}" does not bear on issue "${issue}" (its issues: ${statement.issues.join(', ') || 'none'}): cite a statement about "${issue}", or add "${issue}" to the statement's issues if it bears on it`,
      );
  });
}

/** The evidence behind a position, a demand, or a demand's end bears on its issue. */
export function evidenceOnIssue(check: Check) {
  for (const { position, where } of eachPosition(check))
    bearsOnIssue(check, position.statements, position.issue, where, 'statements');
  for (const { demand, where } of eachDemand(check)) {
    bearsOnIssue(check, demand.statements, demand.issue, where, 'statements');
    if (demand.status) bearsOnIssue(check, demand.status.statements, demand.issue, where, 'status.statements');
  }
}

/** A conflict is between one side's own statements. */
export function conflictsOwnSide(check: Check) {
  for (const { position, where } of eachPosition(check))
    position.conflicts.forEach((conflict, c) =>
      conflict.statements.forEach((id, k) => {
        const by = check.sideOf(id);
        if (check.statements.has(id) && by !== position.stakeholder)
          check.report(
            where(`conflicts[${c}].statements[${k}]`),
            `statement "${id}" is not by ${position.stakeholder}: a conflict is between one side's own statements`,
          );
      }),
    );
}

/** A statement is evidence or context for a record, not both. */
function contextApart(
  ids: string[] | undefined,
  evidence: string[],
  where: (f: string) => Where,
  field: string,
  check: Check,
) {
  ids?.forEach((id, k) => {
    if (evidence.includes(id))
      check.report(
        where(`${field}[${k}]`),
        `statement "${id}" is cited both as evidence and as context: context is what others said around it, never the evidence itself — keep it in one list`,
      );
  });
}

export function contextNotEvidence(check: Check) {
  for (const { position, where } of eachPosition(check))
    contextApart(position.context, position.statements, where, 'context', check);
  for (const { demand, where } of eachDemand(check)) {
    contextApart(demand.context, demand.statements, where, 'context', check);
    demand.responses.forEach((r, i) => contextApart(r.context, r.statements, where, `responses[${i}].context`, check));
  }
}

/** A side does not answer its own demand, and answers each demand once. */
export function responders(check: Check) {
  for (const { demand, where } of eachDemand(check)) {
    const seen = new Set<string>();
    demand.responses.forEach((response, r) => {
      const field = `responses[${r}].stakeholder`;
      if (response.stakeholder === demand.stakeholder)
        check.report(where(field), 'a side cannot respond to its own demand');
      if (seen.has(response.stakeholder))
        check.report(where(field), `${response.stakeholder} already has a response to this demand`);
      seen.add(response.stakeholder);
    });
  }
}
