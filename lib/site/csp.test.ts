import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  defaultPolicy,
  inlineScripts,
  metaPolicy,
  pageHeaderPolicy,
  pagePolicy,
  sha256Source,
  withMetaPolicy,
} from './csp';

describe('per-page Content-Security-Policy', () => {
  const html = `<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script>
    <script type="application/ld+json">{"a":1}</script></head><body><script id="_R_">x()</script></body></html>`;

  it('hashes the inline scripts and nothing else', () => {
    expect(inlineScripts(html)).toEqual(['self.__next_f=[]', 'x()']);
  });

  it('gives the known sha256 of a script (the hash browsers compute)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it("lists each page's hashes in script-src, with no 'unsafe-inline' and no outside origin", () => {
    const policy = pagePolicy(html);
    expect(policy).toContain(
      `script-src 'self' ${[sha256Source('self.__next_f=[]'), sha256Source('x()')].sort().join(' ')};`,
    );
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('serve.json carries the same base policy the generator uses', () => {
    const serve = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'serve.json'), 'utf8'));
    const csp = serve.headers[0].headers.find((h: { key: string }) => h.key === 'Content-Security-Policy').value;
    expect(csp).toBe(defaultPolicy());
  });
});

describe('the policy split between the page and its header', () => {
  const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>Pier</title><script src="/a.js"></script></head><body><script>self.__pier=1</script></body></html>`;

  it('puts the hashes in a meta tag after the charset and before any script, once however often it runs', () => {
    const once = withMetaPolicy(page);
    expect(withMetaPolicy(once)).toBe(once);
    expect(once.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(once.indexOf('http-equiv')).toBeGreaterThan(once.indexOf('charSet'));
    expect(once.indexOf('http-equiv')).toBeLessThan(once.indexOf('<script'));
    expect(once).toContain(`script-src 'self' ${sha256Source('self.__pier=1')}`);
  });

  it('keeps frame-ancestors out of the meta tag (browsers ignore it there) and script rules out of the header', () => {
    expect(metaPolicy(page)).not.toContain('frame-ancestors');
    expect(metaPolicy(page)).toContain("default-src 'self'");
    expect(pageHeaderPolicy()).toContain("frame-ancestors 'none'");
    expect(pageHeaderPolicy()).not.toMatch(/default-src|script-src/);
    // Together they hold every directive of the page policy.
    const names = (p: string) => p.split('; ').map((d) => d.split(' ')[0]);
    expect(new Set([...names(metaPolicy(page)), ...names(pageHeaderPolicy())])).toEqual(
      new Set(names(pagePolicy(page))),
    );
  });
});

describe('main routes', () => {
  it('takes each section index and its first page, shallow ones first', async () => {
    const { mainRoutes } = await import('./pages');
    expect(
      mainRoutes(
        ['/', '/compare/', '/sources/', '/sources/a/', '/sources/b/', '/issues/', '/issues/x/', '/issues/y/'],
        6,
      ),
    ).toEqual(['/', '/compare/', '/issues/', '/sources/', '/issues/x/', '/sources/a/']);
  });
});
