/**
 * A small dataset built by hand for tests whose right answers are worked out by hand: three
 * fictional sides (Northland, Southmark, Eastvale) arguing over a river and a border. Every name
 * and word here is invented; tests that use it write their expected values out in full, so a wrong
 * computation turns them red instead of agreeing with itself.
 *
 *   Water rights (0 Northland keeps all · 50 shared quota · 100 Southmark gets all)
 *     Northland 20 (earlier 10) · Southmark 80 · Eastvale 30
 *   Border (Northland 60; Southmark a position with no stance; Eastvale no position)
 *   Demands: Southmark asks a fixed share of the river — Northland rejects, Eastvale accepts;
 *            Northland rules out any new dam upstream — Southmark rejects, citing its own demand's statement;
 *            Eastvale asks for monthly border talks — Northland partly accepts, Southmark has not answered.
 */
import type { RawDataset } from '../validate';
import { datasetInfo, issue, newsReport, person, side } from '../fixtures/records';

const TEXT =
  'Northland’s foreign minister Nora Vell said in January: “The river is ours to manage.” ' +
  'In March she said Northland would “consider a small quota for our neighbours” and that “no new dam will be built upstream while I serve.” ' +
  'Southmark’s envoy Sam Orrin answered that “a fixed share of the river is the least we can accept” and that a dam ban “suits only the north.” ' +
  'Eastvale’s mediator Eli Brandt said a shared quota “is closer to the north than to the south, and that is fine.” ' +
  'On the border, Vell proposed “monthly talks, if they are short.” Orrin said the border “can wait until the water is settled.” ' +
  'Brandt asked for “border talks every month.” ' +
  'Talks opened in Lakeport on 1 March. A summit is planned for 20 April.';

const passage = (words: string) => {
  const at = TEXT.indexOf(words);
  if (at < 0) throw new Error(`hand fixture: passage not in text: ${words}`);
  return words;
};

