import { describe, expect, it } from 'vitest';
import { hrefWithAsOf, keepsAsOf, withAsOf } from './as-of-query';

const BASE = 'http://127.0.0.1:3302/issues/pier/?asof=2031-02-28';

describe('links keep ?asof=', () => {
  it('adds the day to links to the views that read it, keeping their query and anchor', () => {
    expect(hrefWithAsOf('/stakeholders/northland/', '2031-02-28', BASE)).toBe(
      '/stakeholders/northland/?asof=2031-02-28',
    );
    expect(hrefWithAsOf('/issues/pier/#side-southmark', '2031-02-28', BASE)).toBe(
      '/issues/pier/?asof=2031-02-28#side-southmark',
    );
    expect(hrefWithAsOf('/compare/?s=northland&s=southmark', '2031-02-28', BASE)).toBe(
      '/compare/?s=northland&s=southmark&asof=2031-02-28',
    );
    expect(hrefWithAsOf('/', '2031-02-28', BASE)).toBe('/?asof=2031-02-28');
  });

  it('leaves other pages, other sites, anchors on this page and links that name a day alone', () => {
    expect(hrefWithAsOf('/sources/gazette-talks-open/#st-brell-pier-jan', '2031-02-28', BASE)).toBeUndefined();
    expect(hrefWithAsOf('/statements/', '2031-02-28', BASE)).toBeUndefined();
    expect(hrefWithAsOf('/changes/?from=2031-01-01&to=2031-02-01', '2031-02-28', BASE)).toBeUndefined();
    expect(hrefWithAsOf('https://example.org/issues/pier/', '2031-02-28', BASE)).toBeUndefined();
    expect(hrefWithAsOf('#side-northland', '2031-02-28', BASE)).toBeUndefined();
    expect(hrefWithAsOf('/issues/pier/?asof=2031-04-01', '2031-02-28', BASE)).toBeUndefined();
    expect(keepsAsOf('/issues/pier/extra/')).toBe(false);
  });

  it('keeps the day when a view writes its own query back', () => {
    expect(withAsOf('s=a&s=b', new URLSearchParams('asof=2031-02-28&s=a'))).toBe('s=a&s=b&asof=2031-02-28');
    expect(withAsOf('s=a&s=b', new URLSearchParams('s=a'))).toBe('s=a&s=b');
    expect(withAsOf('', new URLSearchParams('asof=2031-02-28'))).toBe('asof=2031-02-28');
  });
});

describe('the quick path for plain links gives what parsing the address gives', () => {
  /** The address parsed, as every link was before the quick path. */
  function parsed(href: string, day: string, base: string) {
    if (href.startsWith('#')) return undefined;
    const url = new URL(href, base);
    if (url.origin !== new URL(base).origin || !keepsAsOf(url.pathname) || url.searchParams.has('asof'))
      return undefined;
    url.searchParams.set('asof', day);
    return `${url.pathname}${url.search}${url.hash}`;
  }
  it.each([
    '/',
    '/issues/pier/',
    '/issues/pier/#side-southmark',
    '/issues/pier/#',
    '/issues/pier/#a b',
    '/issues/pier',
    '/issues/../compare/',
    '/issues/./pier/',
    '/issues/pier.v2/',
    '/issues/%70ier/',
    '/a/b/c/',
    '/stakeholders/',
    '//example.org/issues/pier/',
    '/issues/pier/?asof=2031-04-01',
  ])('%s', (href) => {
    expect(hrefWithAsOf(href, '2031-02-28', BASE)).toBe(parsed(href, '2031-02-28', BASE));
  });
});
