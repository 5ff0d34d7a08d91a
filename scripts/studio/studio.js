// The studio page: plain DOM, no framework, no outside requests. Text from articles is only ever set
// as textContent, never parsed as HTML.
'use strict';

const EVIDENCE = ['direct-quote', 'paraphrase', 'anonymous-officials', 'analyst-assessment'];
const state = { data: null, proposal: null, decisions: [], newActors: [], drafts: [], current: -1 };

const $ = (id) => document.getElementById(id);
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'selected' || k === 'value') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

function showProblems(problems) {
  const box = $('problems');
  box.replaceChildren();
  if (!problems || problems.length === 0) return;
  box.append(
    el('p', { text: 'Nothing was saved or changed:' }),
    el(
      'ul',
      {},
      problems.map((p) => el('li', { text: p })),
    ),
  );
}
const say = (text) => ($('status').textContent = text);

async function loadData() {
  const response = await fetch('/api/data');
  const body = await response.json();
  if (!response.ok) return showProblems(body.problems);
  state.data = body;
  $('folder').textContent = body.folder + '/';
  for (const id of ['actor-stakeholder', 'draft-stakeholder'])
    $(id).replaceChildren(...body.stakeholders.map((s) => el('option', { value: s.id, text: s.name })));
  $('draft-issue').replaceChildren(...body.issues.map((i) => el('option', { value: i.id, text: i.title })));
}

