// A second origin for the browser tests: the commissioner's website, as seen from a partnership's page.
// web-test-runner serves one origin (the test page's); this plugin starts a small node:http server on
// 127.0.0.1 at another port for as long as the test server runs. It serves sample feeds:
//
//   <second origin>/feed.json?name=<sample>&key=<K>&cors=none|any|origin
//     cors=none    no Access-Control-Allow-Origin (a CMS serving an uploaded file by default)
//     cors=any     Access-Control-Allow-Origin: *
//     cors=origin  the request's Origin echoed back, with Vary: Origin
//   with Content-Type: application/json, an ETag, Cache-Control: no-cache, and 304 for a matching If-None-Match.
//
// The tests control it through the test page's own origin:
//   /__second-origin__/origin             its origin, "http://127.0.0.1:<port>"
//   /__second-origin__/serve?key=K&name=N  feed K now serves sample N (until then, the name in its URL)
//   /__second-origin__/log?key=K           what feed K's requests got: [{ status, origin, ifNoneMatch, mode }]
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const PREFIX = '/__second-origin__/';

async function sampleFeed(name) {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  return readFile(new URL(`../demo/feeds/${name}.json`, import.meta.url), 'utf8').catch(() => undefined);
}

export function secondOriginPlugin() {
  /** key -> the sample feed it serves now (set by /serve). */
  const serving = new Map();
  /** key -> the requests it answered. */
  const logs = new Map();
  let server;
  let origin;

  async function answer(request, response) {
    const url = new URL(request.url, 'http://127.0.0.1');
    const key = url.searchParams.get('key') ?? '';
    const cors = url.searchParams.get('cors') ?? 'none';
    const text = url.pathname === '/feed.json' ? await sampleFeed(serving.get(key) ?? url.searchParams.get('name') ?? 'cumbria-2021-2025') : undefined;
    const headers = {};
    if (cors === 'any') headers['access-control-allow-origin'] = '*';
    if (cors === 'origin' && request.headers.origin) {
      headers['access-control-allow-origin'] = request.headers.origin;
      headers.vary = 'Origin';
    }
    let status = 404;
    let body = 'Not found';
    if (text !== undefined) {
      const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
      Object.assign(headers, { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' });
      status = request.headers['if-none-match'] === etag ? 304 : 200;
      body = status === 304 ? '' : text;
    }
    const entry = { status, origin: request.headers.origin ?? null, ifNoneMatch: request.headers['if-none-match'] ?? null, mode: request.headers['sec-fetch-mode'] ?? null };
    logs.set(key, [...(logs.get(key) ?? []), entry]);
    response.writeHead(status, headers);
    response.end(body);
  }

  return {
    name: 'second-origin',
    async serverStart() {
      server = createServer((request, response) => {
        answer(request, response).catch((error) => {
          response.writeHead(500);
          response.end(String(error));
        });
      });
      await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const action = context.path.slice(PREFIX.length);
      const key = context.query.key ?? '';
      if (action === 'origin') return { body: JSON.stringify(origin), type: 'application/json' };
      if (action === 'serve') {
        serving.set(key, context.query.name);
        return { body: 'true', type: 'application/json' };
      }
      if (action === 'log') return { body: JSON.stringify(logs.get(key) ?? []), type: 'application/json' };
      return undefined;
    },
  };
}
