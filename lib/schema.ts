/**
 * The dataset's schema: one zod schema per file in data/, every field described, unknown keys
 * rejected. Types are inferred from here — there is no second, hand-written copy.
 * Cross-file rules (references, own-side evidence, quotes in their source, order of dates) live in ./validate/.
 */
import { z } from 'zod';
import { EVIDENCE_KINDS } from './evidence-kinds';
import { HEADLINE_MAX_CHARS } from './validate/headline-rule';
import { PALETTE } from './colors';

export const SCHEMA_VERSION = 2;

/** Versions `npm run migrate` can upgrade from (each to the next, in order). */
export const MIGRATABLE_VERSIONS = [1] as const;

export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a lower-case slug: letters, digits and single hyphens, e.g. "rubio-fox-aug-6"',
  )
  .max(80, 'must be at most 80 characters')
  .describe('Identifier: lower-case letters, digits and hyphens. Other files refer to the record by it.');

/**
 * Characters that change how text reads without being seen: bidi embeddings, overrides and isolates
 * (which can make a quote display in a different order than it is stored — "Trojan Source"), zero-width
 * space, word joiner and a byte-order mark inside text. Zero-width (non-)joiners (U+200C/U+200D) and
 * the left-to-right/right-to-left marks stay allowed: Persian, Indic scripts and emoji need them.
 */
export const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