export function handDataset(): RawDataset {
  const source = 'river-brief';
  const statement = (id: string, actor: string, date: string, issues: string[], quote: string, summary: string) => ({
    id,
    actor,
    source,
    date,
    dateApprox: false,
    channel: 'press conference',
    issues,
    evidence: 'direct-quote' as const,
    quotes: [quote],
    passage: passage(quote),
    summary,
  });
  return {
    dataset: datasetInfo(
      'River and border',
      'Where three fictional sides stand on a river and a border.',
      '2031-03-31',
    ),
    sources: [newsReport(source, 'River talks: who wants what', 'The Lakeport Ledger', '2031-03-31')],
    texts: new Map([[source, TEXT]]),
    stakeholders: [
      side('north', 'Northland', 'NL', 'The upstream side.'),
      side('south', 'Southmark', 'SM', 'The downstream side.'),
      side('east', 'Eastvale', 'EV', 'The mediator.'),
    ],
    actors: [
      person('nora-vell', 'Nora Vell', 'Foreign minister of Northland', 'north'),
      person('sam-orrin', 'Sam Orrin', 'Envoy of Southmark', 'south'),
      person('eli-brandt', 'Eli Brandt', 'Mediator for Eastvale', 'east'),
    ],
    issues: [
      issue('water', 'Water rights', 'Who gets the river’s water?', [
        { short: 'Northland keeps all', description: 'All water stays upstream.' },
        { short: 'Shared quota', description: 'A fixed split.' },
        { short: 'Southmark gets all', description: 'All water flows down.' },
      ]),
      issue('border', 'Border', 'How should the border be managed?', [
        { short: 'Closed', description: 'No crossings.' },
        { short: 'Regular talks', description: 'Managed by talks.' },
        { short: 'Open', description: 'Free crossings.' },
      ]),
    ],
    statements: [
      statement(
        'vell-ours',
        'nora-vell',
        '2031-01-10',
        ['water'],
        'The river is ours to manage.',
        'Northland claims the river.',
      ),
      statement(
        'vell-quota',
        'nora-vell',
        '2031-03-01',
        ['water'],
        'consider a small quota for our neighbours',
        'Northland might share some water.',
      ),
      statement(
        'vell-dam',
        'nora-vell',
        '2031-03-01',
        ['water'],
        'no new dam will be built upstream while I serve.',
        'Northland rules out a new dam.',
      ),
      statement(
        'orrin-share',
        'sam-orrin',
        // The same day as Northland's quota remark, which answers it: a response may not predate its demand.
        '2031-03-01',
        ['water'],
        'a fixed share of the river is the least we can accept',
        'Southmark wants a fixed share.',
      ),
      statement(
        'orrin-dam',
        'sam-orrin',
        '2031-03-02',
        ['water'],
        'suits only the north.',
        'Southmark dismisses the dam ban.',
      ),
      statement(
        'brandt-quota',
        'eli-brandt',
        '2031-03-03',
        ['water'],
        'is closer to the north than to the south, and that is fine.',
        'Eastvale backs a quota leaning north.',
      ),
      statement(
        'orrin-border',
        'sam-orrin',
        '2031-03-02',
        ['border'],
        'can wait until the water is settled.',
        'Southmark puts the border after the water.',
      ),
      statement(
        'vell-talks',
        'nora-vell',
        '2031-03-04',
        ['border'],
        'monthly talks, if they are short.',
        'Northland would hold short monthly talks.',
      ),
      statement(
        'brandt-talks',
        'eli-brandt',
        '2031-03-04',
        ['border'],
        'border talks every month.',
        "Eastvale's mediator asks for monthly border talks.",
      ),
    ],
    positions: [
      {
        id: 'north-water-jan',
        stakeholder: 'north',
        issue: 'water',
        asOf: '2031-01-10',
        summary: 'Northland keeps the river.',
        statements: ['vell-ours'],
        stance: { value: 10, rationale: 'Claims the river outright.' },
        conflicts: [],
      },
      {
        id: 'north-water',
        stakeholder: 'north',
        issue: 'water',
        asOf: '2031-03-01',
        summary: 'Northland might share a little.',
        statements: ['vell-quota'],
        stance: { value: 20, rationale: 'A small quota only.' },
        conflicts: [],
      },
      {
        id: 'south-water',
        stakeholder: 'south',
        issue: 'water',
        asOf: '2031-03-02',
        summary: 'Southmark wants a fixed share.',
        statements: ['orrin-share'],
        stance: { value: 80, rationale: 'A fixed share at least.' },
        conflicts: [],
      },
      {
        id: 'east-water',
        stakeholder: 'east',
        issue: 'water',
        asOf: '2031-03-03',
        summary: 'Eastvale backs a quota leaning north.',
        statements: ['brandt-quota'],
        stance: { value: 30, rationale: 'Closer to the north.' },
        conflicts: [],
      },
      {
        id: 'north-border',
        stakeholder: 'north',
        issue: 'border',
        asOf: '2031-03-04',
        summary: 'Short monthly talks.',
        statements: ['vell-talks'],
        stance: { value: 60, rationale: 'Talks, with limits.' },
        conflicts: [],
      },
      {
        id: 'south-border',
        stakeholder: 'south',
        issue: 'border',
        asOf: '2031-03-02',
        summary: 'Southmark puts the border after the water.',
        statements: ['orrin-border'],
        conflicts: [],
      },
    ],
    demands: [
      {
        id: 'south-share',
        stakeholder: 'south',
        issue: 'water',
        kind: 'asks',
        text: 'A fixed share of the river',
        statements: ['orrin-share'],
        responses: [
          {
            stakeholder: 'north',
            response: 'rejects',
            statements: ['vell-quota'],
            rationale: 'Offers only a small quota.',
          },
          { stakeholder: 'east', response: 'accepts', statements: ['brandt-quota'], rationale: 'Backs a quota.' },
        ],
      },
      {
        id: 'north-no-dam',
        stakeholder: 'north',
        issue: 'water',
        kind: 'rules-out',
        text: 'Any new dam upstream',
        statements: ['vell-dam'],
        responses: [
          {
            stakeholder: 'south',
            response: 'rejects',
            statements: ['orrin-dam', 'orrin-share'],
            rationale: 'Calls the ban one-sided.',
          },
        ],
      },
      {
        id: 'east-talks',
        stakeholder: 'east',
        issue: 'border',
        kind: 'asks',
        text: 'Monthly border talks',
        statements: ['brandt-talks'],
        responses: [
          { stakeholder: 'north', response: 'partly', statements: ['vell-talks'], rationale: 'Only if short.' },
        ],
      },
    ],
    events: [
      {
        id: 'lakeport-talks',
        date: '2031-03-01',
        dateApprox: false,
        kind: 'happened',
        label: 'Talks open in Lakeport',
        source,
        passage: passage('Talks opened in Lakeport on 1 March.'),
      },
      {
        id: 'summit',
        date: '2031-04-20',
        dateApprox: false,
        kind: 'deadline',
        label: 'Planned summit',
        source,
        passage: passage('A summit is planned for 20 April.'),
      },
    ],
  };
}
