/**
 * The reader's register (referents.ts): descriptions resolved by a scored fit over the people an article named, and
 * the small readers' rules beside it. Sentences written for the test; fictional people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import {
  dashCredit,
  descriptionCue,
  fitScore,
  isConduit,
  isTreatyName,
  issuerInPhrase,
  namedNotSaid,
  personalOffice,
  resolveDescription,
  sameOffice,
  treatyRelative,
  unsignedText,
  type Referent,
} from './referents';

const pilot: Referent = { name: 'Odo Farrant', title: "the ferry's senior pilot", gender: 'm', lastAt: 3 };
const counsel: Referent = { name: 'Ines Carrow', title: 'Ms counsel for Vessany', gender: 'f', lastAt: 2 };
const otherCounsel: Referent = { name: 'Piet Haldane', title: 'Mr counsel for Dunmarch', gender: 'm', lastAt: 4 };
const veteran: Referent = { name: 'Lise Morrow', title: 'former envoy 71-year-old', gender: 'f', lastAt: 1 };
const envoy: Referent = { name: 'Tam Quell', title: 'envoy of the Canal League', lastAt: 5 };

describe('reading a description', () => {
  // Red if descriptionCue takes a capitalised word ("The Vessanian …") or a body ("The ministry") as a description.
  it('reads "the pilot", "Counsel for X", "the 71-year-old", "the former envoy"; not names or bodies', () => {
    expect(descriptionCue('The pilot said the ferry could turn')).toMatchObject({ head: 'pilot', former: false });
    expect(descriptionCue('Counsel for Vessany pressed him.')).toMatchObject({ head: 'counsel', of: 'Vessany' });
    expect(descriptionCue('the 71-year-old added')).toMatchObject({ head: 'year-old', age: 71 });
    expect(descriptionCue('The former envoy shook her head')).toMatchObject({ head: 'envoy', former: true });
    expect(descriptionCue('The Vessanian leader replied')).toBeNull();
    expect(descriptionCue('The ministry replied')).toBeNull();
    expect(descriptionCue('Odo Farrant said')).toBeNull();
  });
});

describe('whom a description means', () => {
  const people = [pilot, counsel, otherCounsel, veteran, envoy];

  // Red if fitScore stops requiring the head noun among the words the article used for the person.
  it('"the pilot" is the person the article called a pilot, and no one else', () => {
    const r = resolveDescription(people, descriptionCue('the pilot said')!, 5);
    expect(r.referent?.name).toBe('Odo Farrant');
    expect(fitScore(envoy, descriptionCue('the pilot said')!, 5)).toBeNull();
  });

  // Red if the "for X" of a description is ignored: both counsel fit and the answer becomes "unknown".
  it('"Counsel for Vessany" is the counsel for Vessany, not the other side\'s', () => {
    expect(resolveDescription(people, descriptionCue('Counsel for Vessany rose')!, 5).referent?.name).toBe(
      'Ines Carrow',
    );
  });

  // Red if resolveDescription guesses between two equally fitting people instead of leaving it unresolved.
  it('"the counsel" with two counsel named is left unresolved, with the two names in the reason', () => {
    const r = resolveDescription([counsel, { ...otherCounsel, lastAt: 2 }], descriptionCue('the counsel said')!, 5);
    expect(r.referent).toBeNull();
    expect('reason' in r && r.reason).toMatch(/Ines Carrow.*Piet Haldane/);
  });

  // Red if "former" stops separating a serving envoy from a former one.
  it('"the former envoy" is the former one, "the envoy" the serving one; "the 71-year-old" goes by age', () => {
    expect(resolveDescription(people, descriptionCue('the former envoy said')!, 5).referent?.name).toBe('Lise Morrow');
    expect(resolveDescription(people, descriptionCue('the envoy said')!, 5).referent?.name).toBe('Tam Quell');
    expect(resolveDescription(people, descriptionCue('the 71-year-old said')!, 5).referent?.name).toBe('Lise Morrow');
  });

  // Red if an age no one was given stops meaning the person named just before, or starts meaning someone named later.
  it('"Marta Ilves. The 71-year-old …": an age given to no one is the person named in the sentence before', () => {
    const ilves: Referent = { name: 'Marta Ilves', title: '', lastAt: 4 };
    const later: Referent = { name: 'Jonas Pirk', title: 'a historian', lastAt: 5 };
    expect(
      resolveDescription([ilves, later], descriptionCue('The 71-year-old ran the salt works')!, 5).referent?.name,
    ).toBe('Marta Ilves');
    expect(resolveDescription([later], descriptionCue('The 71-year-old ran the salt works')!, 5).referent).toBeNull();
  });

  // Red if fitScore lets a description refer forward to someone the article has not named yet.
  it('never means someone the article names only later', () => {
    expect(resolveDescription([{ ...pilot, lastAt: -1 }], descriptionCue('the pilot said')!, 5).referent).toBeNull();
  });
});

describe("a reader's small rules", () => {
  // Red if issuerInPhrase stops at "for X" and returns the person the text was prepared for.
  it('a text "prepared for X by Y" is Y\'s; "attached by the league\'s secretariat" the secretariat\'s', () => {
    expect(issuerInPhrase(' prepared for Governor Amos Brant by the Harbour Board concludes that')).toBe(
      'Harbour Board',
    );
    expect(issuerInPhrase(" attached by the league's secretariat says")).toBe("league's secretariat");
    expect(issuerInPhrase(' on the canal tolls was leaked')).toBeNull();
  });

  // Red if unsignedText stops requiring the text to be said unsigned: every annex would lose its issuer.
  it('an annex "unsigned and without a letterhead" is a text of its own; a signed one is not', () => {
    expect(unsignedText('A two-page annex, unsigned and without a letterhead, goes further.')).toBe('annex');
    expect(unsignedText('A two-page annex, signed by the board, goes further.')).toBeNull();
  });

  // Red if isTreatyName or treatyRelative stop seeing a treaty: its words go to the person naming it.
  it('a treaty is a text; "the Sallow Treaty, which obliges …" quotes the treaty', () => {
    expect(isTreatyName('Sallow Treaty')).toBe(true);
    expect(isTreatyName('Harbour Board')).toBe(false);
    expect(treatyRelative('Mr Brant cited Article 2 of the 1961 Sallow Treaty, which obliges each state to ')).toBe(
      'Sallow Treaty',
    );
    expect(treatyRelative('Mr Brant, who obliges nobody, said ')).toBeNull();
  });

  // Red if isConduit stops recognising a broadcaster or a record: they become the speaker.
  it('a broadcaster or a record carries words; a ministry speaks', () => {
    expect(isConduit('Radio Tessel')).toBe(true);
    expect(isConduit('the official record')).toBe(true);
    expect(isConduit('the Harbour Ministry')).toBe(false);
  });

  // Red if dashCredit stops reading the name after a dash, or reads a dash inside a sentence as a credit.
  it('"…" — Name, role credits the name', () => {
    expect(dashCredit(' — Amos Brant, governor of the harbour')).toBe('Amos Brant');
    expect(dashCredit(' — a line that one pilot repeated')).toBeNull();
  });

  // Red if "head of government" stays a body ("government") or sameOffice stops pairing a leader's titles.
  it('"head of government" is a leader; a prime minister and a leader may be the same person, a judge not', () => {
    expect(personalOffice('head of government')).toBe('leader');
    expect(sameOffice('leader', 'prime minister')).toBe(true);
    expect(sameOffice('judge', 'prime minister')).toBe(false);
  });

  // Red if namedNotSaid is dropped (each would be a candidate quotation) or stops keeping a person's own phrase.
  it("a case name, a book title, a body's term, a nickname, a billing, a word as a word are no quotations", () => {
    expect(namedNotSaid('Vessany v. Dunmarch (Canal Tolls)', 'The case, listed as ')).toBe(true);
    expect(namedNotSaid('Locks and Keys', 'Lise Morrow, who wrote a book on the canal, ')).toBe(true);
    expect(namedNotSaid('slow dredging', 'the plan is what Orle calls ')).toBe(true);
    expect(namedNotSaid('the harbour king', 'Critics call him ')).toBe(true);
    expect(namedNotSaid('Canal Cup', 'a match the organisers billed as the ')).toBe(true);
    expect(namedNotSaid('common', 'whether the canal should be called "      " or ')).toBe(true);
    // The same marks around someone's words stay quotations.
    expect(namedNotSaid('the tolls of shame', 'He is scornful of what he calls ')).toBe(false);
    expect(namedNotSaid('a betrayal', 'Critics called him ')).toBe(false);
    expect(namedNotSaid('We will pay', 'She said: ')).toBe(false);
  });
});
