// `pcp validate <URL> --origin <site>`: whether a page on that site may read the feed, checked against a
// real server on 127.0.0.1 that sends, or does not send, Access-Control-Allow-Origin.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pcp, root } from './helpers.mjs';

const ORIGIN = 'https://csp.example.org';
const feedFile = join(root, 'demo/feeds/cleveland-2020-21-update.json');

/** path -> the headers it is served with (besides the feed); `*origin*` echoes the request's Origin. */
const ROUTES = {
  '/open.json': { 'access-control-allow-origin': '*', 'content-type': 'application/json', etag: '"v1"', 'cache-control': 'no-cache' },
  '/closed.json': { 'content-type': 'application/json', etag: '"v1"', 'cache-control': 'no-cache' },
  '/echo.json': { 'access-control-allow-origin': '*origin*', vary: 'Origin', 'content-type': 'application/json; charset=utf-8', 'last-modified': 'Tue, 01 Apr 2025 09:00:00 GMT' },
  '/other-site.json': { 'access-control-allow-origin': 'https://www.example.gov.uk', 'content-type': 'application/json', etag: '"v1"' },
  '/plain.json': { 'access-control-allow-origin': '*', 'content-type': 'text/plain' },
  '/invalid.json': { 'access-control-allow-origin': '*', 'content-type': 'application/json', etag: '"v1"' },
};

describe('pcp validate --origin', () => {
  let server;
  let base;
  /** The Origin header of each request, by path. */
  const origins = new Map();
  before(async () => {
    const feed = await readFile(feedFile, 'utf8');
    server = createServer((request, response) => {
      origins.set(request.url, request.headers.origin);
      if (request.url === '/moved.json') {
        response.writeHead(301, { location: '/open.json' });
        response.end();
        return;
      }
      const headers = ROUTES[request.url];
      if (!headers) {
        response.writeHead(404);
        response.end('not found');
        return;
      }
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value === '*origin*' ? request.headers.origin ?? '' : value);
      response.end(request.url === '/invalid.json' ? JSON.stringify({ ...JSON.parse(feed), title: undefined }) : feed);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('a feed served with "Access-Control-Allow-Origin: *": valid and readable, exit 0, and the request carried the Origin', async () => {
    const result = await pcp('validate', `${base}/open.json`, '--origin', ORIGIN);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      `${base}/open.json: valid (5 objectives)\n${base}/open.json: a page on ${ORIGIN} may read it (Access-Control-Allow-Origin: *)\n`,
    );
    assert.doesNotMatch(result.stderr, /warning: (Content-Type|no ETag|Cache-Control)/);
    assert.equal(origins.get('/open.json'), ORIGIN);
  });

  it('the origin echoed back (with Last-Modified instead of an ETag): readable, no hosting warnings', async () => {
    const result = await pcp('validate', `--origin=${ORIGIN}/`, `${base}/echo.json`);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`echo\\.json: a page on ${ORIGIN} may read it \\(Access-Control-Allow-Origin: ${ORIGIN}\\)`));
    assert.doesNotMatch(result.stderr, /warning: (Content-Type|no ETag|Cache-Control)/);
  });

  it('no Access-Control-Allow-Origin: says a page on the site cannot read it and which header to add; exit 1 although valid', async () => {
    const result = await pcp('validate', `${base}/closed.json`, '--origin', ORIGIN);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, `${base}/closed.json: valid (5 objectives)\n`);
    assert.match(
      result.stderr,
      new RegExp(
        `closed\\.json: A page on https://csp\\.example\\.org cannot read this feed: its server sends no Access-Control-Allow-Origin header\\. Add \`Access-Control-Allow-Origin: https://csp\\.example\\.org\` \\(or \`\\*\`\\)\\.\\n`,
      ),
    );
  });

  it('another site\'s origin in the header: cannot read, exit 1', async () => {
    const result = await pcp('validate', `${base}/other-site.json`, '--origin', ORIGIN);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /other-site\.json: A page on https:\/\/csp\.example\.org cannot read this feed: its server sends `Access-Control-Allow-Origin: https:\/\/www\.example\.gov\.uk`, which lets only that site read it/);
  });

  it('warns, without failing, about a Content-Type that is not JSON and a feed with no ETag or Last-Modified', async () => {
    const result = await pcp('validate', `${base}/plain.json`, '--origin', ORIGIN);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /plain\.json: warning: Content-Type is text\/plain, not application\/json: send `Content-Type: application\/json`/);
    assert.match(result.stderr, /plain\.json: warning: no ETag or Last-Modified header, so browsers cannot ask whether the feed has changed/);
    assert.match(result.stdout, /plain\.json: a page on https:\/\/csp\.example\.org may read it/);
  });

  it('warns when the address redirects, and checks where it lands', async () => {
    const result = await pcp('validate', `${base}/moved.json`, '--origin', ORIGIN);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`moved\\.json: warning: the address redirects to ${base}/open\\.json, which was checked`));
  });

  it('an invalid feed that may be read still fails; several feeds are counted together', async () => {
    const result = await pcp('validate', `${base}/invalid.json`, `${base}/open.json`, `${base}/closed.json`, '--origin', ORIGIN);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /invalid\.json: \/title: is required/);
    assert.match(result.stdout, /invalid\.json: a page on https:\/\/csp\.example\.org may read it/);
    assert.match(result.stderr, /1 of 3 feeds valid and readable from https:\/\/csp\.example\.org\n$/);
  });

  it('a feed file is validated and left unchecked for the origin', async () => {
    const result = await pcp('validate', feedFile, '--origin', ORIGIN);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /cleveland-2020-21-update\.json: valid/);
    assert.match(result.stderr, /cleveland-2020-21-update\.json: not checked for https:\/\/csp\.example\.org: --origin applies to feeds given by URL/);
  });

  it('an HTTP error is reported as without --origin', async () => {
    const result = await pcp('validate', `${base}/missing.json`, '--origin', ORIGIN);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /missing\.json: The feed could not be loaded: the server answered 404/);
    assert.doesNotMatch(result.stderr, /Access-Control-Allow-Origin/);
  });

  it('a usage mistake exits 2: an --origin that is not a site, one with no value, an unknown option', async () => {
    const path = await pcp('validate', `${base}/open.json`, '--origin', 'https://csp.example.org/partnership');
    assert.equal(path.code, 2);
    assert.match(path.stderr, /--origin takes the address of a site, such as https:\/\/csp\.example\.org \(no path\), not "https:\/\/csp\.example\.org\/partnership"/);
    assert.equal((await pcp('validate', `${base}/open.json`, '--origin')).code, 2);
    const unknown = await pcp('validate', `${base}/open.json`, '--orgin', ORIGIN);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--orgin/);
  });

  it('pcp validate --help describes --origin and the exit codes; pcp --help mentions it', async () => {
    const help = await pcp('validate', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: pcp validate <file or URL>\.\.\. \[--origin <origin>\]/);
    assert.match(help.stdout, /Access-Control-Allow-Origin/);
    assert.match(help.stdout, /Exit code: 0 when every feed is valid \(and, with --origin, readable from that site\); 1 when any is not;\n2 for a usage mistake\./);
    assert.match((await pcp('--help')).stdout, /--origin https:\/\/csp\.example\.org/);
  });
});
