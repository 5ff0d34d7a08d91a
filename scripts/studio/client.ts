/**
 * The studio page (built into /studio.js by esbuild when `npm run studio` starts): plain DOM, no
 * framework, no outside requests. Text from articles is only ever set as textContent, never parsed as
 * HTML. Shares lib/'s rules: the evidence kinds, slugs, name matching and statement dating.
 */
import type { Candidate, Proposal, ProposedActor, ProposedSource } from '../../lib/ingest/ingest';
import type { Issue, Stance } from '../../lib/schema';
import { fallbackHeadline } from '../../lib/format';
import { EVIDENCE_KINDS } from '../../lib/schema';
import { dateStatement, maskQuotes } from '../../lib/ingest/dates';
import { namesActor, slug } from '../../lib/ingest/match';

/** Below this, a candidate's speaker is flagged for checking and listed first. */
const CHECK_BELOW = 0.6;

type DataView = {
  folder: string;
  versions: Record<string, string>;
  asOf: string;
  stakeholders: { id: string; name: string }[];
  actors: { id: string; name: string; stakeholder: string; aliases: string[] }[];
  issues: { id: string; title: string; scale: Issue['scale'] }[];
  statements: string[];
  sources: string[];
  positions: {
    id: string;
    stakeholder: string;
    issue: string;
    asOf: string;
    summary: string;
    stance: Stance | null;
    headline: string | null;
  }[];
  demands: string[];
};

type IngestReply = Proposal & { existing: boolean; savedAs: (string | null)[] };

type Status = 'pending' | 'accepted' | 'rejected' | 'saved';
type Decision = {
  status: Status;
  id: string;
  idEdited: boolean;
  speaker: string;
  actor: string;
  /** The analyst said yes to an actor whose name the speaker words do not match. */
  actorConfirmed: boolean;
  date: string;
  dateApprox: boolean;
  dateNote: string | null;
  dateSetByAnalyst: boolean;
  evidence: string;
  issues: string[];
  channel: string;
  summary: string;
  passage: string;
  /** For a statement added from selected text: the quoted words, exactly. */
  quote: string | null;
};
type NewActor = Omit<ProposedActor, 'stakeholder'> & { stakeholder: string };
type Draft = { type: 'position' | 'demand'; record: Record<string, unknown> & { id: string } };

const state: {
  data: DataView | null;
  opened: { name: string; bytes: Uint8Array } | null;
  proposal: IngestReply | null;
  decisions: Decision[];
  newActors: NewActor[];
  drafts: Draft[];
  savedDrafts: Set<string>;
  current: number;
  saving: boolean;
} = {
  data: null,
  opened: null,
  proposal: null,
  decisions: [],
  newActors: [],
  drafts: [],
  savedDrafts: new Set(),
  current: -1,
  saving: false,
};

const data = () => state.data!;
const proposal = () => state.proposal!;

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}
const input = (id: string) => $<HTMLInputElement>(id);

type Child = Node | string | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'selected' || k === 'value') (node as unknown as Record<string, unknown>)[k] = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  const add = (c: Child) => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c !== null && c !== undefined && c !== false) node.append(c);
  };
  children.forEach(add);
  return node;
}
const valueOf = (e: Event) => {
  const t = e.target as HTMLInputElement;
  return t.type === 'checkbox' ? t.checked : t.value;
};

function showProblems(problems: string[] | undefined, lead = 'Nothing was saved or changed:') {
  const box = $('problems');
  box.replaceChildren();
  if (!problems || problems.length === 0) return;
  box.append(
    el('p', { text: lead }),
    el(
      'ul',
      {},
      problems.map((p) => el('li', { text: p })),
    ),
  );
}
const say = (text: string) => ($('status').textContent = text);

async function loadData() {
  const response = await fetch('/api/data');
  const body = (await response.json()) as DataView & { problems?: string[] };
  if (!response.ok) return showProblems(body.problems);
  state.data = body;
  $('folder').textContent = body.folder + '/';
  for (const id of ['actor-stakeholder', 'draft-stakeholder'])
    $(id).replaceChildren(...body.stakeholders.map((s) => el('option', { value: s.id, text: s.name })));
  $('draft-issue').replaceChildren(...body.issues.map((i) => el('option', { value: i.id, text: i.title })));
}

// ---------------------------------------------------------------------------------------------
// Opening an article

