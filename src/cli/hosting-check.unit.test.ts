// How `pcp validate --origin` judges a feed's response headers: whether a page on the origin may read it,
// and the hosting warnings (hosting-check.ts). The command itself runs against a server in test/node/cli.test.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkHosting, parseOrigin } from './hosting-check.js';

const ORIGIN = 'https://csp.example.org';
const FEED = 'https://plans.example.gov.uk/feeds/plan.json';
/** Good hosting headers, with `changes` (null removes one). */
function headers(changes: Record<string, string | null> = {}): Headers {
  const all: Record<string, string | null> = {
    'access-control-allow-origin': '*',
    'content-type': 'application/json',
    etag: '"abc"',
    'cache-control': 'no-cache',
    ...changes,
  };
  return new Headers(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null));
}

describe('parseOrigin', () => {
  test('an http(s) origin, with or without a trailing slash, in its usual form', () => {
    assert.equal(parseOrigin('https://csp.example.org'), ORIGIN);
    assert.equal(parseOrigin('https://csp.example.org/'), ORIGIN);
    assert.equal(parseOrigin('HTTPS://CSP.Example.org'), ORIGIN);
    assert.equal(parseOrigin('https://csp.example.org:443'), ORIGIN);
    assert.equal(parseOrigin('http://localhost:8080'), 'http://localhost:8080');
  });

  test('not an origin: a path, query, fragment, credentials, another scheme, no scheme', () => {
    for (const value of ['https://csp.example.org/page', 'https://csp.example.org/?a=1', 'https://csp.example.org/#top', 'https://csp.example.org?', 'https://user@csp.example.org', 'ftp://csp.example.org', 'csp.example.org', '']) {
      assert.equal(parseOrigin(value), undefined, value);
    }
  });
});

describe('checkHosting', () => {
  test('"*" or the exact origin: readable, no warnings with good headers', () => {
    const any = checkHosting(ORIGIN, FEED, headers());
    assert.deepEqual(any, { readable: true, verdict: `a page on ${ORIGIN} may read it (Access-Control-Allow-Origin: *)`, warnings: [] });
    const exact = checkHosting(ORIGIN, FEED, headers({ 'access-control-allow-origin': ORIGIN }));
    assert.equal(exact.readable, true);
    assert.match(exact.verdict, /Access-Control-Allow-Origin: https:\/\/csp\.example\.org\)$/);
  });

  test('no header: not readable, and says which header to add', () => {
    const report = checkHosting(ORIGIN, FEED, headers({ 'access-control-allow-origin': null }));
    assert.equal(report.readable, false);
    assert.equal(
      report.verdict,
      'A page on https://csp.example.org cannot read this feed: its server sends no Access-Control-Allow-Origin header. Add `Access-Control-Allow-Origin: https://csp.example.org` (or `*`).',
    );
  });

  test('another site\'s origin, "null", a trailing slash or several values: not readable, each said plainly', () => {
    const other = checkHosting(ORIGIN, FEED, headers({ 'access-control-allow-origin': 'https://www.example.gov.uk' }));
    assert.equal(other.readable, false);
    assert.match(other.verdict, /sends `Access-Control-Allow-Origin: https:\/\/www\.example\.gov\.uk`, which lets only that site read it\. Add `Access-Control-Allow-Origin: https:\/\/csp\.example\.org` \(or `\*`\)/);
    assert.equal(checkHosting(ORIGIN, FEED, headers({ 'access-control-allow-origin': 'null' })).readable, false);
    const slash = checkHosting(ORIGIN, FEED, headers({ 'access-control-allow-origin': `${ORIGIN}/` }));
    assert.equal(slash.readable, false);
    assert.match(slash.verdict, /compare it with the page's origin exactly/);
    const several = new Headers(headers());
    several.set('access-control-allow-origin', ORIGIN);
    several.append('access-control-allow-origin', 'https://other.example.org');
    const twice = checkHosting(ORIGIN, FEED, several);
    assert.equal(twice.readable, false);
    assert.match(twice.verdict, /more than one Access-Control-Allow-Origin \(https:\/\/csp\.example\.org, https:\/\/other\.example\.org\)/);
  });

  test('warns about a Content-Type that is not JSON, or none; JSON types with parameters are fine', () => {
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'content-type': 'application/json; charset=utf-8' })).warnings, []);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'content-type': 'application/feed+json' })).warnings, []);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'content-type': 'text/plain; charset=utf-8' })).warnings, [
      'Content-Type is text/plain; charset=utf-8, not application/json: send `Content-Type: application/json`',
    ]);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'content-type': 'application/jsonp' })).warnings.length, 1);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'content-type': null })).warnings, ['no Content-Type header: send `Content-Type: application/json`']);
  });

  test('warns when there is neither ETag nor Last-Modified; either one is enough', () => {
    const none = checkHosting(ORIGIN, FEED, headers({ etag: null }));
    assert.equal(none.readable, true);
    assert.equal(none.warnings.length, 1);
    assert.match(none.warnings[0]!, /^no ETag or Last-Modified header/);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ etag: null, 'last-modified': 'Tue, 01 Apr 2025 09:00:00 GMT' })).warnings, []);
  });

  test('warns about a max-age over an hour unless the response must be revalidated', () => {
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'public, max-age=300' })).warnings, []);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'max-age=3600' })).warnings, []);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'no-cache, max-age=86400' })).warnings, []);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'public, max-age=86400' })).warnings, [
      'Cache-Control: public, max-age=86400 lets browsers show a stored copy for up to 1 day after the plan changes; send `Cache-Control: no-cache` (with an ETag) or a max-age of a few minutes',
    ]);
    assert.match(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'max-age=7200' })).warnings[0]!, /up to 2 hours/);
    assert.match(checkHosting(ORIGIN, FEED, headers({ 'cache-control': 'max-age=4000' })).warnings[0]!, /up to 4000 seconds/);
  });

  test('warns when the address redirects, naming where to', () => {
    const moved = checkHosting(ORIGIN, FEED, headers(), 'https://cdn.example.net/plan.json');
    assert.deepEqual(moved.warnings, [
      'the address redirects to https://cdn.example.net/plan.json, which was checked; a browser needs Access-Control-Allow-Origin on the redirect too, so give pages the final address',
    ]);
    assert.deepEqual(checkHosting(ORIGIN, FEED, headers(), FEED).warnings, []);
  });
});