async function openArticle(name, bytes) {
  showProblems([]);
  say('Reading the article…');
  const params = new URLSearchParams({ name });
  if ($('open-published').value) params.set('published', $('open-published').value);
  if ($('open-outlet').value.trim()) params.set('outlet', $('open-outlet').value.trim());
  const response = await fetch('/api/ingest?' + params, {
    method: 'POST',
    body: bytes,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  const body = await response.json();
  if (!response.ok) {
    say('');
    $('review').hidden = true;
    return showProblems(body.problems);
  }
  state.proposal = body;
  state.newActors = body.proposedActors.map((a) => ({
    ...a,
    stakeholder: a.stakeholder ?? state.data.stakeholders[0].id,
  }));
  state.drafts = [];
  const taken = new Set(state.data.statements);
  state.decisions = body.candidates.map((c) => {
    const actor = c.actor ?? state.newActors.find((a) => a.name === c.speaker)?.id ?? '';
    const id = uniqueId(
      `${actor || 'speaker'}-${slug((c.quote ?? c.passage).split(/\s+/).slice(0, 5).join(' '))}`,
      taken,
    );
    return {
      status: 'pending',
      id,
      speaker: c.speaker ?? '',
      actor,
      date: c.date ?? '',
      dateApprox: c.dateApprox,
      evidence: c.evidence === 'document' ? 'direct-quote' : c.evidence,
      issues: [...c.issues],
      channel:
        c.evidence === 'document'
          ? 'A document the article quotes (name it here)'
          : 'Quoted in the article (the setting is not named)',
      summary: c.quote && c.quote.length <= 200 ? `Said "${c.quote}"` : '',
    };
  });
  renderAll();
  $('review').hidden = false;
  say(
    `Found ${body.candidates.filter((c) => c.quote !== null).length} quotations and ${body.candidates.filter((c) => c.quote === null).length} paraphrases in "${body.source.title}".`,
  );
  $('source-heading').focus?.();
}

function uniqueId(base, taken) {
  let id = base.replace(/^-+/, '') || 'statement';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function renderAll() {
  renderSource();
  renderCandidates();
  renderText();
  renderActors();
  renderDrafts();
  renderSummary();
  renderAsOf();
}

function renderSource() {
  const s = state.proposal.source;
  const field = (key, label, type = 'text') =>
    el(
      'p',
      {},
      el('label', { for: `source-${key}`, text: label }),
      el('br'),
      el('input', {
        id: `source-${key}`,
        type,
        value: s[key] ?? '',
        oninput: (e) => {
          if (e.target.value) s[key] = e.target.value;
          else delete s[key];
        },
      }),
    );
  $('source-fields').replaceChildren(
    field('id', 'Source id'),
    field('title', 'Title'),
    field('outlet', 'Outlet'),
    field('author', 'Author'),
    field('published', 'Published', 'date'),
    field('url', 'URL', 'url'),
    field('language', 'Language code'),
  );
  $('source-inferred').textContent = s.inferred.length
    ? `Not stated by the article (listed as inferred): ${s.inferred.join(', ')}. ${s.inferenceNote ?? ''}`
    : 'Every fact above is stated by the article itself.';
}

function actorOptions(selected) {
  const known = state.data.actors.map((a) => el('option', { value: a.id, text: a.name, selected: a.id === selected }));
  const fresh = state.newActors.map((a) =>
    el('option', { value: a.id, text: `New: ${a.name}`, selected: a.id === selected }),
  );
  return [el('option', { value: '', text: '— choose —', selected: !selected }), ...known, ...fresh];
}

function renderCandidates() {
  const list = $('candidates');
  list.replaceChildren(
    ...state.proposal.candidates.map((c, i) => {
      const d = state.decisions[i];
      const headingId = `candidate-${i}-heading`;
      const f = (key) => `c${i}-${key}`;
      const set = (key) => (e) => {
        d[key] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
        if (key === 'actor' || key === 'speaker') renderSummary();
      };
      const issueBoxes = state.data.issues.map((issue) =>
        el(
          'label',
          {},
          el('input', {
            type: 'checkbox',
            checked: d.issues.includes(issue.id),
            onchange: (e) => {
              d.issues = e.target.checked ? [...d.issues, issue.id] : d.issues.filter((x) => x !== issue.id);
            },
          }),
          ' ',
          issue.title,
        ),
      );
      const decide = (status) => () => {
        d.status = d.status === status ? 'pending' : status;
        renderCandidates();
        renderText();
        renderActors();
        renderDrafts();
        renderSummary();
        document.getElementById(`c${i}-${status}`)?.focus();
      };
      return el(
        'li',
        { class: d.status, onfocusin: () => highlight(i) },
        el(
          'article',
          { 'aria-labelledby': headingId },
          el('h3', {
            id: headingId,
            text: `${c.quote !== null ? 'Quotation' : 'Paraphrase'} ${i + 1}: ${c.speaker ?? 'speaker not found'}${d.status === 'pending' ? '' : ` — ${d.status}`}`,
          }),
          c.quote !== null ? el('blockquote', { text: c.quote }) : null,
          el('p', { class: 'meta', text: `Passage: ${c.passage}` }),
          el('p', {
            class: 'meta',
            text: `Found by: ${c.why}. Confidence ${c.confidence.toFixed(2)}.${c.evidence === 'document' ? ' A document is quoted: choose the body that issued it as the actor.' : ''}`,
          }),
          el(
            'div',
            { class: 'grid' },
            el(
              'p',
              {},
              el('label', { for: f('speaker'), text: 'Speaker (as the article names them)' }),
              el('br'),
              el('input', { id: f('speaker'), value: d.speaker, oninput: set('speaker') }),
            ),
            el(
              'p',
              {},
              el('label', { for: f('actor'), text: 'Actor' }),
              el('br'),
              el('select', { id: f('actor'), onchange: set('actor') }, actorOptions(d.actor)),
            ),
            el(
              'p',
              {},
              el('label', { for: f('date'), text: 'Date said' }),
              el('br'),
              el('input', { id: f('date'), type: 'date', value: d.date, oninput: set('date') }),
            ),
            el(
              'p',
              {},
              el(
                'label',
                {},
                el('input', { id: f('approx'), type: 'checkbox', checked: d.dateApprox, onchange: set('dateApprox') }),
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
                { id: f('evidence'), onchange: set('evidence') },
                EVIDENCE.map((e) => el('option', { value: e, text: e, selected: e === d.evidence })),
              ),
            ),
            el(
              'p',
              {},
              el('label', { for: f('id'), text: 'Statement id' }),
              el('br'),
              el('input', { id: f('id'), value: d.id, oninput: set('id') }),
            ),
            el(
              'p',
              { class: 'wide' },
              el('label', { for: f('channel'), text: 'Channel (where it was said)' }),
              el('br'),
              el('input', { id: f('channel'), value: d.channel, size: 60, oninput: set('channel') }),
            ),
            el(
              'p',
              { class: 'wide' },
              el('label', { for: f('summary'), text: 'Summary (one neutral line)' }),
              el('br'),
              el('input', { id: f('summary'), value: d.summary, size: 60, oninput: set('summary') }),
            ),
            el('fieldset', { class: 'wide' }, el('legend', { text: 'Issues' }), issueBoxes),
          ),
          el(
            'p',
            { class: 'row' },
            el('button', {
              type: 'button',
              id: `c${i}-accepted`,
              'aria-pressed': String(d.status === 'accepted'),
              onclick: decide('accepted'),
              text: `Accept ${i + 1}`,
            }),
            el('button', {
              type: 'button',
              class: 'secondary',
              id: `c${i}-rejected`,
              'aria-pressed': String(d.status === 'rejected'),
              onclick: decide('rejected'),
              text: `Reject ${i + 1}`,
            }),
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

function highlight(i) {
  state.current = i;
  for (const mark of document.querySelectorAll('#article-text mark'))
    mark.classList.toggle('current', mark.dataset.candidates.split(' ').includes(String(i)));
}

/** Each paragraph with the passages of candidates not rejected marked. */
function renderText() {
  const paragraphs = state.proposal.text.split(/\n\n/).filter(Boolean);
  $('article-text').replaceChildren(
    ...paragraphs.map((p) => {
      const ranges = [];
      state.proposal.candidates.forEach((c, i) => {
        if (state.decisions[i].status === 'rejected') return;
        const at = p.indexOf(c.passage);
        if (at >= 0) ranges.push({ start: at, end: at + c.passage.length, i });
      });
      ranges.sort((a, b) => a.start - b.start);
      const node = el('p');
      let pos = 0;
      for (const r of ranges) {
        if (r.start < pos) {
          const last = node.lastChild;
          if (last?.dataset) last.dataset.candidates += ` ${r.i}`;
          continue;
        }
        node.append(
          p.slice(pos, r.start),
          el('mark', { id: `mark-${r.i}`, 'data-candidates': String(r.i), text: p.slice(r.start, r.end) }),
        );
        pos = r.end;
      }
      node.append(p.slice(pos));
      return node;
    }),
  );
  if (state.current >= 0) highlight(state.current);
}

function usedActorIds() {
  return new Set(state.decisions.filter((d) => d.status === 'accepted').map((d) => d.actor));
}

function renderActors() {
  const used = usedActorIds();
  $('new-actors').replaceChildren(
    ...state.newActors.map((a, k) => {
      const f = (key) => `a${k}-${key}`;
      const set = (key) => (e) => {
        a[key] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
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
              state.data.stakeholders.map((s) =>
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

function renderDrafts() {
  const accepted = state.decisions.filter((d) => d.status === 'accepted');
  $('draft-statements').replaceChildren(
    ...(accepted.length
      ? accepted.map((d) =>
          el('label', {}, el('input', { type: 'checkbox', value: d.id, name: 'draft-statement' }), ` ${d.id}`),
        )
      : [el('span', { text: 'Accept statements first.' })]),
  );
  const current = state.data.positions
    .filter((p) => p.stakeholder === $('draft-stakeholder').value && p.issue === $('draft-issue').value)
    .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
  $('draft-current').textContent =
    $('draft-type').value === 'position'
      ? current
        ? `Current position (as of ${current.asOf}): ${current.summary} A new position with a later date records a change of position.`
        : 'This side has no position on this issue yet.'
      : '';
  $('drafts').replaceChildren(
    ...state.drafts.map((draft, k) =>
      el(
        'li',
        {},
        `${draft.type}: ${draft.record.id} `,
        el('button', {
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

function renderAsOf() {
  const latest = [
    state.proposal.source.published,
    ...state.decisions.filter((d) => d.status === 'accepted').map((d) => d.date),
  ]
    .filter(Boolean)
    .sort()
    .at(-1);
  const needed = latest && latest > state.data.asOf;
  $('as-of-note').textContent =
    `The dataset is current to ${state.data.asOf}; statements dated later are refused unless the as-of date moves forward.`;
  $('move-as-of').checked = !!needed;
  if (needed) $('new-as-of').value = latest;
}

function renderSummary() {
  const accepted = state.decisions.filter((d) => d.status === 'accepted').length;
  const used = usedActorIds();
  const actors = state.newActors.filter((a) => used.has(a.id)).length;
  $('save-summary').textContent =
    `${accepted} accepted statement(s), ${actors} new actor(s), ${state.drafts.length} draft(s), and the source with its text will be saved.`;
}

function statementRecords() {
  const source = state.proposal.source;
  return state.proposal.candidates.flatMap((c, i) => {
    const d = state.decisions[i];
    if (d.status !== 'accepted') return [];
    return [
      {
        id: d.id,
        actor: d.actor,
        source: source.id,
        date: d.date,
        dateApprox: d.dateApprox,
        ...(d.dateApprox
          ? {
              dateNote:
                'The article does not date the remark exactly; the date is its publication date or the nearest date it gives.',
            }
          : {}),
        channel: d.channel,
        issues: d.issues,
        evidence: d.evidence,
        quotes: c.quote !== null ? [c.quote] : [],
        passage: c.passage,
        summary: d.summary,
      },
    ];
  });
}

async function saveAll() {
  showProblems([]);
  say('Saving…');
  const used = usedActorIds();
  const request = {
    versions: state.data.versions,
    source: state.proposal.source,
    text: state.proposal.text,
    actors: state.newActors
      .filter((a) => used.has(a.id))
      .map(({ id, name, role, stakeholder, kind, anonymous }) => ({ id, name, role, stakeholder, kind, anonymous })),
    statements: statementRecords(),
    positions: state.drafts.filter((d) => d.type === 'position').map((d) => d.record),
    demands: state.drafts.filter((d) => d.type === 'demand').map((d) => d.record),
    ...($('move-as-of').checked ? { asOf: $('new-as-of').value } : {}),
  };
  const response = await fetch('/api/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.json();
  if (!response.ok) {
    say('');
    showProblems(body.problems);
    $('problems').focus();
    return;
  }
  say(`Saved: ${body.written.join(', ')}. Run npm run build to see them on the site.`);
  await loadData();
}

document.addEventListener('DOMContentLoaded', async () => {
  await loadData();
  $('open-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = $('article-file').files[0];
    if (file) return openArticle(file.name, await file.arrayBuffer());
    const text = $('article-paste').value;
    return openArticle('pasted.txt', new TextEncoder().encode(text));
  });
  $('actor-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const taken = new Set([...state.data.actors.map((a) => a.id), ...state.newActors.map((a) => a.id)]);
    const name = $('actor-name').value.trim();
    state.newActors.push({
      id: uniqueId(slug(name) || 'actor', taken),
      name,
      role: $('actor-role').value.trim(),
      stakeholder: $('actor-stakeholder').value,
      kind: $('actor-kind').value,
      anonymous: false,
    });
    $('actor-form').reset();
    renderCandidates();
    renderActors();
    say(`Added ${name}; choose it as the actor of a statement to save it.`);
  });
  for (const id of ['draft-type', 'draft-stakeholder', 'draft-issue']) $(id).addEventListener('change', renderDrafts);
  $('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const statements = [...document.querySelectorAll('input[name="draft-statement"]:checked')].map((x) => x.value);
    const type = $('draft-type').value;
    const stakeholder = $('draft-stakeholder').value;
    const issue = $('draft-issue').value;
    const text = $('draft-text').value.trim();
    const taken = new Set([
      ...state.data.positions.map((p) => p.id),
      ...state.data.demands,
      ...state.drafts.map((d) => d.record.id),
    ]);
    const id = uniqueId(`${stakeholder}-${issue}-${slug(text).split('-').slice(0, 4).join('-')}`, taken);
    const record =
      type === 'position'
        ? {
            id,
            stakeholder,
            issue,
            asOf: $('draft-date').value || state.proposal.source.published,
            summary: text,
            statements,
          }
        : { id, stakeholder, issue, kind: $('draft-kind').value, text, statements };
    state.drafts.push({ type, record });
    renderDrafts();
    renderSummary();
    say(`Added draft ${type} ${id}; it is checked with everything else when you save.`);
  });
  $('save').addEventListener('click', saveAll);
  const initial = await (await fetch('/api/initial')).json();
  if (initial.name)
    openArticle(
      initial.name,
      Uint8Array.from(atob(initial.content), (ch) => ch.charCodeAt(0)),
    );
});
