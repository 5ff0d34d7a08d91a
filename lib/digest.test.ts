import { describe, expect, it } from 'vitest';
import { digestStatement } from './digest';
import type { StatementView } from './model';

// A fictional statement as the model joins it (its actor and source records whole, with facts a
// digest must drop: the passage, the actor's title, the source's publisher).
const statement = {
  id: 'st-harbour-1',
  date: '2031-03-04',
  dateApprox: false,
  channel: 'press-conference',
  issues: ['pier'],
  evidence: 'direct-quote',
  quotes: ['We will not sign away the pier.'],
  summary: 'Northland refuses to cede the pier.',
  passage: 'A long passage of the source that a digest leaves out.',
  source: 'src-gazette',
  stakeholder: 'northland',
  actor: 'ada-brell',
  actorRecord: { id: 'ada-brell', name: 'Ada Brell', role: 'Harbour minister', stakeholder: 'northland', title: 'Dr' },
  sourceRecord: { id: 'src-gazette', title: 'Harbour Gazette, 4 March', publisher: 'Gazette', published: '2031-03-04' },
} as unknown as StatementView;

describe('a statement digest (what a statement card gets)', () => {
  it('keeps what a card shows, in the record’s order, and drops the passage and the records’ other facts', () => {
    const digest = digestStatement(statement);
    expect(digest).toStrictEqual({
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
    });
    expect(Object.keys(digest).slice(0, 4)).toEqual(['id', 'date', 'dateApprox', 'channel']);
  });

  it('carries a date note only when the statement has one, right after the date', () => {
    const noted = digestStatement({ ...statement, dateApprox: true, dateNote: 'Reported a day later.' });
    expect(noted.dateNote).toBe('Reported a day later.');
    expect(Object.keys(noted).slice(0, 5)).toEqual(['id', 'date', 'dateApprox', 'dateNote', 'channel']);
    expect('dateNote' in digestStatement(statement)).toBe(false);
  });
});
