// docs/hosting.md's Apache .htaccess, as printed there, in a real Apache 2.4 (its own configuration, on a free
// loopback port, for this file's tests only): the headers a feed for other sites needs, a 304 for an unchanged
// feed (compressed too), and `pcp validate --origin` content with it. Skipped where Apache is not installed
// with Debian's layout (apache2, /usr/lib/apache2/modules).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pcp, root } from './helpers.mjs';

const MODULES = '/usr/lib/apache2/modules';
const apacheFound = spawnSync('apache2', ['-v']).status === 0 && existsSync(join(MODULES, 'mod_headers.so'));
const ORIGIN = 'https://csp.example.org';

/** The ```apache block under the "Apache" heading of docs/hosting.md. */
async function documentedHtaccess() {
  const doc = await readFile(join(root, 'docs/hosting.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Apache'));
  const block = /```apache\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'docs/hosting.md has an ```apache block under "## Apache"');
  return block[1];
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('docs/hosting.md: the Apache .htaccess', { skip: apacheFound ? false : 'Apache 2.4 (apache2, Debian layout) is not installed' }, () => {
  let folder;
  let apache;
  let feedUrl;
  const exited = { value: false };

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pcp-apache-'));
    const feeds = join(folder, 'www/feeds');
    await mkdir(feeds, { recursive: true });
    await copyFile(join(root, 'demo/feeds/cleveland-2020-21-update.json'), join(feeds, 'plan.json'));
    await writeFile(join(feeds, '.htaccess'), await documentedHtaccess());
    // Apache's worker reads the files as "nobody" when started as root.
    for (const path of [folder, join(folder, 'www'), feeds]) await chmod(path, 0o755);
    await chmod(join(feeds, 'plan.json'), 0o644);
    // Published an hour ago: Apache gives a file changed in the last second a weak ETag (W/"…") instead.
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(join(feeds, 'plan.json'), anHourAgo, anHourAgo);
    await chmod(join(feeds, '.htaccess'), 0o644);
    // No MIME types but the .htaccess's own, so its AddType is what makes .json application/json; JSON
    // compressed, as many hosts do, so the ETag workaround is exercised.
    await writeFile(join(folder, 'mime.types'), '');
    const port = await freePort();
    const load = (name, file) => `LoadModule ${name}_module ${MODULES}/mod_${file ?? name}.so`;
    await writeFile(
      join(folder, 'httpd.conf'),
      [
        `ServerRoot ${folder}`,
        'ServerName 127.0.0.1',
        `Listen 127.0.0.1:${port}`,
        // One process (-X) serves one connection at a time: a kept-alive one would hold up the next request.
        'KeepAlive Off',
        `PidFile ${folder}/httpd.pid`,
        `ErrorLog ${folder}/error.log`,
        `TypesConfig ${folder}/mime.types`,
        load('mpm_prefork'),
        load('authz_core'),
        load('mime'),
        load('headers'),
        load('filter'),
        load('deflate'),
        ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
        `DocumentRoot ${folder}/www`,
        `<Directory ${folder}/www>`,
        '  AllowOverride FileInfo',
        '  Require all granted',
        '</Directory>',
        'AddOutputFilterByType DEFLATE application/json',
        '',
      ].join('\n'),
    );
    apache = spawn('apache2', ['-X', '-f', join(folder, 'httpd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    apache.stderr.on('data', (chunk) => (stderr += chunk));
    apache.once('exit', () => (exited.value = true));
    feedUrl = `http://127.0.0.1:${port}/feeds/plan.json`;
    // Until it answers (or gives up: a configuration error ends the process at once).
    for (let attempt = 0; ; attempt += 1) {
      if (exited.value) throw new Error(`apache2 exited: ${stderr}${await readFile(join(folder, 'error.log'), 'utf8').catch(() => '')}`);
      try {
        await fetch(feedUrl, { method: 'HEAD' });
        break;
      } catch (error) {
        if (attempt >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  after(async () => {
    if (apache && !exited.value) {
      const gone = new Promise((resolve) => apache.once('exit', resolve));
      apache.kill('SIGTERM');
      await gone;
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const get = (headers) => fetch(feedUrl, { headers: { 'accept-encoding': 'identity', ...headers } });

  it('serves the feed with Access-Control-Allow-Origin: *, Content-Type: application/json, Cache-Control: no-cache and an ETag', async () => {
    const response = await get({ origin: ORIGIN });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.match(response.headers.get('etag') ?? '', /^"[^"]+"$/);
    assert.ok(response.headers.get('last-modified'));
    assert.equal(JSON.parse(await response.text()).area, 'Cleveland');
  });

  it('answers 304 to a browser asking with the ETag it has, plain or compressed', async () => {
    const plain = (await get()).headers.get('etag');
    const unchanged = await get({ origin: ORIGIN, 'if-none-match': plain });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.headers.get('access-control-allow-origin'), '*');
    const compressed = await fetch(feedUrl, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(compressed.headers.get('content-encoding'), 'gzip');
    const gzipTag = compressed.headers.get('etag');
    assert.match(gzipTag, /-gzip"$/, 'mod_deflate marks the compressed answer\'s ETag (else this test proves nothing)');
    await compressed.arrayBuffer();
    assert.equal((await fetch(feedUrl, { headers: { 'accept-encoding': 'gzip', 'if-none-match': gzipTag } })).status, 304);
    assert.equal((await get({ 'if-none-match': '"something-else-gzip"' })).status, 200);
  });

  it('pcp validate --origin finds nothing to add', async () => {
    const result = await pcp('validate', feedUrl, '--origin', ORIGIN);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /may read it \(Access-Control-Allow-Origin: \*\)/);
    assert.doesNotMatch(result.stderr, /warning: (Content-Type|no ETag|Cache-Control)/);
  });
});