async function openArticle(name: string, bytes: Uint8Array, published?: string) {
  showProblems([]);
  say('Reading the article…');
  state.opened = { name, bytes };
  const params = new URLSearchParams({ name });
  const when = published ?? input('open-published').value;
  if (when) params.set('published', when);
  if (input('open-outlet').value.trim()) params.set('outlet', input('open-outlet').value.trim());
  const response = await fetch('/api/ingest?' + params.toString(), {
    method: 'POST',
    body: bytes as BufferSource,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  const body = (await response.json()) as IngestReply & { problems?: string[] };
  if (!response.ok) {
    say('');
    $('review').hidden = true;
    return showProblems(body.problems, 'The article could not be read:');
  }
  const previous = state.proposal && state.proposal.text === body.text ? state.decisions : null;
  state.proposal = body;
  state.newActors = body.proposedActors.map((a) => ({
    ...a,
    stakeholder: a.stakeholder ?? data().stakeholders[0]!.id,
  }));
  const taken = new Set(data().statements);
  state.decisions = body.candidates.map((c, i) => {
    const fresh = decisionFor(c, taken, body.savedAs[i] ?? null);
    const before = previous?.[i];
    // Re-reading the same article with its publication date keeps what the analyst already decided;
    // only the dates they did not set themselves are worked out again.
    if (!before) return fresh;
    return before.dateSetByAnalyst
      ? before
      : { ...before, date: fresh.date, dateApprox: fresh.dateApprox, dateNote: fresh.dateNote };
  });
  if (!previous) state.drafts = [];
  renderAll();
  $('review').hidden = false;
  const quotes = body.candidates.filter((c) => c.quote !== null).length;
  say(
    `Found ${quotes} quotations and ${body.candidates.length - quotes} paraphrases in "${body.source.title}".` +
      (body.existing
        ? ` This article is already in the data as source ${body.source.id}: statements you accept are added to it.`
        : '') +
      (body.needsPublished ? ' The article does not state its publication date: give it first.' : ''),
  );
  if (body.needsPublished) input('published-needed').focus();
}

function actorName(id: string): string | undefined {
  return data().actors.find((a) => a.id === id)?.name ?? state.newActors.find((a) => a.id === id)?.name;
}

function statementId(actor: string, words: string, taken: Set<string>) {
  return uniqueId(`${actor || 'speaker'}-${slug(words.split(/\s+/).slice(0, 5).join(' '))}`, taken);
}

function decisionFor(c: Candidate, taken: Set<string>, savedAs: string | null): Decision {
  const actor = c.actor ?? state.newActors.find((a) => a.name === c.speaker)?.id ?? '';
  return {
    status: savedAs ? 'saved' : 'pending',
    id: savedAs ?? statementId(actor, c.quote ?? c.passage, taken),
    idEdited: false,
    speaker: c.speaker ?? '',
    actor,
    actorConfirmed: false,
    date: c.date ?? '',
    dateApprox: c.dateApprox,
    dateNote: c.dateNote ?? null,
    dateSetByAnalyst: false,
    evidence: c.evidence === 'document' ? 'direct-quote' : c.evidence,
    issues: [...c.issues],
    channel:
      c.evidence === 'document'
        ? 'A document the article quotes (name it here)'
        : 'Quoted in the article (the setting is not named)',
    summary: c.quote && c.quote.length <= 200 ? `Said "${c.quote}"` : '',
    passage: c.passage,
    quote: c.quote,
  };
}

function uniqueId(base: string, taken: Set<string>) {
  const clean = base.replace(/^-+/, '') || 'statement';
  let id = clean;
  for (let n = 2; taken.has(id); n++) id = `${clean}-${n}`;
  taken.add(id);
  return id;
}

function renderAll() {
  renderPublishedAsk();
  renderSource();
  renderCandidates();
  renderText();
  renderActors();
  renderDrafts();
  renderSummary();
  renderAsOf();
}

// ---------------------------------------------------------------------------------------------
// The source and its publication date

function renderPublishedAsk() {
  $('published-ask').hidden = !proposal().needsPublished;
}

/** A fact the analyst sets is theirs: no longer listed as inferred, and its note goes. */
function analystSets(key: string) {
  const s = proposal().source;
  if (!s.inferred.includes(key as never)) return;
  s.inferred = s.inferred.filter((k) => k !== key);
  const notes = (s.inferenceNote ?? '')
    .replace(/^Intake: /, '')
    .replace(/\.$/, '')
    .split('; ')
    .filter((n) => n && !n.startsWith(`${key}:`));
  if (notes.length && s.inferred.length) s.inferenceNote = `Intake: ${notes.join('; ')}.`;
  else delete s.inferenceNote;
}

function renderSource() {
  const s = proposal().source as ProposedSource & Record<string, unknown>;
  const existing = proposal().existing;
  const field = (key: string, label: string, type = 'text') =>
    el(
      'p',
      {},
      el('label', { for: `source-${key}`, text: label }),
      el('br'),
      el('input', {
        id: `source-${key}`,
        type,
        value: (s[key] as string | null | undefined) ?? '',
        disabled: existing,
        oninput: (e: Event) => {
          const v = String(valueOf(e));
          if (key === 'published') return; // set through the ask (it re-dates the statements)
          if (v) s[key] = v;
          else delete s[key];
          analystSets(key);
          renderSourceNote();
        },
        onchange: (e: Event) => {
          if (key !== 'published') return;
          const v = String(valueOf(e));
          if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v !== s.published) void applyPublished(v);
        },
      }),
    );
  const extent = el(
    'fieldset',
    {},
    el('legend', { text: 'Does the file hold the whole article?' }),
    ...(['full', 'excerpt'] as const).map((x) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          name: 'source-extent',
          value: x,
          checked: s.extent === x,
          disabled: existing,
          onchange: () => {
            s.extent = x;
            analystSets('extent');
            renderSourceNote();
            renderSummary();
          },
        }),
        x === 'full' ? ' the whole article (full)' : ' part of it (excerpt)',
        ' ',
      ),
    ),
  );
  $('source-fields').replaceChildren(
    field('id', 'Source id'),
    field('title', 'Title'),
    field('outlet', 'Outlet'),
    field('author', 'Author'),
    field('published', 'Published', 'date'),
    field('url', 'URL', 'url'),
    field('language', 'Language code'),
    extent,
  );
  renderSourceNote();
}

function renderSourceNote() {
  const s = proposal().source;
  $('source-inferred').textContent = proposal().existing
    ? `Already in the data as source ${s.id}; its record and text stay as they are.`
    : s.inferred.length
      ? `Not stated by the article (listed as inferred): ${s.inferred.join(', ')}. ${s.inferenceNote ?? ''}`
      : 'Every fact above is stated by the article or given by you.';
}

async function applyPublished(date: string) {
  if (!state.opened) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    showProblems(['Give the publication date as a whole date.'], 'The dates were not resolved:');
    return;
  }
  const extent = proposal().source.extent;
  await openArticle(state.opened.name, state.opened.bytes, date);
  if (extent && !proposal().source.extent) {
    proposal().source.extent = extent;
    analystSets('extent');
    renderSource();
  }
  say(`Publication date set to ${date}; the statement dates are worked out from it. Check each.`);
}

// ---------------------------------------------------------------------------------------------
// Candidates

