// Routes the test server adds, to test the loader against a real server: a slow feed (timeouts),
// a counter of requests per path (deduplication), and server errors.
const hits = new Map();

/** @type {import('@web/dev-server-core').Middleware[]} */
export const testServerRoutes = [
  async function testRoutes(context, next) {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/__test__/')) return next();
    const name = url.pathname.slice('/__test__/'.length);
    if (name === 'hits') {
      context.body = JSON.stringify(hits.get(url.searchParams.get('path')) ?? 0);
      context.type = 'application/json';
      return;
    }
    hits.set(url.pathname + url.search, (hits.get(url.pathname + url.search) ?? 0) + 1);
    if (name === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 3000)));
      context.body = '{}';
      context.type = 'application/json';
      return;
    }
    if (name === 'status') {
      context.status = Number(url.searchParams.get('code') ?? 500);
      context.body = 'error';
      return;
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
    if (name === 'feed') {
      // Serves a copy of a sample feed under a unique URL, so request counts start at zero.
      const { readFile } = await import('node:fs/promises');
      const feed = url.searchParams.get('name') ?? '';
      if (!/^[a-z0-9-]+$/.test(feed)) {
        context.status = 400;
        return;
      }
      context.body = await readFile(new URL(`../demo/feeds/${feed}.json`, import.meta.url), 'utf8');
      context.type = 'application/json';
      return;
    }
    return next();
  },
];