/** Why a text is not acceptable as readable text, or undefined when it is. */
export function unreadableText(s: string): string | undefined {
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(s);
  if (control)
    return `must not contain control characters (U+${codePoint(control[0])} at character ${control.index + 1})`;
  const invisible = INVISIBLE_CONTROLS.exec(s);
  if (invisible)
    return `must not contain invisible or text-direction control characters (U+${codePoint(invisible[0])} at character ${invisible.index + 1}); delete it and retype the text around it`;
  if (!s.isWellFormed())
    return 'contains an unpaired UTF-16 surrogate (half of an emoji or other character); retype it';
  return undefined;
}
const codePoint = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((s, ctx) => {
      const problem = unreadableText(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A partial date as its first ('00') or last ('99') possible day, for comparing as text. */
const pad = (date: string, day: '00' | '99') => (date + `-${day}-${day}`).slice(0, 10);

/** A calendar date as precise as the source allows: "2025", "2025-05" or "2025-08-07". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: (issue) => `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(issue.input)}`,
  })
  .refine(isRealDate, {
    error: (issue) =>
      `is not a real calendar date (${JSON.stringify(issue.input)}): the month runs 01–12 and the day must exist in that month`,
  })
  .describe('A date: YYYY-MM-DD, or YYYY-MM / YYYY when the source is no more precise.');

export const HttpUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')
  .refine(
    (u) => !/^https?:\/\/[^/?#]*@/i.test(u),
    'must not contain a user name or password (user@host), which can disguise the real site',
  )
  .describe('A web address (http or https only).');

export const SOURCE_FACTS = ['title', 'outlet', 'author', 'published', 'url', 'language', 'kind', 'extent'] as const;

export const SOURCE_KINDS = [
  'official-transcript',
  'official-statement',
  'news-report',
  'news-analysis',
  'analysis',
] as const;
export const SourceKind = z
  .enum(SOURCE_KINDS)
  .describe(
    "official-transcript: a government's own record of what was said; official-statement: a statement a government or party issued; " +
      "news-report: a news article reporting what was said; news-analysis: a news article that reports what was said and adds the outlet's own analysis; " +
      'analysis: commentary or a think-tank paper.',
  );

export const SOURCE_EXTENTS = ['full', 'excerpt'] as const;

export const Source = z
  .strictObject({
    id: Id,
    title: Text(300).describe(
      'Title of the source; if it has none, a descriptive title (then list "title" in inferred).',
    ),
    outlet: Text(200).describe('Who published it, e.g. "Radio Free Europe/Radio Liberty (RFE/RL)".'),
    author: Text(200).optional().describe('Author or authors, when known.'),
    published: PartialDate.describe('When it was published.'),
    publishedApprox: z.boolean().default(false).describe('True when the publication date is approximate.'),
    url: HttpUrl.optional().describe('Where it can be read, when known.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "ru"')
      .describe('Language of the text, as an ISO 639 code.'),
    kind: SourceKind,
    extent: z
      .enum(SOURCE_EXTENTS)
      .describe(
        "full: data/sources/<id>.txt holds the whole text as published; excerpt: it holds part of it, so a quote's context may be missing.",
      ),
    retrieved: PartialDate.optional().describe(
      'When the text was copied from where it was published. Leave it out when not known; the sources page then says "not known".',
    ),
    inferred: z
      .array(z.enum(SOURCE_FACTS))
      .default([])
      .describe('Which of the facts above are inferred by us rather than stated by the source itself.'),
    inferenceNote: Text(1000).optional().describe('How the inferred facts were inferred.'),
  })
  .describe(
    'A document the dataset quotes. Its text — whole, or the excerpt we have (see extent) — is the file data/sources/<id>.txt.',
  );

/** What kind of side a stakeholder is (stakeholders.json `role`; default "party"). */
export const STAKEHOLDER_ROLES = ['party', 'analysts', 'source-analysis'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export const Stakeholder = z
  .strictObject({
    id: Id,
    name: Text(80).describe('Name shown in headers, e.g. "United States".'),
    abbreviation: z
      .string()
      .regex(/^[A-Z]{2,4}$/, 'must be 2–4 capital letters, e.g. "US"')
      .describe('Short label printed on chart marks so that colour is never the only cue.'),
    description: Text(500).describe('Who this side is, in one or two sentences.'),
    role: z
      .enum(STAKEHOLDER_ROLES)
      .optional()
      .describe(
        'What kind of side this is: "party" (the default) negotiates; "analysts" (analysts the sources quote) and "source-analysis" (a source\'s own analysis) only assess — their statements never count as a party\'s evidence, and they are no bargaining actors.',
      ),
    color: z
      .enum(PALETTE.light)
      .optional()
      .describe(
        "Optional: the colour of this side's marks, one of the palette's colours (lib/colors.ts). Without it the side takes the colour of its place in the file. Two sides given the same colour still differ by shape; validate warns.",
      ),
  })
  .describe('A side in the negotiation. Its column order in the matrix is its order in the file.');

export const Actor = z
  .strictObject({
    id: Id,
    name: Text(120).describe('Name as the source gives it, e.g. "Marco Rubio" or "White House officials (anonymous)".'),
    role: Text(300).describe('Role at the time, e.g. "US Secretary of State".'),
    stakeholder: Id.describe('The stakeholder this actor speaks for (id from stakeholders.json).'),
    kind: z
      .enum(['person', 'group', 'publication'])
      .describe("A named person, a group (officials, analysts), or a publication's own analysis."),
    anonymous: z.boolean().default(false).describe('True for speakers the source does not name.'),
    aliases: z
      .array(Text(120))
      .optional()
      .describe(
        'Other spellings or forms of the name that sources use, e.g. "Zelensky", "Zelenskiy"; intake matches speakers by them.',
      ),
  })
  .describe('A person or group who speaks.');

const ScaleAnchor = z.strictObject({
  short: Text(40).describe('Two to five words, printed on the scale.'),
  description: Text(300).describe('What this point of the scale means.'),
});

export const Issue = z
  .strictObject({
    id: Id,
    title: Text(60).describe('Short title, e.g. "Territory".'),
    question: Text(300).describe('The question positions on this issue answer.'),
    scale: z
      .strictObject({
        min: ScaleAnchor.describe('What a stance of 0 means.'),
        mid: ScaleAnchor.describe('What a stance of 50 means.'),
        max: ScaleAnchor.describe('What a stance of 100 means.'),
      })
      .describe('The 0–100 scale stances on this issue are placed on.'),
    keywords: z
      .array(Text(60))
      .optional()
      .describe(
        'Words or phrases that signal a statement bears on this issue, e.g. "ceasefire", "truce"; intake suggests the issue when a passage uses them.',
      ),
  })
  .describe('A question the parties take positions on. Its row order in the matrix is its order in the file.');

export { EVIDENCE_KINDS };
export const Evidence = z
  .enum(EVIDENCE_KINDS)
  .describe(
    "direct-quote: the source quotes the speaker; paraphrase: the source reports it in its own words; anonymous-officials: reported from unnamed officials; analyst-assessment: an analyst's judgement.",
  );

export const Statement = z
  .strictObject({
    id: Id,
    actor: Id.describe('Who said it (id from actors.json).'),
    source: Id.describe('Where we read it (id from sources.json).'),
    date: PartialDate.describe('When it was said.'),
    dateApprox: z.boolean().default(false).describe('True when the date is approximate (e.g. "in recent weeks").'),
    dateNote: Text(300).optional().describe('How the date was arrived at, when the source does not state it.'),
    notBefore: PartialDate.optional().describe(
      'Only with dateApprox: the earliest day the statement can have been made. Without it an approximate day-date counts from 7 days before it (a month or year: its first day).',
    ),
    notAfter: PartialDate.optional().describe(
      "Only with dateApprox: the latest day the statement can have been made. Without it an approximate day-date counts to 7 days after it (a month or year: its last day), and never after its source's exact publication date.",
    ),
    channel: Text(200).describe('Where it was said, e.g. "Fox Business Network interview", "Bluesky post".'),
    issues: z
      .array(Id)
      .describe(
        'Issues the statement bears on (ids from issues.json). Empty when it bears on none of them: it then shows on the statements and sources pages, not in the matrix.',
      ),
    evidence: Evidence,
    quotes: z
      .array(Text(2000))
      .default([])
      .describe(
        "The speaker's own words exactly as the source quotes them. Each must appear verbatim in the source text.",
      ),
    passage: Text(3000).describe(
      'The passage of the source that reports the statement, copied verbatim; the sources page highlights it.',
    ),
    summary: Text(240).describe('One neutral line: what was said.'),
  })
  .superRefine((statement, ctx) => {
    if (statement.evidence === 'direct-quote' && statement.quotes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['quotes'], message: 'a direct-quote statement needs at least one quote' });
    }
    for (const bound of ['notBefore', 'notAfter'] as const) {
      const value = statement[bound];
      if (value === undefined) continue;
      if (!statement.dateApprox)
        ctx.addIssue({
          code: 'custom',
          path: [bound],
          message: `only an approximate date (dateApprox: true) has bounds; an exact date ${statement.date} is its own bound`,
        });
      else if (
        bound === 'notBefore'
          ? pad(value, '00') > pad(statement.date, '00')
          : pad(value, '99') < pad(statement.date, '99')
      )
        ctx.addIssue({
          code: 'custom',
          path: [bound],
          message: `${value} is ${bound === 'notBefore' ? 'after' : 'before'} the statement's own date ${statement.date}: the bounds must contain the date`,
        });
    }
  })
  .describe('Something an actor said, as a source reports it.');

const StancePoint = (what: string) =>
  z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').describe(what);

/**
 * A point (`value`) where the evidence places the side, or a range (`min`–`max`) where it only
 * bounds it — e.g. a side that rejects one end of the scale and says nothing more.
 */
export const Stance = z
  .strictObject({
    value: StancePoint("A point on the issue's 0–100 scale. Give either this or min and max.").optional(),
    min: StancePoint(
      'A range: the lowest place the evidence allows (with max, instead of value). Less than max.',
    ).optional(),
    max: StancePoint(
      'A range: the highest place the evidence allows (with min, instead of value). More than min.',
    ).optional(),
    rationale: Text(600).describe("Why this place or range: the analyst's reasoning from the cited statements."),
  })
  .superRefine((stance, ctx) => {
    const hasRange = stance.min !== undefined || stance.max !== undefined;
    if (stance.value !== undefined && hasRange)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give either value (a point) or min and max (a range), not both',
      });
    else if (stance.value === undefined && !hasRange)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give value (a point) or min and max (a range)' });
    else if (hasRange && (stance.min === undefined || stance.max === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [stance.min === undefined ? 'min' : 'max'],
        message: 'a range needs both min and max',
      });
    else if (hasRange && stance.min! >= stance.max!)
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `must be less than max (min ${stance.min}, max ${stance.max}); for a single place give value instead`,
      });
  })
  .describe(
    "An analyst judgement: where the position sits on the issue's scale — a point (value) or, where the evidence only bounds it, a range (min–max).",
  );

