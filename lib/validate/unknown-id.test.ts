import { describe, expect, it } from 'vitest';
import { editDistance, nearestIds, unknownId } from './unknown-id';

// Fictional ids; the expected answers are worked out by hand.
const sides = ['northland', 'southmark', 'westhaven', 'eastreach', 'isle-of-vey'];

describe('did you mean: the nearest known ids to an unknown one', () => {
  it('counts edits, a swap of two neighbours as one', () => {
    expect(editDistance('northlnd', 'northland')).toBe(1);
    expect(editDistance('nortlhand', 'northland')).toBe(1);
    expect(editDistance('southmark', 'northland')).toBe(5);
    expect(editDistance('', 'vey')).toBe(3);
  });

  it('names a known id a slip away: a letter missing, two swapped, one wrong', () => {
    expect(nearestIds('northlnd', sides)).toEqual(['northland']);
    expect(nearestIds('westahven', sides)).toEqual(['westhaven']);
    expect(nearestIds('eastraech', sides)).toEqual(['eastreach']);
  });

  it('names a known id the unknown one starts, or one that starts it', () => {
    expect(nearestIds('isle-of', sides)).toEqual(['isle-of-vey']);
    expect(nearestIds('southmark-navy', sides)).toEqual(['southmark']);
  });

  it('names none when nothing is close, and not a too-short start', () => {
    expect(nearestIds('atlantis', sides)).toEqual([]);
    expect(nearestIds('isle', sides)).toEqual([]);
    expect(nearestIds('x', ['y', 'z'])).toEqual(['y', 'z']);
  });

  it('orders the nearest first and names at most three', () => {
    expect(nearestIds('cape-2', ['cape-22x', 'cape-1', 'cape-3', 'cape-4', 'cape-5'])).toEqual([
      'cape-1',
      'cape-3',
      'cape-4',
    ]);
  });

  it('says it after the unknown id and the file', () => {
    expect(unknownId('stakeholder', 'northlnd', 'data/stakeholders.json', sides)).toBe(
      'unknown stakeholder "northlnd": no record with that id in data/stakeholders.json — did you mean "northland"?',
    );
    expect(unknownId('issue', 'cape-2', 'data/issues.json', ['cape-1', 'cape-3'])).toBe(
      'unknown issue "cape-2": no record with that id in data/issues.json — did you mean "cape-1" or "cape-3"?',
    );
    expect(unknownId('source', 'atlantis', 'data/sources.json', sides)).toBe(
      'unknown source "atlantis": no record with that id in data/sources.json',
    );
  });
});
