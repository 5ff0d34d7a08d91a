import { describe, expect, it } from 'vitest';
import { digestStatement } from './digest';
import type { StatementView } from './model';

// What a card gets from a fictional statement, written by hand.
const expected = {
  id: 'st-harbour-1',
  date: '2031-03-04',
  dateApprox: false,
  channel: 'press-conference',
  issues: ['pier'],
  evidence: 'direct-quote',
  quotes: ['We will not sign away the pier.'],
  summary: 'Northland refuses to cede the pier.',
  source: 'src-gazette',
  stakeholder: 'northland',
  actorRecord: { id: 'ada-brell', name: 'Ada Brell', role: 'Harbour minister', stakeholder: 'northland' },
  sourceRecord: { id: 'src-gazette', title: 'Harbour Gazette, 4 March' },
};

// The statement as the model joins it: the same, plus facts a digest must drop (the passage, the
// speaker's record id field, the actor's title, the source's publisher and date).
const statement = {
  ...expected,
  passage: 'A long passage of the source that a digest leaves out.',
  actor: 'ada-brell',
  actorRecord: { ...expected.actorRecord, title: 'Dr' },
  sourceRecord: { ...expected.sourceRecord, publisher: 'Gazette', published: '2031-03-04' },
} as unknown as StatementView;

describe('a statement digest (what a statement card gets)', () => {
  it('keeps what a card shows, in the record’s order, and drops the passage and the records’ other facts', () => {
    const digest = digestStatement(statement);
    expect(digest).toStrictEqual(expected);
    expect(Object.keys(digest).slice(0, 4)).toEqual(['id', 'date', 'dateApprox', 'channel']);
  });

  it('carries a date note only when the statement has one, right after the date', () => {
    const noted = digestStatement({ ...statement, dateApprox: true, dateNote: 'Reported a day later.' });
    expect(noted.dateNote).toBe('Reported a day later.');
    expect(Object.keys(noted).slice(0, 5)).toEqual(['id', 'date', 'dateApprox', 'dateNote', 'channel']);
    expect('dateNote' in digestStatement(statement)).toBe(false);
  });
});