/** The statements a record rests on: at least one, described for the record. */
export const Cited = (description: string, least = 'must cite at least one statement') =>
  z.array(Id).min(1, least).describe(description);

/** A position's or demand's evidence: its own side's statements. */
const OwnEvidence = (record: string) =>
  Cited(
    `Statements behind the ${record}: the evidence, every one by this stakeholder's own actors (others' words go in context).`,
  );

/** Other sides' statements that help the reader understand a record, never counted as evidence. */
const Context = (record: string) =>
  z
    .array(Id)
    .optional()
    .describe(
      `Optional: statements of other sides (or the source's own analysis, or analysts) that help the reader understand the ${record}. Shown labelled as context, never counted as evidence.`,
    );

export const Conflict = z
  .strictObject({
    statements: z
      .array(Id)
      .min(2, 'must name at least two statements that disagree')
      .describe('The statements of this side that disagree.'),
    summary: Text(400).describe('What the disagreement is, neutrally.'),
  })
  .describe('Statements of one side that contradict each other.');

export const Position = z
  .strictObject({
    id: Id,
    stakeholder: Id.describe('Whose position (id from stakeholders.json).'),
    issue: Id.describe('On which issue (id from issues.json).'),
    asOf: PartialDate.describe(
      'The date the position is stated as of. The latest one for a stakeholder and issue is the current one.',
    ),
    summary: Text(300).describe('The position in one neutral sentence.'),
    headline: Text(HEADLINE_MAX_CHARS)
      .optional()
      .describe(
        'Optional: the position in a few neutral words (eight at most) for a matrix cell, claiming nothing beyond the summary and with no quotation marks (the validator checks both). Without it, the cell shows a short phrase from the side and its stance (the phrase the studio and intake propose).',
      ),
    stance: Stance.optional(),
    statements: OwnEvidence('position'),
    context: Context('position'),
    conflicts: z.array(Conflict).default([]).describe("Where this side's own statements disagree."),
  })
  .describe("A stakeholder's position on an issue as of a date.");

