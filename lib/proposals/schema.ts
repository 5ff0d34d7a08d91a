/**
 * The optional `proposals.json`: plans and offers held up against the sides' positions, and the
 * analyst's model inputs (salience and clout per side and issue). Every field described, unknown
 * keys rejected, like lib/schema.ts; types are inferred from here. Cross-file rules live in
 * ./validate.ts.
 */
import { z } from 'zod';
import { Id, PartialDate, Response, Stance, Text } from '../schema';

export const Term = z
  .strictObject({
    id: Id.describe('Identifier of the term, unique within its proposal.'),
    issue: Id.describe('The issue the term settles (id from issues.json).'),
    text: Text(200).describe('The term in a short phrase, in our words (quotation marks only for exact quotes).'),
    place: Stance.optional().describe(
      "Analyst judgement: where the term sits on the issue's 0–100 scale — a point (value) or a range (min–max) — with its rationale. Leave it out when the term cannot be placed.",
    ),
    statements: z
      .array(Id)
      .min(1, 'must cite at least one statement that states the term')
      .describe('Statements that state this term; each must bear on the term’s issue.'),
  })
  .describe('One term of a proposal, on one issue.');

/** A demand's response (lib/schema.ts) less its context, plus the term it answers. */
export const ProposalResponse = Response.omit({ context: true })
  .extend({
    term: Id.optional().describe("The term answered (a term's id); leave it out for a response to the whole proposal."),
    statements: z
      .array(Id)
      .min(1, 'must cite at least one statement')
      .describe("Statements by the responding side's own speakers that say so."),
  })
  .describe('How a side responded to a proposal, as a whole or to one of its terms.');

export const Proposal = z
  .strictObject({
    id: Id,
    title: Text(120).describe('A short neutral title, e.g. "Trump’s sequence of summits".'),
    by: Id.describe('Who put it forward: a side or a third party (id from stakeholders.json).'),
    date: PartialDate.describe('When it was put forward: the date of its earliest statement.'),
    summary: Text(400).describe('What it proposes, in one neutral sentence, in our words.'),
    statements: z
      .array(Id)
      .min(1, 'must cite at least one statement')
      .describe('Statements that put the proposal forward; at least one by the proposing side.'),
    terms: z.array(Term).min(1, 'must list at least one term').describe('Its terms, one issue each.'),
    responses: z.array(ProposalResponse).default([]).describe("The sides' stated responses."),
    supersededBy: Id.optional().describe('A later version of this proposal that replaces it (id in proposals.json).'),
  })
  .describe('A plan or offer, dated, with its source statements, terms and the responses to it.');

const Bounds = (what: string) =>
  z
    .strictObject({
      min: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
      max: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    })
    .refine((b) => b.min <= b.max, { message: 'min must not exceed max', path: ['min'] })
    .describe(what);

export const ModelInput = z
  .strictObject({
    stakeholder: Id.describe(
      'The side (id from stakeholders.json). Analysts and a source’s own analysis are no bargaining actors.',
    ),
    issue: Id.describe('The issue (id from issues.json).'),
    salience: Bounds(
      'Analyst judgement: how much the issue matters to the side, 0–1, as a range (min = max for one value).',
    ),
    clout: Bounds('Analyst judgement: how much the side can move the outcome, 0–1, as a range.'),
    rationale: Text(400).describe('Why these numbers: the analyst’s reasoning.'),
    date: PartialDate.describe('When the judgement was made.'),
  })
  .describe('Analyst judgement feeding the compromise model: salience and clout of one side on one issue.');

export const ProposalsFile = z.strictObject({
  $schema: z.string().optional().describe('Path of the JSON Schema that checks this file.'),
  proposals: z.array(Proposal).describe('Plans and offers, with their terms and responses.'),
  model: z
    .array(ModelInput)
    .default([])
    .describe('Optional analyst inputs for the compromise model (salience and clout per side and issue).'),
});

export const PROPOSALS_FILE = 'proposals.json';

export type Term = z.infer<typeof Term>;
export type ProposalResponse = z.infer<typeof ProposalResponse>;
export type Proposal = z.infer<typeof Proposal>;
export type ModelInput = z.infer<typeof ModelInput>;
export type Proposals = { proposals: Proposal[]; model: ModelInput[] };

/** The JSON Schema of proposals.json (data/schema/proposals.schema.json; a test keeps it current). */
export const proposalsJsonSchema = () => ({
  $id: 'proposals.schema.json',
  ...z.toJSONSchema(ProposalsFile, { io: 'input', unrepresentable: 'any' }),
});
