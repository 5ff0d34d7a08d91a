import { describe, expect, it } from 'vitest';
import type { Actor, Issue, Stakeholder } from '../schema';
import { guessStakeholder, matchActor, namesActor, sameName, suggestIssues } from './match';

const actor = (id: string, name: string, stakeholder: string, aliases?: string[]): Actor => ({
  id,
  name,
  role: 'x',
  stakeholder,
  kind: 'person',
  anonymous: false,
  ...(aliases ? { aliases } : {}),
});
const actors = [
  actor('koval', 'Anselm Koval', 'valdoria', ['Anselm Kovál']),
  actor('zelmar', 'Oleksa Zelmarenko', 'kestria', ['Zelmarenko', 'Zelmarenkiy']),
  actor('marrow', 'Ilse Marrow', 'valdoria'),
  actor('marrow-t', 'Tobin Marrow', 'kestria'),
];

describe('matching speakers to actors', () => {
  it('matches full names, surnames, accents and aliases', () => {
    expect(matchActor('Anselm Koval', actors)?.id).toBe('koval');
    expect(matchActor('Koval', actors)?.id).toBe('koval');
    expect(matchActor('Anselm Kovál', actors)?.id).toBe('koval');
    expect(matchActor('Zelmarenkiy', actors)?.id).toBe('zelmar');
  });

  it('does not guess between two actors with one surname, nor across first names', () => {
    expect(matchActor('Marrow', actors)).toBeNull();
    expect(matchActor('Ilse Marrow', actors)?.id).toBe('marrow');
    expect(matchActor('Dara Koval', actors)).toBeNull();
    expect(sameName('Vladmir Putin', 'Vladimir Putin')).toBe(true);
  });
});

describe('a new speaker’s side', () => {
  const sides: Stakeholder[] = [
    { id: 'valdoria', name: 'Valdoria', abbreviation: 'VA', description: 'x' },
    { id: 'kestria', name: 'Kestria', abbreviation: 'KE', description: 'x' },
    { id: 'analysts', name: 'Independent analysts', abbreviation: 'AN', description: 'x' },
  ];
  it('reads country words and analysts’ titles from the role', () => {
    expect(guessStakeholder('Kestrian deputy foreign minister', sides, [])).toBe('kestria');
    expect(guessStakeholder('a senior fellow at the Carrow Institute', sides, [])).toBe('analysts');
    expect(guessStakeholder('a spokesman', sides, [])).toBeNull();
  });

  // Issue 20, "intake that never guesses". Red if an actor's role words match in lower case ("foreign" in
  // "Foreign Policy Council" → analysts), or if a role naming a country no side has still proposes a side.
  it('proposes no side when the role names a country or body that no side is', () => {
    const analyst: Actor = {
      id: 'brannock',
      name: 'Ode Brannock',
      role: 'Senior fellow, Northern Foreign Policy Council',
      stakeholder: 'analysts',
      kind: 'person',
      anonymous: false,
    };
    expect(guessStakeholder('Coastland foreign minister Mira Solvik', sides, [analyst], 'Mira Solvik')).toBeNull();
    expect(guessStakeholder('The Coastland Foreign Minister Mira Solvik', sides, [analyst], 'Mira Solvik')).toBeNull();
    // The speaker's own name is not another country; a side's demonym still decides.
    expect(guessStakeholder('Kestrian foreign minister Mira Solvik', sides, [analyst], 'Mira Solvik')).toBe('kestria');
    // A proper noun from a known actor's role, as written, still counts.
    expect(guessStakeholder('a researcher at the Northern Foreign Policy Council', sides, [analyst])).toBe('analysts');
  });
});

describe('issue suggestions', () => {
  const issue = (id: string, title: string, question: string, keywords?: string[]): Issue => ({
    id,
    title,
    question,
    ...(keywords ? { keywords } : {}),
    scale: {
      min: { short: 'a', description: 'a' },
      mid: { short: 'b', description: 'b' },
      max: { short: 'c', description: 'c' },
    },
  });
  const issues = [
    issue('valley', 'Harrow Valley', 'Who governs the Harrow Valley?'),
    issue('truce', 'Truce', 'Does a truce come first?', ['ceasefire', 'cease-fire']),
  ];
  it('suggests issues from their words and keywords, and none for an unrelated passage', () => {
    expect(suggestIssues('"We will never give up the valley," she said of Harrow.', issues)).toEqual(['valley']);
    expect(suggestIssues('A ceasefire must come before anything else.', issues)).toEqual(['truce']);
    expect(suggestIssues('The weather was fine.', issues)).toEqual([]);
  });
});

describe('does the speaker named match the actor chosen (the studio warns when not)', () => {
  // Fictional names, written by hand.
  const halvard = ['Ansel Halvard', 'Halvard'];
  it('matches the full name, the surname, a titled name and an alias', () => {
    expect(namesActor(['Ansel Halvard'], halvard)).toBe(true);
    expect(namesActor(['Halvard'], halvard)).toBe(true);
    expect(namesActor(['President Ansel Halvard'], halvard)).toBe(true);
  });
  it('does not match another person, even one the article names beside them', () => {
    expect(namesActor(['Maren Quist'], halvard)).toBe(false);
    expect(namesActor(['Ansel Quist'], halvard)).toBe(false);
  });
  it('asks nothing when the article names no speaker', () => {
    expect(namesActor(['', ' '], halvard)).toBe(true);
  });
});