export const RESPONSES = ['accepts', 'rejects', 'partly'] as const;

export const Response = z
  .strictObject({
    stakeholder: Id.describe('The side that responds (id from stakeholders.json).'),
    response: z.enum(RESPONSES).describe('accepts, rejects or partly. A side with no entry has no stated response.'),
    statements: Cited("Statements by the responding side's own actors that say so (others' words go in context)."),
    context: Context('response'),
    rationale: Text(400).describe('Analyst judgement: why the statements amount to this response.'),
  })
  .describe('How another side has responded to a demand.');

export const DEMAND_STATES = ['withdrawn', 'met', 'superseded'] as const;

export const DemandStatus = z
  .strictObject({
    state: z
      .enum(DEMAND_STATES)
      .describe(
        'withdrawn: the side dropped it; met: it was granted or happened; superseded: the side replaced it with another demand (supersededBy).',
      ),
    date: PartialDate.describe(
      'When it ended: the date of the statement that shows it. From this date on it is no longer current.',
    ),
    statements: Cited(
      'Statements that show the demand was withdrawn, met or superseded.',
      'must cite at least one statement that shows the demand ended',
    ),
    supersededBy: Id.optional().describe('For a superseded demand: the demand that replaces it (id in demands.json).'),
    note: Text(300).describe('Analyst judgement: why the statements show it ended, in one neutral sentence.'),
  })
  .describe('How and when a demand stopped being current. Leave it out while the demand stands.');

export const Demand = z
  .strictObject({
    id: Id,
    stakeholder: Id.describe('The side making the demand (id from stakeholders.json).'),
    issue: Id.describe('The issue it belongs to (id from issues.json).'),
    kind: z.enum(['asks', 'rules-out']).describe('asks: the side asks for it; rules-out: the side rules it out.'),
    text: Text(200).describe('The demand in a short phrase, e.g. "Ukrainian neutrality".'),
    statements: OwnEvidence('demand'),
    context: Context('demand'),
    responses: z
      .array(Response)
      .default([])
      .describe("Other sides' stated responses. A side not listed has no stated response."),
    status: DemandStatus.optional(),
  })
  .superRefine((demand, ctx) => {
    if (demand.status?.state === 'superseded' && !demand.status.supersededBy)
      ctx.addIssue({
        code: 'custom',
        path: ['status', 'supersededBy'],
        message: 'a superseded demand must name the demand that replaces it (its id in demands.json)',
      });
    if (demand.status && demand.status.state !== 'superseded' && demand.status.supersededBy)
      ctx.addIssue({
        code: 'custom',
        path: ['status', 'supersededBy'],
        message: `only a superseded demand names a replacement; this one is ${demand.status.state}`,
      });
  })
  .describe(
    'A concrete thing a side asks for or rules out. Its first statement dates it; with a status it has ended (withdrawn, met or superseded) and drops out of views as of that date.',
  );

