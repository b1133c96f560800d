// Routes the test server adds, to test the loader and the elements against a real server: a slow
// feed (timeouts), a counter of requests per path (deduplication), server errors, and the faults a
// feed URL meets in the wild (an HTML page, truncated JSON, a 10 MB feed, a server that fails until
// it recovers, a request that hangs until the browser gives up on it).
import { readFile } from 'node:fs/promises';

const hits = new Map();
/** Requests the browser closed before an answer, per path (so a test can tell a fetch was aborted). */
const aborted = new Map();
/** Keys of the `flaky` route that are currently failing: key -> how ('500', '404', 'hang'). */
const failing = new Map();

const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

async function sampleFeed(name) {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  return readFile(new URL(`../demo/feeds/${name}.json`, import.meta.url), 'utf8');
}

/** A valid plan of about `mb` megabytes: a sample feed with its bulk in `notes` paragraphs. */
async function largeFeed(mb) {
  const plan = JSON.parse(await sampleFeed('cumbria-2021-2025'));
  const paragraph = 'This note is long so that the feed is large, as a feed with years of reports might be. '.repeat(
    12,
  );
  const paragraphs = Math.ceil((mb * 1024 * 1024) / (paragraph.length + 3));
  plan.notes = Array.from({ length: paragraphs }, (_, index) => `${index + 1}. ${paragraph}`);
  return JSON.stringify(plan);
}

/**
 * Waits `ms` (forever when undefined) or until the browser closes the request, which is counted as
 * aborted. Resolves to true when the request is still open.
 */
function wait(context, key, ms) {
  return new Promise((resolve) => {
    const timer = ms === undefined ? undefined : setTimeout(() => resolve(true), ms);
    // The response is not finished, so its 'close' means the connection went: the fetch was aborted.
    context.res.once('close', () => {
      if (context.res.writableFinished) return;
      clearTimeout(timer);
      count(aborted, key);
      resolve(false);
    });
  });
}

/** @type {import('@web/dev-server-core').Middleware[]} */
export const testServerRoutes = [
  async function testRoutes(context, next) {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/__test__/')) return next();
    const name = url.pathname.slice('/__test__/'.length);
    const json = (body) => {
      context.body = body;
      context.type = 'application/json';
    };
    if (name === 'hits') return json(JSON.stringify(hits.get(url.searchParams.get('path')) ?? 0));
    if (name === 'aborted') return json(JSON.stringify(aborted.get(url.searchParams.get('path')) ?? 0));
    if (name === 'fail' || name === 'recover') {
      // fail?key=K&how=500|404|hang makes flaky?key=K fail that way; recover?key=K makes it serve its feed.
      if (name === 'fail') failing.set(url.searchParams.get('key'), url.searchParams.get('how') ?? '500');
      else failing.delete(url.searchParams.get('key'));
      return json('true');
    }
    const key = url.pathname + url.search;
    count(hits, key);
    if (name === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 3000)));
      return json('{}');
    }
    if (name === 'status') {
      context.status = Number(url.searchParams.get('code') ?? 500);
      context.body = 'error';
      return;
    }
    if (name === 'sample-feeds') {
      // The names of the bundled sample feeds (demo/feeds), so a test can walk every one of them.
      const { readdir } = await import('node:fs/promises');
      const names = (await readdir(new URL('../demo/feeds/', import.meta.url))).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5));
      return json(JSON.stringify(names.sort()));
    }
    if (name === 'render') {
      // `pcp render` output for a sample feed, as the CLI prints it (for the hydration tests).
      const { execFile } = await import('node:child_process');
      const { fileURLToPath } = await import('node:url');
      const feed = url.searchParams.get('feed') ?? '';
      const element = url.searchParams.get('element') ?? '';
      if (!/^[a-z0-9-]+$/.test(feed) || !/^pcp-[a-z-]+$/.test(element)) {
        context.status = 400;
        return;
      }
      const args = [fileURLToPath(new URL('../bin/pcp.js', import.meta.url)), 'render', fileURLToPath(new URL(`../demo/feeds/${feed}.json`, import.meta.url)), '--element', element, ...url.searchParams.getAll('attr')];
      context.body = await new Promise((resolve, reject) =>
        execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))),
      );
      context.type = 'text/html';
      return;
    }
    if (name === 'hang') {
      await wait(context, key);
      return;
    }
    if (name === 'html') {
      // What a CMS answers for a wrong feed address: its own page, with status 200.
      context.body =
        '<!doctype html><html lang="en"><title>Page not found</title><h1>Sorry, we could not find that page</h1></html>';
      context.type = 'text/html';
      return;
    }
    if (name === 'truncated') {
      // A download cut short: the first part of a real feed, ending mid-way.
      const text = await sampleFeed(url.searchParams.get('name') ?? 'cumbria-2021-2025');
      return json(text.slice(0, Math.floor(text.length * Number(url.searchParams.get('fraction') ?? 0.6))));
    }
    if (name === 'large') return json(await largeFeed(Number(url.searchParams.get('mb') ?? 10)));
    if (name === 'feed' || name === 'flaky') {
      // A copy of a sample feed under a unique URL, so request counts start at zero. `flaky` fails while its key is failing.
      const how = name === 'flaky' ? failing.get(url.searchParams.get('key')) : undefined;
      if (how === 'hang') {
        await wait(context, key);
        return;
      }
      // delay=ms answers late (a request still in flight while a test moves the element).
      if (url.searchParams.has('delay') && !(await wait(context, key, Number(url.searchParams.get('delay'))))) return;
      if (how) {
        context.status = Number(how);
        context.body = 'error';
        return;
      }
      const text = await sampleFeed(url.searchParams.get('name') ?? 'cumbria-2021-2025');
      if (text === undefined) {
        context.status = 400;
        return;
      }
      return json(text);
    }
    return next();
  },
];