/** Names an actor answers to. */
function namesOf(actorId: string): string[] {
  const known = data().actors.find((a) => a.id === actorId);
  if (known) return [known.name, ...known.aliases];
  const fresh = state.newActors.find((a) => a.id === actorId);
  return fresh ? [fresh.name] : [];
}

/** The words that named the speaker: the attribution's, or the speaker field. */
function speakerWords(c: Candidate, d: Decision): string {
  return c.attribution?.words ?? d.speaker;
}

/** True when the chosen actor's name does not match the speaker words (and the analyst has not said yes). */
function actorMismatch(c: Candidate, d: Decision): boolean {
  if (!d.actor || d.actorConfirmed) return false;
  return !namesActor([d.speaker, c.attribution?.words ?? ''], namesOf(d.actor));
}

const confidenceOf = (c: Candidate) => c.attribution?.confidence ?? c.confidence;
const needsCheck = (c: Candidate) => c.attribution?.needsCheck ?? confidenceOf(c) < CHECK_BELOW;

/** Candidates to check first, then the rest, each group in article order. */
function displayOrder(): number[] {
  const all = proposal().candidates.map((_, i) => i);
  return [
    ...all.filter((i) => needsCheck(proposal().candidates[i]!)),
    ...all.filter((i) => !needsCheck(proposal().candidates[i]!)),
  ];
}

