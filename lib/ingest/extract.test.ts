import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract';

/** Quotations of an article (paragraphs) with who said them. */
const said = (...paragraphs: string[]) =>
  extractCandidates(paragraphs, { published: '2031-03-05' })
    .filter((c) => c.quote !== null)
    .map((c) => [c.quote, c.speaker]);

describe('who said it', () => {
  it('"…," X said / "…," said X / X told … / according to X', () => {
    expect(said('"We are ready," Ilse Marrow said.')).toEqual([['We are ready', 'Ilse Marrow']]);
    expect(said('"We are ready," said Ilse Marrow, the foreign minister.')).toEqual([['We are ready', 'Ilse Marrow']]);
    expect(said('Ravi Osterhout told reporters: "Nothing is agreed."')).toEqual([
      ['Nothing is agreed.', 'Ravi Osterhout'],
    ]);
    expect(said('According to Tobias Wren, the deal is "a first step".')).toEqual([['a first step', 'Tobias Wren']]);
  });

  it('titles before a name are not part of it', () => {
    expect(said('Kestrian Deputy Foreign Minister Lena Faraday-Voss said the offer was "late".')).toEqual([
      ['late', 'Lena Faraday-Voss'],
    ]);
    expect(said('Kremlin-style spokesman Piet Ardent said: "No comment."')).toEqual([['No comment.', 'Piet Ardent']]);
  });

  it('an appositive between the name and the verb is skipped', () => {
    expect(said('"It will hold," Helena Strand, director of the Carrow Institute in Lisk, wrote on Monday.')).toEqual([
      ['It will hold', 'Helena Strand'],
    ]);
  });

  it('a pronoun, or "the minister", refers back to the person under discussion', () => {
    expect(said('Foreign Minister Ilse Marrow arrived late.', '"We will not sign," she said.')).toEqual([
      ['We will not sign', 'Ilse Marrow'],
    ]);
    expect(
      said(
        'Foreign Minister Ilse Marrow met Anselm Koval, the president.',
        'Later, Koval spoke to cadets.',
        '"Hold the line," the president said.',
      ),
    ).toEqual([['Hold the line', 'Anselm Koval']]);
  });

  it('a name after a preposition is not the subject a pronoun refers to', () => {
    expect(said('Helena Strand spoke after meeting with Anselm Koval.', '"It went well," she said.')).toEqual([
      ['It went well', 'Helena Strand'],
    ]);
  });

  it('a quotation standing alone continues the last speaker; one run on over paragraphs keeps its speaker', () => {
    expect(said('"We came," said Ravi Osterhout. "We listened."')).toEqual([
      ['We came', 'Ravi Osterhout'],
      ['We listened.', 'Ravi Osterhout'],
    ]);
    expect(
      said('"I am not a pacifist," said Tomas Brenner. "But I have buried too many.', '"We owe them a peace."'),
    ).toEqual([
      ['I am not a pacifist', 'Tomas Brenner'],
      ['But I have buried too many.', 'Tomas Brenner'],
      ['We owe them a peace.', 'Tomas Brenner'],
    ]);
  });

  it('a colon introduction in one paragraph names the speaker of the next', () => {
    expect(said('In a statement, the Valdorian Foreign Ministry said:', '"The talks continue."')).toEqual([
      ['The talks continue.', 'Valdorian Foreign Ministry'],
    ]);
  });

  it('unnamed officials and quoted documents are told apart from named people', () => {
    const all = extractCandidates(
      ['"Nothing is decided," a senior Kestrian official said.', 'The draft reads: "Forces shall withdraw."'],
      {},
    );
    expect(all.map((c) => [c.speaker, c.evidence])).toEqual([
      ['a senior Kestrian official', 'anonymous-officials'],
      ['draft', 'document'],
    ]);
  });

  it('a news agency that "reported" the words is not their speaker', () => {
    expect(said('Anselm Koval said peace was "far away," the Northwire agency reported.')).toEqual([
      ['far away', 'Anselm Koval'],
    ]);
  });

  it('a name in quotation marks ("so-called", "titled") is not a statement', () => {
    expect(said('The so-called "Saltmere formula" returns, said Imogen Hale.')).toEqual([]);
  });

  it('reported speech without quotation marks is a paraphrase candidate', () => {
    const [c] = extractCandidates(['Ilse Marrow said on Monday that Valdoria would attend.'], {
      published: '2031-03-05',
    });
    expect(c).toMatchObject({
      quote: null,
      speaker: 'Ilse Marrow',
      evidence: 'paraphrase',
      date: '2031-03-03',
      dateApprox: false,
    });
  });

  it('the passage is the sentence that carries the quotation', () => {
    const [c] = extractCandidates(['The talks stalled. "We wait," said Ravi Osterhout on Tuesday. Then he left.'], {
      published: '2031-03-05',
    });
    expect(c).toMatchObject({ passage: '"We wait," said Ravi Osterhout on Tuesday.', date: '2031-03-04' });
  });
});

describe('the role a new speaker is proposed with', () => {
  it('is the title and appositive the article gives, without the speech verb or full stop', () => {
    const [c] = extractCandidates([
      '"A summit without a map is a photo opportunity," said Mira Castellan, a senior fellow at the Harbour Institute.',
    ]);
    expect(c!.role).toBe('a senior fellow at the Harbour Institute');
  });
});
