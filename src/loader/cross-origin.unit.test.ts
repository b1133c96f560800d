// Which failed fetches the loader explains as a website that does not share its feed (cross-origin.ts),
// and what that explanation says. Whether the server answers (the no-cors probe) is tested in a browser
// against real servers: test/cross-origin.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crossOriginMessage, mayBeCrossOriginFailure, type PageContext } from './cross-origin.js';

const PAGE: PageContext = { origin: 'https://csp.example.org', online: true };
const FEED = 'https://plans.example.gov.uk/feeds/plan.json';
const failed = new TypeError('Failed to fetch');

describe('mayBeCrossOriginFailure', () => {
  test('a network error fetching another origin, online: may be CORS', () => {
    assert.equal(mayBeCrossOriginFailure(failed, FEED, PAGE), true);
    // Another port or scheme is another origin too.
    assert.equal(mayBeCrossOriginFailure(failed, 'https://csp.example.org:8443/plan.json', PAGE), true);
    assert.equal(mayBeCrossOriginFailure(failed, 'http://127.0.0.1:9/plan.json', { origin: 'http://localhost:8000', online: true }), true);
  });

  test('the same origin, offline, or not a network error: not CORS', () => {
    assert.equal(mayBeCrossOriginFailure(failed, 'https://csp.example.org/feeds/plan.json', PAGE), false);
    assert.equal(mayBeCrossOriginFailure(failed, FEED, { ...PAGE, online: false }), false);
    assert.equal(mayBeCrossOriginFailure(new DOMException('aborted', 'AbortError'), FEED, PAGE), false);
    assert.equal(mayBeCrossOriginFailure(new Error('Failed to fetch'), FEED, PAGE), false);
    assert.equal(mayBeCrossOriginFailure(undefined, FEED, PAGE), false);
  });

  test('no real page origin (Node, file: pages, sandboxed frames): not CORS', () => {
    assert.equal(mayBeCrossOriginFailure(failed, FEED, { origin: undefined, online: true }), false);
    assert.equal(mayBeCrossOriginFailure(failed, FEED, { origin: 'null', online: true }), false);
  });

  test('an http feed on an https page is blocked as mixed content, whatever its headers: not CORS', () => {
    assert.equal(mayBeCrossOriginFailure(failed, 'http://plans.example.gov.uk/plan.json', PAGE), false);
    // The other way round is allowed, so CORS can be what stopped it.
    assert.equal(mayBeCrossOriginFailure(failed, FEED, { origin: 'http://localhost:8080', online: true }), true);
  });

  test('an address that is not http(s), or not a URL: not CORS', () => {
    assert.equal(mayBeCrossOriginFailure(failed, 'ftp://plans.example.gov.uk/plan.json', PAGE), false);
    assert.equal(mayBeCrossOriginFailure(failed, 'data:application/json,{}', PAGE), false);
    assert.equal(mayBeCrossOriginFailure(failed, 'plan.json', PAGE), false);
  });
});

describe('crossOriginMessage', () => {
  const message = crossOriginMessage(FEED, PAGE.origin!);

  test('names the feed and its website, says what it must send for this page, and offers the iframe embed', () => {
    assert.ok(message.startsWith(`The feed at ${FEED} could not be read from this page: `));
    assert.match(message, /the website at https:\/\/plans\.example\.gov\.uk answered, but most likely does not let other websites read it/);
    assert.match(message, /"Access-Control-Allow-Origin: https:\/\/csp\.example\.org" \(or "\*"\)/);
    assert.match(message, /iframe embed \(embed\.html\) copied to https:\/\/plans\.example\.gov\.uk/);
  });

  test('names origins, not the page\'s or the feed\'s full address', () => {
    const other = crossOriginMessage('https://plans.example.gov.uk:8443/a/b/plan.json?v=2', 'http://localhost:8080');
    assert.match(other, /the website at https:\/\/plans\.example\.gov\.uk:8443 answered/);
    assert.match(other, /"Access-Control-Allow-Origin: http:\/\/localhost:8080"/);
  });
});