/** A passage with its quoted words and the words that named the speaker marked. */
function markedPassage(passage: string, quote: string | null, speaker: string): Node[] {
  const ranges: { start: number; end: number; cls: string }[] = [];
  if (quote) {
    const at = passage.indexOf(quote);
    if (at >= 0) ranges.push({ start: at, end: at + quote.length, cls: 'quote' });
  }
  if (speaker.trim()) {
    const masked = maskQuotes(passage);
    const words = [speaker, speaker.split(/\s+/).at(-1) ?? ''].filter((w) => w.length > 2);
    for (const w of words) {
      const at = masked.indexOf(w);
      if (at >= 0) {
        ranges.push({ start: at, end: at + w.length, cls: 'speaker' });
        break;
      }
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const out: Node[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos) continue;
    out.push(document.createTextNode(passage.slice(pos, r.start)));
    out.push(
      el(r.cls === 'quote' ? 'mark' : 'strong', {
        class: r.cls,
        title: r.cls === 'quote' ? 'the quoted words' : 'the words that named the speaker',
        text: passage.slice(r.start, r.end),
      }),
    );
    pos = r.end;
  }
  out.push(document.createTextNode(passage.slice(pos)));
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Why a trimmed passage cannot stand, or null. */
function passageProblem(c: Candidate, d: Decision): string | null {
  const passage = squash(d.passage);
  if (!passage) return 'The passage is empty.';
  const paragraphs = proposal().paragraphs.map(squash);
  if (!paragraphs.some((p) => p.includes(passage)))
    return 'The passage must be words of the article, exactly (you may only cut words from its ends).';
  const quote = d.quote ?? c.quote;
  if (quote && !passage.includes(squash(quote))) return 'The passage must still hold the quoted words.';
  return null;
}

function heading(c: Candidate, d: Decision, i: number) {
  const who = (d.actor && actorName(d.actor)) || d.speaker || 'speaker not found';
  const kind = (d.quote ?? c.quote) !== null ? 'Quotation' : 'Paraphrase';
  const status = d.status === 'pending' ? '' : ` — ${d.status === 'saved' ? 'already saved' : d.status}`;
  return `${kind} ${i + 1}: ${who}${status}`;
}

function refreshCard(i: number) {
  renderCandidates();
  renderText();
  renderActors();
  renderDrafts();
  renderSummary();
  renderAsOf();
  void i;
}

function renderCandidates() {
  const list = $('candidates');
  const taken = () => new Set([...data().statements, ...state.decisions.map((x) => x.id)]);
  list.replaceChildren(
    ...displayOrder().map((i) => {
      const c = proposal().candidates[i]!;
      const d = state.decisions[i]!;
      const headingId = `candidate-${i}-heading`;
      const f = (key: string) => `c${i}-${key}`;
      const set = (key: keyof Decision) => (e: Event) => {
        (d as Record<string, unknown>)[key] = valueOf(e);
        if (key === 'id') d.idEdited = true;
        if (key === 'speaker') d.actorConfirmed = false;
        if (key === 'summary' || key === 'channel' || key === 'id' || key === 'evidence') return renderSummary();
        refreshCard(i);
        document.getElementById(f(key))?.focus();
      };
      const chooseActor = (e: Event) => {
        d.actor = String(valueOf(e));
        d.actorConfirmed = false;
        // The id follows the chosen actor unless the analyst wrote their own.
        if (!d.idEdited && d.status !== 'saved') {
          const others = taken();
          others.delete(d.id);
          d.id = statementId(d.actor, d.quote ?? c.quote ?? d.passage, others);
        }
        refreshCard(i);
        document.getElementById(actorMismatch(c, d) ? f('confirm') : f('actor'))?.focus();
      };
      const setDate = (e: Event) => {
        d.date = String(valueOf(e));
        // A date the analyst sets is theirs: exact unless they say otherwise.
        d.dateSetByAnalyst = true;
        d.dateApprox = false;
        d.dateNote = null;
        renderSummary();
        renderAsOf();
        const box = input(f('approx'));
        if (box) box.checked = false;
        $(f('date-note')).textContent = '';
      };
      const issueBoxes = data().issues.map((issue) =>
        el(
          'label',
          {},
          el('input', {
            type: 'checkbox',
            checked: d.issues.includes(issue.id),
            onchange: (e: Event) => {
              d.issues = valueOf(e) ? [...d.issues, issue.id] : d.issues.filter((x) => x !== issue.id);
            },
          }),
          ' ',
          issue.title,
        ),
      );
      const mismatch = actorMismatch(c, d);
      const problem = passageProblem(c, d);
      const decide = (status: Status) => () => {
        if (status === 'accepted' && d.status !== 'accepted') {
          if (mismatch) {
            say(`Say first whether ${actorName(d.actor)} said it: the speaker words name someone else.`);
            return document.getElementById(f('confirm'))?.focus();
          }
          if (problem) {
            say(problem);
            return document.getElementById(f('passage'))?.focus();
          }
        }
        d.status = d.status === status ? 'pending' : status;
        refreshCard(i);
        document.getElementById(`c${i}-${status}`)?.focus();
      };
      // Accept and Reject: pressed while that is the decision.
      const decisionButton = (status: 'accepted' | 'rejected', text: string) =>
        el('button', {
          type: 'button',
          class: status === 'rejected' ? 'secondary' : null,
          id: `c${i}-${status}`,
          'aria-pressed': String(d.status === status),
          onclick: decide(status),
          text,
        });
      const check = needsCheck(c);
      const attribution = c.attribution;
      const quote = d.quote ?? c.quote;
      const saved = d.status === 'saved';
      return el(
        'li',
        { class: `${d.status}${check ? ' check' : ''}`, onfocusin: () => highlight(i) },
        el(
          'article',
          { 'aria-labelledby': headingId },
          el('h3', { id: headingId, text: heading(c, d, i) }),
          check
            ? el('p', {
                class: 'check-mark',
                text: `Check the speaker: ${attribution?.reason || `confidence ${confidenceOf(c).toFixed(2)} is below ${CHECK_BELOW}`}.`,
              })
            : null,
          c.quote !== null ? el('blockquote', { text: c.quote }) : null,
          el('p', { class: 'meta passage' }, 'Passage: ', markedPassage(d.passage, quote, speakerWords(c, d))),
          el('p', {
            class: 'meta',
            text:
              `Found by: ${attribution?.rule ?? c.why}.` +
              (attribution?.words ? ` Speaker named by the words: ${attribution.words}.` : '') +
              ` Confidence ${confidenceOf(c).toFixed(2)}.` +
              (c.evidence === 'document' ? ' A document is quoted: choose the body that issued it as the actor.' : ''),
          }),
          saved
            ? el('p', { class: 'meta', text: `Already in the data as statement ${d.id}; it is not saved again.` })
            : null,
          el(
            'div',
            { class: 'grid' },
            el(
              'p',
              {},
              el('label', { for: f('speaker'), text: 'Speaker (as the article names them)' }),
              el('br'),
              el('input', { id: f('speaker'), value: d.speaker, disabled: saved, onchange: set('speaker') }),
            ),
            el(
              'p',
              {},
              el('label', { for: f('actor'), text: 'Actor' }),
              el('br'),
              el('select', { id: f('actor'), disabled: saved, onchange: chooseActor }, actorOptions(d.actor)),
            ),
            mismatch
              ? el(
                  'div',
                  { class: 'wide warning', role: 'alert' },
                  el('p', {
                    text: `${actorName(d.actor)} does not match the speaker the article names here (${speakerWords(c, d) || d.speaker}). Did ${actorName(d.actor)} say it?`,
                  }),
                  el('button', {
                    type: 'button',
                    id: f('confirm'),
                    onclick: () => {
                      d.actorConfirmed = true;
                      d.speaker = actorName(d.actor) ?? d.speaker;
                      refreshCard(i);
                      document.getElementById(f('actor'))?.focus();
                    },
                    text: `Yes, ${actorName(d.actor)} said it`,
                  }),
                )
              : null,
            el(
              'p',
              {},
              el('label', { for: f('date'), text: 'Date said' }),
              el('br'),
              el('input', { id: f('date'), type: 'date', value: d.date, disabled: saved, onchange: setDate }),
              el('br'),
              el('small', {
                id: f('date-note'),
                text: d.date ? (d.dateApprox && d.dateNote ? d.dateNote : '') : (d.dateNote ?? 'Set the date.'),
              }),
            ),
            el(
              'p',
              {},
              el(
                'label',
                {},
                el('input', {
                  id: f('approx'),
                  type: 'checkbox',
                  checked: d.dateApprox,
                  disabled: saved,
                  onchange: set('dateApprox'),
                }),
                ' Date is approximate',
              ),
            ),
            el(
              'p',
              {},
              el('label', { for: f('evidence'), text: 'Evidence' }),
              el('br'),
              el(
                'select',
                { id: f('evidence'), disabled: saved, onchange: set('evidence') },
                EVIDENCE_KINDS.map((e) => el('option', { value: e, text: e, selected: e === d.evidence })),
              ),
            ),
            el(
              'p',
              {},
              el('label', { for: f('id'), text: 'Statement id' }),
              el('br'),
              el('input', { id: f('id'), value: d.id, disabled: saved, oninput: set('id') }),
            ),
            c.quote === null
              ? el(
                  'p',
                  { class: 'wide' },
                  el('label', { for: f('quote'), text: 'Quoted words (exactly as in the passage; empty for none)' }),
                  el('br'),
                  el('input', {
                    id: f('quote'),
                    value: d.quote ?? '',
                    size: 60,
                    disabled: saved,
                    onchange: (e: Event) => {
                      const v = String(valueOf(e)).trim();
                      d.quote = v || null;
                      if (d.quote && d.evidence === 'paraphrase') d.evidence = 'direct-quote';
                      refreshCard(i);
                    },
                  }),
                )
              : null,
            el(
              'p',
              { class: 'wide' },
              el('label', { for: f('passage'), text: 'Passage (trim words from its ends if it says more)' }),
              el('br'),
              el('textarea', {
                id: f('passage'),
                rows: 3,
                cols: 60,
                value: d.passage,
                disabled: saved,
                'aria-invalid': problem ? 'true' : null,
                'aria-describedby': problem ? f('passage-problem') : null,
                onchange: (e: Event) => {
                  d.passage = squash(String(valueOf(e)));
                  refreshCard(i);
                  document.getElementById(f('passage'))?.focus();
                },
              }),
              problem ? el('span', { id: f('passage-problem'), class: 'problem', text: problem }) : null,
            ),
            el(
              'p',
              { class: 'wide' },
              el('label', { for: f('channel'), text: 'Channel (where it was said)' }),
              el('br'),
              el('input', { id: f('channel'), value: d.channel, size: 60, disabled: saved, oninput: set('channel') }),
            ),
            el(
              'p',
              { class: 'wide' },
              el('label', { for: f('summary'), text: 'Summary (one neutral line)' }),
              el('br'),
              el('input', { id: f('summary'), value: d.summary, size: 60, disabled: saved, oninput: set('summary') }),
            ),
            el('fieldset', { class: 'wide', disabled: saved }, el('legend', { text: 'Issues' }), issueBoxes),
          ),
          saved
            ? null
            : el(
                'p',
                { class: 'row' },
                decisionButton('accepted', `Accept ${i + 1}`),
                decisionButton('rejected', `Reject ${i + 1}`),
                el('button', {
                  type: 'button',
                  class: 'secondary',
                  onclick: () => {
                    highlight(i);
                    document.getElementById(`mark-${i}`)?.scrollIntoView({ block: 'center' });
                  },
                  text: `Show ${i + 1} in the text`,
                }),
              ),
        ),
      );
    }),
  );
}

function actorOptions(selected: string) {
  const known = data().actors.map((a) => el('option', { value: a.id, text: a.name, selected: a.id === selected }));
  const fresh = state.newActors.map((a) =>
    el('option', { value: a.id, text: `New: ${a.name}`, selected: a.id === selected }),
  );
  return [el('option', { value: '', text: '— choose —', selected: !selected }), ...known, ...fresh];
}

function highlight(i: number) {
  state.current = i;
  for (const mark of document.querySelectorAll<HTMLElement>('#article-text mark.passage'))
    mark.classList.toggle('current', (mark.dataset.candidates ?? '').split(' ').includes(String(i)));
}

/** Each paragraph with the passages of candidates not rejected marked, and their quoted words inside. */
function renderText() {
  $('article-text').replaceChildren(
    ...proposal().paragraphs.map((p) => {
      const ranges: { start: number; end: number; i: number }[] = [];
      proposal().candidates.forEach((c, i) => {
        const d = state.decisions[i]!;
        if (d.status === 'rejected') return;
        const at = p.indexOf(d.passage);
        if (at >= 0) ranges.push({ start: at, end: at + d.passage.length, i });
      });
      ranges.sort((a, b) => a.start - b.start);
      const node = el('p');
      let pos = 0;
      for (const r of ranges) {
        if (r.start < pos) {
          const last = node.lastChild as HTMLElement | null;
          if (last?.dataset) last.dataset.candidates += ` ${r.i}`;
          continue;
        }
        const d = state.decisions[r.i]!;
        const passage = p.slice(r.start, r.end);
        const quote = d.quote ?? proposal().candidates[r.i]!.quote;
        const q = quote ? passage.indexOf(quote) : -1;
        node.append(
          p.slice(pos, r.start),
          el(
            'mark',
            { id: `mark-${r.i}`, class: 'passage', 'data-candidates': String(r.i) },
            q >= 0
              ? [passage.slice(0, q), el('span', { class: 'quote', text: quote! }), passage.slice(q + quote!.length)]
              : passage,
          ),
        );
        pos = r.end;
      }
      node.append(p.slice(pos));
      return node;
    }),
  );
  if (state.current >= 0) highlight(state.current);
}

/** A statement the candidates missed: the selected words of the article become a new candidate. */
function addFromSelection() {
  const selection = window.getSelection();
  const text = squash(selection?.toString() ?? '');
  const inside = selection?.anchorNode && $('article-text').contains(selection.anchorNode);
  if (!text || !inside) {
    say('Select words in the article text first, then press the button.');
    return;
  }
  const paragraphs = proposal().paragraphs;
  const k = paragraphs.findIndex((p) => squash(p).includes(text));
  if (k < 0) {
    say('Select words within one paragraph of the article.');
    return;
  }
  const published = proposal().source.published ?? undefined;
  const when = dateStatement(
    { sentence: text, paragraph: paragraphs[k]!, earlier: paragraphs.slice(1, k).join('\n\n') },
    published,
  );
  const quoted = /[“"«]([^”"»]+)[”"»]/.exec(text)?.[1] ?? null;
  const candidate: Candidate = {
    quote: null,
    speaker: null,
    actor: null,
    passage: text,
    evidence: quoted ? 'direct-quote' : 'paraphrase',
    date: when.date,
    dateApprox: when.approx,
    dateNote: when.note,
    issues: [],
    confidence: 0,
    speakerRole: '',
    why: 'added by the analyst from selected text',
    attribution: {
      rule: 'none',
      words: null,
      confidence: 0,
      needsCheck: true,
      reason: 'added by the analyst from selected text: name the speaker',
    },
  };
  proposal().candidates.push(candidate);
  const taken = new Set([...data().statements, ...state.decisions.map((x) => x.id)]);
  const d = decisionFor(candidate, taken, null);
  d.quote = quoted;
  d.summary = '';
  d.channel = 'Reported in the article (the setting is not named)';
  state.decisions.push(d);
  selection?.removeAllRanges();
  const i = state.decisions.length - 1;
  refreshCard(i);
  document.getElementById(`c${i}-speaker`)?.focus();
  say(`Added statement ${i + 1} from the selected text; give its speaker and actor.`);
}

// ---------------------------------------------------------------------------------------------
// New actors, drafts, save

function usedActorIds() {
  return new Set(state.decisions.filter((d) => d.status === 'accepted').map((d) => d.actor));
}

function renderActors() {
  const used = usedActorIds();
  $('new-actors').replaceChildren(
    ...state.newActors.map((a, k) => {
      const f = (key: string) => `a${k}-${key}`;
      const set = (key: keyof NewActor) => (e: Event) => {
        (a as Record<string, unknown>)[key] = valueOf(e);
      };
      return el(
        'li',
        {},
        el('p', { text: `${a.name}${used.has(a.id) ? ' — will be saved' : ' — not used by an accepted statement'}` }),
        el(
          'div',
          { class: 'grid' },
          el(
            'p',
            {},
            el('label', { for: f('name'), text: `Name of ${a.name}` }),
            el('br'),
            el('input', { id: f('name'), value: a.name, oninput: set('name') }),
          ),
          el(
            'p',
            {},
            el('label', { for: f('role'), text: `Role of ${a.name}` }),
            el('br'),
            el('input', { id: f('role'), value: a.role, oninput: set('role') }),
          ),
          el(
            'p',
            {},
            el('label', { for: f('stakeholder'), text: `Side of ${a.name}` }),
            el('br'),
            el(
              'select',
              { id: f('stakeholder'), onchange: set('stakeholder') },
              data().stakeholders.map((s) =>
                el('option', { value: s.id, text: s.name, selected: s.id === a.stakeholder }),
              ),
            ),
          ),
          el(
            'p',
            {},
            el('label', { for: f('kind'), text: `Kind of ${a.name}` }),
            el('br'),
            el(
              'select',
              { id: f('kind'), onchange: set('kind') },
              ['person', 'group', 'publication'].map((x) =>
                el('option', { value: x, text: x, selected: x === a.kind }),
              ),
            ),
          ),
          el(
            'p',
            {},
            el(
              'label',
              {},
              el('input', { type: 'checkbox', checked: a.anonymous, onchange: set('anonymous') }),
              ` ${a.name} is unnamed in the source`,
            ),
          ),
        ),
      );
    }),
  );
}

const stanceWords = (stance: Stance | null | undefined) =>
  !stance
    ? 'not placed on the scale'
    : stance.value !== undefined
      ? `at ${stance.value}`
      : `between ${stance.min} and ${stance.max}`;

function currentPosition() {
  return data()
    .positions.filter(
      (p) =>
        p.stakeholder === $<HTMLSelectElement>('draft-stakeholder').value &&
        p.issue === $<HTMLSelectElement>('draft-issue').value,
    )
    .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
}

/** The draft's stance fields start from the side's current stance on the issue. */
function startFromCurrent() {
  const current = currentPosition();
  const stance = current?.stance;
  $<HTMLSelectElement>('draft-stance-kind').value = !stance ? 'none' : stance.value !== undefined ? 'point' : 'range';
  input('draft-value').value = stance?.value !== undefined ? String(stance.value) : '';
  input('draft-min').value = stance?.min !== undefined ? String(stance.min) : '';
  input('draft-max').value = stance?.max !== undefined ? String(stance.max) : '';
  $<HTMLTextAreaElement>('draft-rationale').value = stance?.rationale ?? '';
  input('draft-headline').value = current?.headline ?? '';
  input('draft-drop').checked = false;
}

/** The draft's stance as the fields say, or a reason it cannot stand. */
function draftStance(): { stance?: Stance; problem?: string } {
  const kind = $<HTMLSelectElement>('draft-stance-kind').value;
  const rationale = $<HTMLTextAreaElement>('draft-rationale').value.trim();
  const num = (id: string) => (input(id).value === '' ? undefined : Number(input(id).value));
  if (kind === 'none') {
    if (currentPosition()?.stance && !input('draft-drop').checked)
      return {
        problem: `The current position is placed ${stanceWords(currentPosition()?.stance)}; tick "Drop the stance" to leave the new one off the scale, or give its stance.`,
      };
    return {};
  }
  if (!rationale) return { problem: 'A stance needs its rationale: why this place or range.' };
  if (kind === 'point') {
    const value = num('draft-value');
    if (value === undefined) return { problem: 'Give the point on the scale (0–100).' };
    return { stance: { value, rationale } };
  }
  const min = num('draft-min');
  const max = num('draft-max');
  if (min === undefined || max === undefined) return { problem: 'Give both ends of the range (0–100).' };
  return { stance: { min, max, rationale } };
}

function renderDraftCompare() {
  const position = $<HTMLSelectElement>('draft-type').value === 'position';
  $('draft-stance').hidden = !position;
  if (!position) return;
  const current = currentPosition();
  const { stance, problem } = draftStance();
  $('draft-current').textContent = current
    ? `Current position (as of ${current.asOf}): ${current.summary} A new position with a later date records a change of position.`
    : 'This side has no position on this issue yet.';
  const kind = $<HTMLSelectElement>('draft-stance-kind').value;
  $('draft-drop-row').hidden = !(kind === 'none' && current?.stance);
  const row = (label: string, now: string, draft: string) =>
    el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { text: now }), el('td', { text: draft }));
  $('draft-compare').replaceChildren(
    el(
      'table',
      {},
      el('caption', { text: 'The current position and your draft, side by side' }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('td'),
          el('th', { scope: 'col', text: current ? `Current (as of ${current.asOf})` : 'Current (none)' }),
          el('th', { scope: 'col', text: 'Draft' }),
        ),
      ),
      el(
        'tbody',
        {},
        row(
          'Stance',
          current ? stanceWords(current.stance) : '—',
          problem ? `(${problem})` : kind === 'none' ? 'not placed on the scale' : stanceWords(stance),
        ),
        row(
          'Rationale',
          current?.stance?.rationale ?? '—',
          $<HTMLTextAreaElement>('draft-rationale').value.trim() || '—',
        ),
        row('Headline', current?.headline ?? '—', input('draft-headline').value.trim() || '—'),
      ),
    ),
  );
  renderHeadlineProposal(problem ? undefined : stance, kind);
}

