import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../load';
import { corpusArticles, TARGETS } from './corpus';
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
    });
    expect(score(labels, [candidate('We wait,', 'Ilse Marrow'), candidate('extra', 'X')])).toMatchObject({
      matched: 1,
      speakersRight: 0,
      found: 2,
      misses: ['Never'],
    });
  });
});