export const EVENT_KINDS = ['happened', 'deadline', 'planned'] as const;

export const Event = z
  .strictObject({
    id: Id,
    date: PartialDate.describe('When it happened.'),
    dateApprox: z.boolean().default(false).describe('True when the date is approximate (e.g. "mid-May").'),
    label: Text(120).describe(
      'What happened, in a few words; shown on the timeline. For a deadline or a planned event, say so in the label.',
    ),
    kind: z
      .enum(EVENT_KINDS)
      .default('happened')
      .describe(
        "happened: something that took place (the default); deadline: a date set for something to happen (e.g. an ultimatum), which passes once the as-of date is later; planned: a meeting or step announced for a date. Only a deadline or a planned event may be dated after the dataset's as-of date.",
      ),
    source: Id.describe('The source that names the event (id from sources.json).'),
    passage: Text(2000).describe('The passage of the source that names it, copied verbatim.'),
    issues: z
      .array(Id)
      .optional()
      .describe(
        'Optional: the issues the event bears on (ids from issues.json). A deck narrowed to other issues leaves it out. Leave it out for an event that is context for every issue.',
      ),
  })
  .describe('An event the sources name; an annotation on the timeline.');

export const Dataset = z
  .strictObject({
    version: z
      .literal(SCHEMA_VERSION, {
        error: (issue) =>
          (MIGRATABLE_VERSIONS as readonly unknown[]).includes(issue.input)
            ? `is ${String(issue.input)}, an older data format: run \`npm run migrate\` (or \`npm run migrate -- <data folder>\`) to upgrade it to version ${SCHEMA_VERSION}`
            : `must be ${SCHEMA_VERSION}, the schema version this code reads`,
      })
      .describe('Schema version of the data folder.'),
    title: Text(120).describe('Name of the dataset, shown in the header.'),
    subject: Text(400).describe('What the dataset covers, in one sentence.'),
    asOf: PartialDate.describe('Date the dataset is current to.'),
    staleAfterDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(3650, 'must be at most 3650 days')
      .default(60)
      .describe(
        'Staleness window in days: a position older than this relative to the date a view is as of is marked stale, and compare warns when it sets side by side positions further apart than this.',
      ),
  })
  .describe('About the dataset as a whole.');

/** Each list file is an object with one array, so an editor can point "$schema" at its JSON Schema. */
const listFile = <K extends string, T extends z.ZodType>(key: K, item: T, min = 0) =>
  z.strictObject({
    $schema: z.string().optional().describe('Path of the JSON Schema that checks this file.'),
    ...({
      [key]:
        min > 0
          ? z.array(item).min(min, `must list at least one record: the site has nothing to show without it`)
          : z.array(item),
    } as Record<K, z.ZodArray<T>>),
  });

export const FILES = {
  dataset: { file: 'dataset.json', schema: Dataset.extend({ $schema: z.string().optional() }) },
  sources: { file: 'sources.json', schema: listFile('sources', Source, 1) },
  stakeholders: { file: 'stakeholders.json', schema: listFile('stakeholders', Stakeholder, 1) },
  actors: { file: 'actors.json', schema: listFile('actors', Actor) },
  issues: { file: 'issues.json', schema: listFile('issues', Issue, 1) },
  statements: { file: 'statements.json', schema: listFile('statements', Statement) },
  positions: { file: 'positions.json', schema: listFile('positions', Position) },
  demands: { file: 'demands.json', schema: listFile('demands', Demand) },
  events: { file: 'events.json', schema: listFile('events', Event) },
} as const;

export type Source = z.infer<typeof Source>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type Actor = z.infer<typeof Actor>;
export type Issue = z.infer<typeof Issue>;
export type Statement = z.infer<typeof Statement>;
export type Stance = z.infer<typeof Stance>;
export type Position = z.infer<typeof Position>;
export type Demand = z.infer<typeof Demand>;
export type DemandResponse = z.infer<typeof Response>;
export type Event = z.infer<typeof Event>;
export type DemandStatus = z.infer<typeof DemandStatus>;
export type DemandState = (typeof DEMAND_STATES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type Dataset = z.infer<typeof Dataset>;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type SourceKindName = (typeof SOURCE_KINDS)[number];
export type ResponseKind = (typeof RESPONSES)[number];