/**
 * With the headline field empty, the headline the matrix would fall back on (lib/format.ts's
 * fallbackHeadline, within the headline rule), for the analyst to accept and then edit.
 */
function renderHeadlineProposal(stance: Stance | undefined, kind: string) {
  const side = data().stakeholders.find((s) => s.id === $<HTMLSelectElement>('draft-stakeholder').value);
  const issue = data().issues.find((i) => i.id === $<HTMLSelectElement>('draft-issue').value);
  const placed = kind === 'none' || stance !== undefined;
  const show = !!side && !!issue && placed && input('draft-headline').value.trim() === '';
  $('draft-headline-proposal').hidden = !show;
  $('draft-headline-proposed').textContent = show ? fallbackHeadline(side.name, issue, stance) : '';
}

function renderDrafts() {
  const accepted = state.decisions.filter((d) => d.status === 'accepted' || d.status === 'saved');
  $('draft-statements').replaceChildren(
    ...(accepted.length
      ? accepted.map((d) =>
          el('label', {}, el('input', { type: 'checkbox', value: d.id, name: 'draft-statement' }), ` ${d.id} `),
        )
      : [el('span', { text: 'Accept statements first.' })]),
  );
  renderDraftCompare();
  $('drafts').replaceChildren(
    ...state.drafts.map((draft, k) =>
      el(
        'li',
        {},
        `${draft.type}: ${draft.record.id}${state.savedDrafts.has(draft.record.id) ? ' (saved)' : ''} `,
        state.savedDrafts.has(draft.record.id)
          ? null
          : el('button', {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                state.drafts.splice(k, 1);
                renderDrafts();
                renderSummary();
              },
              text: `Remove draft ${draft.record.id}`,
            }),
      ),
    ),
  );
}

