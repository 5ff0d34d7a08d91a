import { describe, expect, it } from 'vitest';
import { droppedAsOfNotice, hrefOnDay, keepsAsOf, queryWith, readQuery, withAsOf } from '.';

const DAY = '2031-02-28';

describe('links carry ?asof= (hrefOnDay)', () => {
  it('adds the day to links to the views that read it, keeping their query and anchor', () => {
    expect(hrefOnDay('/stakeholders/northland/', DAY)).toBe('/stakeholders/northland/?asof=2031-02-28');
    expect(hrefOnDay('/issues/pier/#side-southmark', DAY)).toBe('/issues/pier/?asof=2031-02-28#side-southmark');
    // The compact matrix asks once per row for the issue page and puts each side's #fragment after it.
    expect(hrefOnDay('/issues/pier/', DAY)).toBe('/issues/pier/?asof=2031-02-28');
    expect(hrefOnDay('/compare/?s=northland&s=southmark', DAY)).toBe(
      '/compare/?s=northland&s=southmark&asof=2031-02-28',
    );
    expect(hrefOnDay('/compare/?s=northland,southmark', DAY)).toBe('/compare/?s=northland,southmark&asof=2031-02-28');
    expect(hrefOnDay('/', DAY)).toBe('/?asof=2031-02-28');
    expect(hrefOnDay('/issues/', DAY)).toBe('/issues/?asof=2031-02-28');
  });

  it('carries the day to the pages that show only the latest data, so they can say so', () => {
    expect(hrefOnDay('/sources/gazette-talks-open/#st-brell-pier-jan', DAY)).toBe(
      '/sources/gazette-talks-open/?asof=2031-02-28#st-brell-pier-jan',
    );
    expect(hrefOnDay('/statements/', DAY)).toBe('/statements/?asof=2031-02-28');
    expect(hrefOnDay('/changes/?from=2031-01-01&to=2031-02-01', DAY)).toBe(
      '/changes/?from=2031-01-01&to=2031-02-01&asof=2031-02-28',
    );
    expect(keepsAsOf('/statements/')).toBe(false);
    expect(keepsAsOf('/sources/x/')).toBe(false);
    expect(keepsAsOf('/issues/pier/')).toBe(true);
  });

  it('leaves other sites, anchors on this page, unknown paths and links that name a day alone', () => {
    for (const href of [
      'https://example.org/issues/pier/',
      '//example.org/issues/pier/',
      '#side-northland',
      '/issues/pier/?asof=2031-04-01',
      '/issues/pier/extra/',
      '/data/history.json',
      '/issues/pier',
    ])
      expect(hrefOnDay(href, DAY)).toBe(href);
    expect(keepsAsOf('/issues/pier/extra/')).toBe(false);
  });

  it('leaves every link as written on the latest state', () => {
    expect(hrefOnDay('/issues/pier/', undefined)).toBe('/issues/pier/');
  });

  it('gives a link written another way the same address as the plain form', () => {
    expect(hrefOnDay('/issues/./pier/', DAY)).toBe('/issues/pier/?asof=2031-02-28');
    expect(hrefOnDay('/issues/../compare/', DAY)).toBe('/compare/?asof=2031-02-28');
    expect(hrefOnDay('/issues/pier/#a b', DAY)).toBe('/issues/pier/?asof=2031-02-28#a%20b');
  });
});

describe('a view writing its own query', () => {
  it('keeps the day', () => {
    expect(withAsOf('s=a&s=b', readQuery('asof=2031-02-28&s=a'))).toBe('s=a&s=b&asof=2031-02-28');
    expect(withAsOf('s=a&s=b', readQuery('s=a'))).toBe('s=a&s=b');
    expect(withAsOf('', readQuery('?asof=2031-02-28'))).toBe('asof=2031-02-28');
  });

  it('sets and removes parameters, keeping the rest in order and commas readable', () => {
    expect(queryWith('?slide=3&s=a,b', { slide: '4' })).toBe('slide=4&s=a,b');
    expect(queryWith('slide=3&asof=2031-02-01', { asof: undefined, i: ['pier', 'port'] })).toBe('slide=3&i=pier,port');
    expect(queryWith('view=presenter', { view: '' })).toBe('');
  });
});

describe('a page that cannot be shown as of a day', () => {
  it('says so when the address asks for one, naming both days', () => {
    expect(droppedAsOfNotice(readQuery('asof=2031-02-28'), 'The list of statements', '2031-04-30')).toBe(
      'The list of statements cannot be shown as of a day: this is the latest data (as of 30 Apr 2031), not 28 Feb 2031. The other pages still follow the day you chose.',
    );
    expect(droppedAsOfNotice(readQuery('issue=pier'), 'The list of statements', '2031-04-30')).toBeUndefined();
  });
});
