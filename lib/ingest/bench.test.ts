import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../load';
import { corpusArticles, FROZEN_DIR, READ_DIRS, TARGETS } from './corpus';
import { ingest } from './ingest';
import { ratio, score } from './score';

// The labelled set (hand-labelled quotes and speakers) must keep meeting the targets the issue set.
describe('intake on the labelled set', () => {
  const loaded = readDataFolder('data');
  if (!loaded.ok) throw new Error('data/ invalid');
  const totals = { labelled: 0, found: 0, matched: 0, speakersRight: 0 };
  const articles = corpusArticles();

  it('has the seed article and at least eight written articles, each labelled', () => {
    expect(articles.some((a) => a.file.endsWith('rferl-witkoff-putin-three-questions.txt'))).toBe(true);
    expect(articles.length).toBeGreaterThanOrEqual(9);
    for (const a of articles) expect(a.labels.quotes.length).toBeGreaterThan(0);
  });

  it('has a frozen split of at least ten labelled articles, apart from the tuning and read splits', () => {
    const frozen = corpusArticles(FROZEN_DIR);
    expect(FROZEN_DIR.endsWith('corpus-frozen-9')).toBe(true);
    // The previous frozen split is read now: scored beside the others, never again the honest figure.
    expect(READ_DIRS.some((d) => d.endsWith('corpus-frozen-8'))).toBe(true);
    expect(frozen.length).toBeGreaterThanOrEqual(10);
    for (const a of frozen) expect(a.labels.quotes.length).toBeGreaterThan(0);
    const tuned = [...articles, ...READ_DIRS.flatMap((d) => corpusArticles(d))];
    const seen = new Set(tuned.map((a) => a.file));
    expect(frozen.some((a) => seen.has(a.file))).toBe(false);
    // Its text shares no speaker with the splits the rules were tuned on.
    const tunedSpeakers = new Set(tuned.flatMap((a) => a.labels.quotes.map((q) => q.speaker)));
    const named = frozen
      .flatMap((a) => a.labels.quotes.map((q) => q.speaker))
      .filter((s) => /^[A-Z]\w+ [A-Z]\w+$/.test(s));
    expect(named.filter((s) => tunedSpeakers.has(s))).toEqual([]);
  });

  it('meets recall, precision and speaker-accuracy targets over the set', () => {
    for (const a of articles) {
      const s = score(
        a.labels,
        ingest(a.file, fs.readFileSync(a.file), loaded.data, { published: a.labels.published }).candidates,
      );
      totals.labelled += s.labelled;
      totals.found += s.found;
      totals.matched += s.matched;
      totals.speakersRight += s.speakersRight;
    }
    expect(ratio(totals.matched, totals.labelled)).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(ratio(totals.matched, totals.found)).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(ratio(totals.speakersRight, totals.matched)).toBeGreaterThanOrEqual(TARGETS.speaker);
  });

  it('scores a wrong speaker and a missed quote as such', () => {
    const labels = {
      quotes: [
        { quote: 'We wait', speaker: 'Ravi Osterhout' },
        { quote: 'Never', speaker: 'Ilse Marrow' },
      ],
    };
    const candidate = (quote: string, speaker: string) => ({
      quote,
      speaker,
      actor: null,
      passage: '',
      evidence: 'direct-quote' as const,
      date: null,
      dateApprox: true,
      dateNote: null,
      issues: [],
      confidence: 1,
      speakerRole: '',
      why: '',
      attribution: { rule: '', words: null, confidence: 1, needsCheck: false, reason: '' },
    });
    expect(score(labels, [candidate('We wait,', 'Ilse Marrow'), candidate('extra', 'X')])).toMatchObject({
      matched: 1,
      speakersRight: 0,
      found: 2,
      misses: ['Never'],
      namedWrong: 1,
      unflaggedWrong: 1,
    });
    // A wrong name marked to check is still wrong, but the studio warned; no name at all is a blank, not a wrong name.
    const flagged = {
      ...candidate('We wait', 'Ilse Marrow'),
      attribution: { ...candidate('', '').attribution, needsCheck: true },
    };
    const blank = { ...candidate('Never', ''), speaker: null };
    expect(score(labels, [flagged, blank])).toMatchObject({ speakersRight: 0, namedWrong: 1, unflaggedWrong: 0 });
  });
});

describe('scoring the speakers the article does not name', () => {
  const candidate = (speaker: string | null, evidence: 'direct-quote' | 'anonymous-officials' | 'document') => ({
    quote: 'We wait',
    speaker,
    actor: null,
    passage: '',
    evidence,
    date: null,
    dateApprox: true,
    issues: [],
    confidence: 1,
    speakerRole: '',
    why: '',
    dateNote: null,
    attribution: { rule: '', words: null, confidence: 1, needsCheck: false, reason: '' },
  });
  const one = (label: Record<string, unknown>, c: ReturnType<typeof candidate>) =>
    score({ quotes: [{ quote: 'We wait', ...label } as never] }, [c]).speakersRight;

  it('"unknown" is right only when intake names nobody (or an unnamed speaker)', () => {
    expect(one({ speaker: 'unknown' }, candidate(null, 'direct-quote'))).toBe(1);
    expect(one({ speaker: 'unknown' }, candidate('Ilse Marrow', 'direct-quote'))).toBe(0);
  });

  it('a document must be quoted as a document and named by the issuer the label gives', () => {
    const label = { speaker: 'Ministry of Finance', document: true };
    expect(one(label, candidate('Ministry of Finance', 'document'))).toBe(1);
    expect(one(label, candidate('memo', 'document'))).toBe(0);
    expect(one(label, candidate('Ministry of Finance', 'direct-quote'))).toBe(0);
  });

  it('a collective speaker must be named as the group', () => {
    const label = { speaker: 'Orlen and Maskow', collective: true };
    expect(one(label, candidate('Orlen and Maskow', 'direct-quote'))).toBe(1);
    expect(one(label, candidate('Maskow', 'direct-quote'))).toBe(0);
  });
});