function addDraft(e: Event) {
  e.preventDefault();
  const statements = [...document.querySelectorAll<HTMLInputElement>('input[name="draft-statement"]:checked')].map(
    (x) => x.value,
  );
  const type = $<HTMLSelectElement>('draft-type').value as Draft['type'];
  const stakeholder = $<HTMLSelectElement>('draft-stakeholder').value;
  const issue = $<HTMLSelectElement>('draft-issue').value;
  const text = input('draft-text').value.trim();
  const taken = new Set([
    ...data().positions.map((p) => p.id),
    ...data().demands,
    ...state.drafts.map((d) => d.record.id),
  ]);
  const id = uniqueId(`${stakeholder}-${issue}-${slug(text).split('-').slice(0, 4).join('-')}`, taken);
  let record: Draft['record'];
  if (type === 'position') {
    const { stance, problem } = draftStance();
    if (problem) {
      showProblems([problem], 'The draft was not added:');
      return;
    }
    const headline = input('draft-headline').value.trim();
    record = {
      id,
      stakeholder,
      issue,
      asOf: input('draft-date').value || proposal().source.published || '',
      summary: text,
      ...(headline ? { headline } : {}),
      ...(stance ? { stance } : {}),
      statements,
    };
  } else record = { id, stakeholder, issue, kind: $<HTMLSelectElement>('draft-kind').value, text, statements };
  showProblems([]);
  state.drafts.push({ type, record });
  renderDrafts();
  renderSummary();
  say(`Added draft ${type} ${id}; it is checked with everything else when you save.`);
}

