/**
 * A small fictional history for unit tests of the changes list, the changes slide and "What to
 * watch" (Lake talks: Eastvale and Westmoor, Jan–Mar 2040). The expected answers are written by
 * hand in the tests that use it:
 * - Eastvale's stance on the lake moves from 20 (10 Jan) to 60 (5 Mar); on 5 Mar it also asks for
 *   a joint commission; on 20 Mar it withdraws its demand for sole use (first stated 10 Jan), which
 *   Westmoor partly accepted on 12 Mar.
 * - Two statements that change nothing else: Westmoor's on 25 Mar, Eastvale's on 28 Mar.
 * - Westmoor's one position (50, 10 Jan) never moves.
 * - A deadline on 15 Mar passes inside March; a summit is planned for 1 May, after the as-of date.
 */
import type { RawDataset } from '../validate';
import { datasetInfo, issue, newsReport, person, side } from '../fixtures/records';

const statement = (id: string, actor: string, date: string, summary: string, issues = ['lake']) => ({
  id,
  actor,
  source: 'courier',
  date,
  dateApprox: false,
  channel: 'Lake radio',
  issues,
  evidence: 'paraphrase' as const,
  quotes: [],
  passage: 'p',
  summary,
});

export function lakeHistory(): RawDataset {
  return {
    dataset: datasetInfo('Lake talks', 'A fictional lake dispute', '2040-03-31'),
    sources: [newsReport('courier', 'The Lake Courier', 'Courier', '2040-01-10')],
    texts: new Map([['courier', 'p']]),
    stakeholders: [
      side('eastvale', 'Eastvale', 'EV', 'A fictional shore state.'),
      side('westmoor', 'Westmoor', 'WM', 'A fictional shore state.'),
    ],
    actors: [
      person('ena', 'Ena Eastley', 'Foreign minister', 'eastvale'),
      person('wim', 'Wim Westrow', 'Envoy', 'westmoor'),
    ],
    issues: [issue('lake', 'Lake use', 'Who may use the lake?', ['Eastvale alone', 'Shared', 'Joint body decides'])],
    statements: [
      statement('w0', 'wim', '2040-01-10', 'Westmoor wants the lake shared.'),
      statement('e1', 'ena', '2040-01-10', 'Eastvale asks for sole use of the lake.'),
      statement('e2', 'ena', '2040-03-05', 'Eastvale proposes a joint commission.'),
      statement('w1', 'wim', '2040-03-12', 'Westmoor offers Eastvale some use of the lake.'),
      statement('e3', 'ena', '2040-03-20', 'Eastvale drops its call for sole use.'),
      statement('w2', 'wim', '2040-03-25', 'Westmoor calls for calm on the lake.'),
      statement('e4', 'ena', '2040-03-28', 'Eastvale thanks Westmoor for the talks.'),
    ],
    positions: [
      {
        id: 'ev-lake-jan',
        stakeholder: 'eastvale',
        issue: 'lake',
        asOf: '2040-01-10',
        summary: 'Eastvale wants the lake to itself.',
        stance: { value: 20, rationale: 'Asks for sole use.' },
        statements: ['e1'],
        conflicts: [],
      },
      {
        id: 'ev-lake-mar',
        stakeholder: 'eastvale',
        issue: 'lake',
        asOf: '2040-03-05',
        summary: 'Eastvale wants a joint commission.',
        stance: { value: 60, rationale: 'Proposes shared rule.' },
        statements: ['e2'],
        conflicts: [],
      },
      {
        id: 'wm-lake-jan',
        stakeholder: 'westmoor',
        issue: 'lake',
        asOf: '2040-01-10',
        summary: 'Westmoor wants the lake shared.',
        stance: { value: 50, rationale: 'Asks for sharing.' },
        statements: ['w0'],
        conflicts: [],
      },
    ],
    demands: [
      {
        id: 'ev-sole-use',
        stakeholder: 'eastvale',
        issue: 'lake',
        kind: 'asks',
        text: 'Sole use of the lake',
        statements: ['e1'],
        responses: [
          { stakeholder: 'westmoor', response: 'partly', statements: ['w1'], rationale: 'Would share some of it.' },
        ],
        status: {
          state: 'withdrawn',
          date: '2040-03-20',
          statements: ['e3'],
          note: 'Eastvale said it no longer asks for this.',
        },
      },
      {
        id: 'ev-commission',
        stakeholder: 'eastvale',
        issue: 'lake',
        kind: 'asks',
        text: 'A joint lake commission',
        statements: ['e2'],
        responses: [],
      },
    ],
    events: [
      {
        id: 'reply-deadline',
        date: '2040-03-15',
        dateApprox: false,
        label: 'Deadline for Westmoor to reply',
        kind: 'deadline',
        source: 'courier',
        passage: 'p',
      },
      {
        id: 'summit',
        date: '2040-05-01',
        dateApprox: false,
        label: 'Planned lake summit',
        kind: 'planned',
        source: 'courier',
        passage: 'p',
      },
    ],
  };
}
