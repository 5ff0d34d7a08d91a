/**
 * Proposals and the settlement explorer, reshaped for pages: small serialisable records (no source
 * texts), built on the server from the validated data. Which position stands is positionTrack's
 * rule; which demand stands is the reshape layer's; stances print through lib/stance.
 */
import type { Model } from '../model';
import type { Issue } from '../schema';
import type { StatementDigest } from '../digest';
import { digestStatement } from '../digest';
import { positionTrack, statementsOf } from '../analysis/positions';
import { reshapeSides, type Side } from '../reshape';
import { demandIsCurrent } from '../demands';
import { placeRedLine, type Place, type RedLine } from '../analysis/settlement';
import type { BargainInput } from '../analysis/bargain';
import { stanceBounds, stanceMiddle, type StancePlace } from '../stance';
import type { ModelInput, Proposal, Proposals } from './schema';
import { assessingSides, respondents } from '../sides';

export type ScaleWords = { min: string; mid: string; max: string };
export type SettlementIssue = { id: string; title: string; scale: ScaleWords };
export type StanceAt = Place & { stance: StancePlace; positionId: string; asOf: string };

export type SettlementData = {
  asOf: string;
  issues: SettlementIssue[];
  /** Bargaining sides, in file order. */
  sides: Side[];
  /** Observers: analysts and a source's own analysis, left out of distances, zone and model. */
  observers: { id: string; name: string }[];
  /** side → issue → the current stance (absent: no stance placed). */
  stances: Record<string, Record<string, StanceAt>>;
  /** issue → standing red lines (rules-out demands), placed by the rule in lib/analysis/settlement.ts. */
  redLines: Record<string, RedLine[]>;
  /** issue → the model's inputs: bargaining sides with a stance and analyst inputs. */
  model: Record<string, BargainInput[]>;
  modelNotes: (ModelInput & { sideName: string })[];
  /** Packages to start from. */
  starts: {
    id: string;
    label: string;
    kind: 'proposal' | 'side';
    values: Record<string, number>;
    /** Why a number is what it is (a range started at its middle), per issue. */
    notes: { issue: string; text: string }[];
  }[];
};

const scaleWords = (issue: Issue): ScaleWords => ({
  min: issue.scale.min.short,
  mid: issue.scale.mid.short,
  max: issue.scale.max.short,
});

function stanceAt(model: Model, side: string, issue: string): StanceAt | undefined {
  const current = positionTrack(model, side, issue).current;
  if (!current?.stance) return undefined;
  const { low, high } = stanceBounds(current.stance);
  const stance: StancePlace =
    current.stance.value !== undefined
      ? { value: current.stance.value }
      : { min: current.stance.min, max: current.stance.max };
  return { low, high, stance, positionId: current.id, asOf: current.asOf };
}

/** Where a package starts on an issue: the stance's middle, to a whole point. */
const start = (stance: StancePlace) => Math.round(stanceMiddle(stance));