/** What stops a save before it is sent, in the analyst's words. */
function saveBlockers(): string[] {
  const s = proposal().source;
  const out: string[] = [];
  if (!s.published) out.push('Give the publication date of the article (at the top of the review).');
  if (!s.extent) out.push('Say whether the file holds the whole article or an excerpt (Source).');
  state.decisions.forEach((d, i) => {
    if (d.status !== 'accepted') return;
    const c = proposal().candidates[i]!;
    if (!d.date) out.push(`Statement ${i + 1} has no date: set it.`);
    if (!d.actor) out.push(`Statement ${i + 1} has no actor: choose one.`);
    if (actorMismatch(c, d)) out.push(`Statement ${i + 1}: say whether ${actorName(d.actor)} said it.`);
    const problem = passageProblem(c, d);
    if (problem) out.push(`Statement ${i + 1}: ${problem}`);
  });
  return out;
}

function renderAsOf() {
  // Only dates the analyst has confirmed count: the publication date (stated or given) and the dates
  // of accepted statements. The box is never ticked for them.
  const latest = [
    proposal().source.published,
    ...state.decisions.filter((d) => d.status === 'accepted').map((d) => d.date),
  ]
    .filter((x): x is string => !!x)
    .sort()
    .at(-1);
  const needed = !!latest && latest > data().asOf;
  $('as-of-note').textContent =
    `The dataset is current to ${data().asOf}; statements dated later are refused unless the as-of date moves forward.` +
    (needed ? ` The latest date here is ${latest}: tick the box to move the as-of date to it.` : '');
  if (needed && !input('move-as-of').checked) input('new-as-of').value = latest;
}

function pendingCounts() {
  const accepted = state.decisions.filter((d) => d.status === 'accepted').length;
  const used = usedActorIds();
  const actors = state.newActors.filter((a) => used.has(a.id)).length;
  const drafts = state.drafts.filter((d) => !state.savedDrafts.has(d.record.id)).length;
  return { accepted, actors, drafts };
}

function renderSummary() {
  const { accepted, actors, drafts } = pendingCounts();
  $('save-summary').textContent =
    `${accepted} accepted statement(s), ${actors} new actor(s), ${drafts} draft(s)` +
    (proposal().existing
      ? ` will be added to source ${proposal().source.id}.`
      : ', and the source with its text will be saved.');
  const blockers = saveBlockers();
  $('save-blocked').textContent = blockers.length ? `Before saving: ${blockers.join(' ')}` : '';
}

