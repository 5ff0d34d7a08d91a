/**
 * Proposals as they stood at the end of a day, and the static file the as-of views read them from
 * (/data/proposals.json). Pure and browser-safe (no zod, no file system): which statements are known
 * by a day is rawAsOf's rule (lib/time/asof.ts), applied here to proposals, terms and responses the
 * way it applies to demands and their responses — nothing copied.
 */
import type { RawDataset } from '../types';
import { knownBy, rawAsOf } from '../time/asof';
import { dateKey } from '../dates';
import { fetchJsonOnce } from '../time/history-file';
import type { Proposal, Proposals } from './schema';

export const PROPOSALS_URL = '/data/proposals.json';

/**
 * The proposals known at the end of `day`: a proposal put forward by then (its date, and at least one
 * of its statements known), each term and response cut to the statements known by then (one with none
 * left is dropped: it was not stated yet), a revision named only once it exists, and the model inputs
 * judged by then. `raw` is the whole record set (its statements date everything).
 */
export function proposalsAsOf(proposals: Proposals, raw: RawDataset, day: string): Proposals {
  if (day >= dateKey(raw.dataset.asOf)) return proposals;
  const known = new Set(rawAsOf(raw, day).statements.map((s) => s.id));
  const keep = (ids: string[]) => ids.filter((id) => known.has(id));
  const standing: Proposal[] = [];
  for (const p of proposals.proposals) {
    if (!knownBy(p.date, day) || keep(p.statements).length === 0) continue;
    const { supersededBy, ...rest } = p;
    standing.push({
      ...rest,
      statements: keep(p.statements),
      terms: p.terms.map((t) => ({ ...t, statements: keep(t.statements) })).filter((t) => t.statements.length > 0),
      responses: p.responses
        .map((r) => ({ ...r, statements: keep(r.statements) }))
        .filter((r) => r.statements.length > 0),
      ...(supersededBy ? { supersededBy } : {}),
    });
  }
  const ids = new Set(standing.map((p) => p.id));
  for (const p of standing) if (p.supersededBy && !ids.has(p.supersededBy)) delete p.supersededBy;
  return { proposals: standing, model: proposals.model.filter((m) => knownBy(m.date, day)) };
}

/** The proposals file, fetched once per page from the same origin. */
export const loadProposals = (url = PROPOSALS_URL): Promise<Proposals> => fetchJsonOnce<Proposals>(url);