export function settlementData(model: Model, proposals: Proposals): SettlementData {
  const observers = assessingSides(model);
  const all = reshapeSides(model);
  // The bargaining sides: those that answer a proposal (lib/sides.ts respondents; observers never do).
  const sides = respondents(all);
  const stances: SettlementData['stances'] = {};
  for (const side of sides) {
    stances[side.id] = {};
    for (const issue of model.issues) {
      const at = stanceAt(model, side.id, issue.id);
      if (at) stances[side.id]![issue.id] = at;
    }
  }
  const redLines: SettlementData['redLines'] = {};
  for (const issue of model.issues) {
    redLines[issue.id] = model.demands
      .filter((d) => d.issue === issue.id && d.kind === 'rules-out' && !observers.has(d.stakeholder))
      .filter((d) => demandIsCurrent(model, d))
      .map((d) => {
        const place = placeRedLine(stances[d.stakeholder]?.[issue.id]);
        return { demand: d.id, side: d.stakeholder, text: d.text, ...(place ? { place } : {}) };
      });
  }
  const modelBy: SettlementData['model'] = {};
  for (const issue of model.issues) {
    modelBy[issue.id] = proposals.model.flatMap((m) => {
      const at = m.issue === issue.id ? stances[m.stakeholder]?.[issue.id] : undefined;
      return at ? [{ side: m.stakeholder, low: at.low, high: at.high, salience: m.salience, clout: m.clout }] : [];
    });
  }
  const starts: SettlementData['starts'] = [];
  for (const p of proposals.proposals) {
    const values: Record<string, number> = {};
    const notes: SettlementData['starts'][number]['notes'] = [];
    for (const t of p.terms) {
      if (!t.place || values[t.issue] !== undefined) continue;
      const b = stanceBounds(t.place);
      values[t.issue] = start(t.place);
      if (b.low !== b.high)
        notes.push({
          issue: t.issue,
          text: `${t.text}: a range ${b.low}–${b.high}; the package starts at its middle, ${start(t.place)}`,
        });
    }
    starts.push({ id: `proposal:${p.id}`, label: p.title, kind: 'proposal', values, notes });
  }
  for (const side of sides) {
    const values: Record<string, number> = {};
    const notes: SettlementData['starts'][number]['notes'] = [];
    for (const issue of model.issues) {
      const at = stances[side.id]![issue.id];
      if (!at) continue;
      values[issue.id] = start(at.stance);
      if (at.low !== at.high)
        notes.push({
          issue: issue.id,
          text: `${issue.title}: a range ${at.low}–${at.high}; the package starts at its middle, ${start(at.stance)}`,
        });
    }
    if (Object.keys(values).length > 0)
      starts.push({ id: `side:${side.id}`, label: `${side.name}’s positions`, kind: 'side', values, notes });
  }
  const nameOf = new Map(all.map((s) => [s.id, s.name] as const));
  return {
    asOf: model.dataset.asOf,
    issues: model.issues.map((i) => ({ id: i.id, title: i.title, scale: scaleWords(i) })),
    sides,
    observers: all.filter((s) => observers.has(s.id)).map((s) => ({ id: s.id, name: s.name })),
    stances,
    redLines,
    model: modelBy,
    modelNotes: proposals.model.map((m) => ({ ...m, sideName: nameOf.get(m.stakeholder) ?? m.stakeholder })),
    starts,
  };
}

export type ResponseView = {
  side: Side;
  response: 'accepts' | 'rejects' | 'partly';
  rationale: string;
  statements: StatementDigest[];
};

export type TermView = {
  id: string;
  text: string;
  issue: SettlementIssue;
  place?: StancePlace & { rationale: string };
  statements: StatementDigest[];
  responses: ResponseView[];
};

export type ProposalView = {
  id: string;
  title: string;
  by: Side;
  date: string;
  dateApprox: boolean;
  summary: string;
  statements: StatementDigest[];
  terms: TermView[];
  /** Responses to the proposal as a whole. */
  responses: ResponseView[];
  supersededBy?: { id: string; title: string };
  supersedes: { id: string; title: string }[];
};

export function proposalView(model: Model, proposals: Proposals, p: Proposal): ProposalView {
  const all = reshapeSides(model);
  const sideById = new Map(all.map((s) => [s.id, s] as const));
  const digests = (ids: string[]) => statementsOf(model, ids).map(digestStatement);
  const responses = (term?: string) =>
    p.responses
      .filter((r) => r.term === term)
      .map((r) => ({
        side: sideById.get(r.stakeholder)!,
        response: r.response,
        rationale: r.rationale,
        statements: digests(r.statements),
      }));
  const issueById = new Map(model.issues.map((i) => [i.id, i] as const));
  const cited = statementsOf(model, p.statements);
  const next = p.supersededBy ? proposals.proposals.find((q) => q.id === p.supersededBy) : undefined;
  return {
    id: p.id,
    title: p.title,
    by: sideById.get(p.by)!,
    date: p.date,
    dateApprox: cited.length > 0 && cited.every((s) => s.dateApprox || s.date !== p.date),
    summary: p.summary,
    statements: cited.map(digestStatement),
    terms: p.terms.map((t) => {
      const issue = issueById.get(t.issue)!;
      return {
        id: t.id,
        text: t.text,
        issue: { id: issue.id, title: issue.title, scale: scaleWords(issue) },
        ...(t.place ? { place: t.place } : {}),
        statements: digests(t.statements),
        responses: responses(t.id),
      };
    }),
    responses: responses(undefined),
    ...(next ? { supersededBy: { id: next.id, title: next.title } } : {}),
    supersedes: proposals.proposals.filter((q) => q.supersededBy === p.id).map((q) => ({ id: q.id, title: q.title })),
  };
}