function statementRecords() {
  const source = proposal().source;
  return proposal().candidates.flatMap((c, i) => {
    const d = state.decisions[i]!;
    if (d.status !== 'accepted') return [];
    const quote = d.quote ?? c.quote;
    return [
      {
        id: d.id,
        actor: d.actor,
        source: source.id,
        date: d.date,
        dateApprox: d.dateApprox,
        ...(d.dateApprox
          ? {
              dateNote: `Intake: ${d.dateNote ?? 'the analyst marked the date approximate; the article does not date the remark exactly'}.`,
            }
          : {}),
        channel: d.channel,
        issues: d.issues,
        evidence: d.evidence,
        quotes: quote !== null ? [quote] : [],
        passage: d.passage,
        summary: d.summary,
      },
    ];
  });
}

async function saveAll() {
  if (state.saving) return;
  showProblems([]);
  const blockers = saveBlockers();
  if (blockers.length) {
    showProblems(blockers);
    $('problems').focus();
    return;
  }
  const { accepted, actors, drafts } = pendingCounts();
  const moveAsOf = input('move-as-of').checked && input('new-as-of').value !== data().asOf;
  if (proposal().existing && accepted + actors + drafts === 0 && !moveAsOf) {
    say('Nothing new to save: everything here is in the data folder already.');
    return;
  }
  state.saving = true;
  $<HTMLButtonElement>('save').disabled = true;
  say('Saving…');
  try {
    const used = usedActorIds();
    const request = {
      versions: data().versions,
      source: proposal().source,
      text: proposal().text,
      actors: state.newActors
        .filter((a) => used.has(a.id))
        .map(({ id, name, role, stakeholder, kind, anonymous }) => ({ id, name, role, stakeholder, kind, anonymous })),
      statements: statementRecords(),
      positions: state.drafts
        .filter((d) => d.type === 'position' && !state.savedDrafts.has(d.record.id))
        .map((d) => d.record),
      demands: state.drafts
        .filter((d) => d.type === 'demand' && !state.savedDrafts.has(d.record.id))
        .map((d) => d.record),
      ...(moveAsOf ? { asOf: input('new-as-of').value } : {}),
    };
    const response = await fetch('/api/save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { written?: string[]; problems?: string[] };
    if (!response.ok) {
      say('');
      showProblems(body.problems);
      $('problems').focus();
      return;
    }
    // What was saved is now part of the data: a second Save sends none of it again.
    for (const d of state.decisions) if (d.status === 'accepted') d.status = 'saved';
    for (const d of state.drafts) state.savedDrafts.add(d.record.id);
    state.proposal = { ...proposal(), existing: true };
    await loadData();
    const saved = new Set(state.newActors.filter((a) => used.has(a.id)).map((a) => a.id));
    state.newActors = state.newActors.filter((a) => !saved.has(a.id));
    input('move-as-of').checked = false;
    renderAll();
    say(
      body.written && body.written.length
        ? `Saved: ${body.written.join(', ')}. Run npm run build to see them on the site.`
        : 'Nothing new to save: everything here is in the data folder already.',
    );
  } finally {
    state.saving = false;
    $<HTMLButtonElement>('save').disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  await loadData();
  $('open-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = input('article-file').files?.[0];
    if (file) return openArticle(file.name, new Uint8Array(await file.arrayBuffer()));
    const text = $<HTMLTextAreaElement>('article-paste').value;
    if (text.trim()) return openArticle('pasted.txt', new TextEncoder().encode(text));
    // The article already open (from the command line, or opened before) is read again.
    if (state.opened) return openArticle(state.opened.name, state.opened.bytes);
    showProblems(['Choose an article file or paste its text first.'], 'Nothing to read:');
  });
  $('published-use').addEventListener('click', () => void applyPublished(input('published-needed').value));
  $('add-selection').addEventListener('click', addFromSelection);
  $('actor-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const taken = new Set([...data().actors.map((a) => a.id), ...state.newActors.map((a) => a.id)]);
    const name = input('actor-name').value.trim();
    state.newActors.push({
      id: uniqueId(slug(name) || 'actor', taken),
      name,
      role: input('actor-role').value.trim(),
      stakeholder: $<HTMLSelectElement>('actor-stakeholder').value,
      kind: $<HTMLSelectElement>('actor-kind').value as NewActor['kind'],
      anonymous: false,
    });
    $<HTMLFormElement>('actor-form').reset();
    renderCandidates();
    renderActors();
    say(`Added ${name}; choose it as the actor of a statement to save it.`);
  });
  for (const id of ['draft-type', 'draft-stakeholder', 'draft-issue'])
    $(id).addEventListener('change', () => {
      startFromCurrent();
      renderDrafts();
    });
  for (const id of [
    'draft-stance-kind',
    'draft-value',
    'draft-min',
    'draft-max',
    'draft-rationale',
    'draft-headline',
    'draft-drop',
  ])
    $(id).addEventListener('input', renderDraftCompare);
  $('draft-headline-accept').addEventListener('click', () => {
    input('draft-headline').value = $('draft-headline-proposed').textContent ?? '';
    renderDraftCompare();
    input('draft-headline').focus();
  });
  $('draft-form').addEventListener('submit', addDraft);
  $('save').addEventListener('click', () => void saveAll());
  startFromCurrent();
  const initial = (await (await fetch('/api/initial')).json()) as {
    name?: string;
    content?: string;
    published?: string | null;
    outlet?: string | null;
  };
  if (initial.name && initial.content) {
    if (initial.published) input('open-published').value = initial.published;
    if (initial.outlet) input('open-outlet').value = initial.outlet;
    void openArticle(
      initial.name,
      Uint8Array.from(atob(initial.content), (ch) => ch.charCodeAt(0)),
    );
  }
});
