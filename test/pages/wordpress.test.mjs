// The WordPress plugin in a real WordPress 6.1 (Debian's packages, Apache and MariaDB on 127.0.0.1,
// Twenty Twenty-Three), installed from the zip `npm run build` makes. As an Administrator, an Editor, an
// Author and an Editor without `unfiltered_html`, a post made with the shortcode and one made with the
// block are stored unchanged (kses runs on save for the last two) and show the elements on the public
// page with no console errors and no axe-core violations; a post re-saved by the restricted editor keeps
// its embed. test/wordpress/setup.sh makes the site anew for each run.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launch, serve } from './browser.mjs';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ROLES = ['administrator', 'editor', 'author', 'editor-without-html'];

/** Runs test/wordpress/setup.sh once: the site as install.php prints it, or an error saying what went wrong. */
async function runSetup() {
  let stdout;
  try {
    ({ stdout } = await promisify(execFile)('bash', [`${root}test/wordpress/setup.sh`, `${root}dist/pcp-elements-wordpress.zip`], { maxBuffer: 1 << 20 }));
  } catch (error) {
    if (error.code === 3) return { missing: error.stderr.trim() };
    throw new Error(`test/wordpress/setup.sh failed (exit ${error.code ?? error.signal}):\n${error.stderr || error.message}`);
  }
  try {
    return { site: JSON.parse(stdout) };
  } catch (error) {
    throw new Error(`test/wordpress/setup.sh printed something other than the site's JSON (${error.message}):\n${stdout.slice(0, 2000)}`);
  }
}

/**
 * Sets the site up; `skip` says why not when the packages are missing (never in CI, where it fails).
 * A failed set-up is tried once more after a pause: on a busy machine the services just started can be
 * slow to answer, and the first failure is still printed.
 */
async function setUp() {
  let result;
  try {
    result = await runSetup();
  } catch (error) {
    console.error(`WordPress set-up failed once; trying again in 10 s. ${error.message}`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    result = await runSetup();
  }
  if (result.missing === undefined) return result;
  if (process.env.CI) throw new Error(`test/wordpress/setup.sh: the packages are missing in CI (${result.missing})`);
  return { skip: `WordPress is not installed here (${result.missing}); .ci/run installs it` };
}

const { site, skip } = await setUp();

/** The README's Content-Security-Policy for WordPress, installed as it is printed (a must-use plugin). */
async function installReadmePolicy() {
  const readme = await readFile(`${root}README.md`, 'utf8');
  const block = /<!-- wordpress-csp:[^>]*-->\n```php\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, 'the README has its WordPress policy');
  await mkdir('/var/lib/wordpress/wp-content/mu-plugins', { recursive: true });
  await writeFile('/var/lib/wordpress/wp-content/mu-plugins/csp.php', `${block[1]}\n`);
}

/** The REST API as one user (application password), with plain permalinks' `?rest_route=`. */
async function rest(role, route, { method = 'GET', body, form } = {}) {
  const user = site.users[role];
  const [path, query] = route.split('?');
  const response = await fetch(`${site.url}/?rest_route=${path}${query ? `&${query}` : ''}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: form ?? (body ? JSON.stringify(body) : undefined),
  });
  const json = await response.json();
  return { status: response.status, json };
}

async function publish(role, title, content) {
  const { status, json } = await rest(role, '/wp/v2/posts', { method: 'POST', body: { title, content, status: 'publish' } });
  assert.equal(status, 201, `${role} could not publish: ${json.message}`);
  return json;
}

async function stored(id) {
  return (await rest('administrator', `/wp/v2/posts/${id}?context=edit`)).json.content.raw;
}

/** Opens a public page in Chromium as a reader; collects errors and the requests for the feed. */
async function openPublic(browser, url, feedPath) {
  const page = await browser.newPage();
  const errors = [];
  const feedRequests = [];
  // Every public page is served under the README's policy: anything it blocks is an error here.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && errors.push(`console: ${message.text()}`));
  // A failed request is named by its address (the console only says "Failed to load resource"). A site
  // with no icon answers the browser's /favicon.ico with 404: WordPress's, not ours.
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on('request', (request) => request.url().includes(feedPath) && feedRequests.push(request.url()));
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'nonce-/, 'the page has the README\'s policy');
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('pcp-'));
      return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part="loading"]'));
    },
    { timeout: 20000, polling: 100 },
  );
  return { page, errors, feedRequests };
}

/** Each pcp element on the page and the text its shadow root shows. */
function shownElements() {
  return [...document.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('pcp-'))
    .map((element) => ({ tag: element.localName, text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(), error: Boolean(element.shadowRoot.querySelector('[part~="error"]')) }));
}

/** axe-core's WCAG 2.2 A/AA violations in the post's content (the theme's own header and footer are not ours). */
async function contentViolations(page) {
  // Evaluated through DevTools, which the page's policy does not govern (an injected <script> would be blocked).
  await page.evaluate(await readFile(AXE, 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['.wp-block-post-content']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('WordPress plugin', { skip, concurrency: 1 }, () => {
  let browser;
  let feed;
  before(async () => {
    browser = await launch();
    await installReadmePolicy();
    // The feed every post uses, uploaded as an Author would: the plugin lets .json into the media library.
    const form = new FormData();
    form.append('file', new Blob([await readFile(`${root}demo/feeds/cumbria-2021-2025.json`)], { type: 'application/json' }), 'cumbria-plan.json');
    const { status, json } = await rest('author', '/wp/v2/media', { method: 'POST', form });
    assert.equal(status, 201, `the feed upload was refused: ${json.message}`);
    assert.equal(json.mime_type, 'application/json');
    feed = { id: json.id, url: new URL(json.source_url).pathname };
    assert.equal((await (await fetch(`${site.url}${feed.url}`)).json()).title, 'Police and Crime Plan 2021-2025');
  });
  after(async () => browser?.close());

  it('refuses a .json upload that is not JSON', async () => {
    const fake = new FormData();
    fake.append('file', new Blob(['<script>alert(1)</script>'], { type: 'application/json' }), 'not-a-feed.json');
    const refused = await rest('author', '/wp/v2/media', { method: 'POST', form: fake });
    assert.notEqual(refused.status, 201, 'WordPress refuses the upload');
    assert.match(refused.json.code, /^rest_upload_/);
  });

  const shortcodePost = () =>
    `[pcp_plan src="${feed.url}" fallback="/plan.pdf" fallback-text="Read the plan (PDF)"]\n[pcp element="plan-summary" heading-level="2"]\n[pcp element="objectives" layout="accordion" heading-level="3"]\n[/pcp_plan]`;
  const blockPost = () =>
    `<!-- wp:paragraph -->\n<p>Our plan at a glance:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:pcp-elements/element {"element":"pcp-priority-wheel","src":"${feed.url}","mediaId":${feed.id},"attributes":{"rings":"2","heading-level":"3"},"align":"wide"} /-->`;

  for (const role of ROLES) {
    for (const [form, content, tags] of [
      ['shortcode', shortcodePost, ['pcp-plan', 'pcp-plan-summary', 'pcp-objectives']],
      ['block', blockPost, ['pcp-priority-wheel']],
    ]) {
      it(`${role}: a post made with the ${form} is stored unchanged and its public page shows the plan`, async () => {
        const sent = content();
        const post = await publish(role, `${form} by ${role}`, sent);
        assert.equal(await stored(post.id), sent, 'kses left the post as it was written');
        const { page, errors, feedRequests } = await openPublic(browser, post.link, feed.url);
        const shown = await page.evaluate(shownElements);
        assert.deepEqual(shown.map((element) => element.tag).sort(), [...tags].sort());
        assert.deepEqual(shown.filter((element) => element.error), [], 'no element shows an error');
        const text = shown.map((element) => element.text).join(' ');
        assert.match(text, form === 'shortcode' ? /A focus on victims/ : /Tackling crime and keeping communities safe|A focus on victims/);
        assert.equal(feedRequests.length, 1, 'one request for the feed, however many elements');
        if (form === 'shortcode') {
          // The fallback link is marked for <pcp-plan>'s fallback slot, which exists only on error.
          const fallbackShown = await page.evaluate(() => document.querySelector('pcp-plan > a[slot="fallback"]')?.assignedSlot ?? null);
          assert.equal(fallbackShown, null, 'the fallback link is hidden once the plan is on screen');
          // The post's newlines became no paragraphs or line breaks among the elements (wpautop ran on it).
          assert.equal(await page.evaluate(() => document.querySelector('pcp-plan').querySelectorAll('p, br').length), 0);
        } else {
          assert.ok(await page.$('.wp-block-pcp-elements-element.alignwide > pcp-priority-wheel'), 'the block keeps its wide alignment');
        }
        assert.deepEqual(errors, []);
        assert.ok(await page.$('a.skip-link'), 'the theme\'s skip link still works under the policy');
        assert.deepEqual(await contentViolations(page), []);
        await page.close();
      });
    }
  }

  it('keeps the embed when an editor without unfiltered_html re-saves an administrator\'s post', async () => {
    const sent = `${shortcodePost()}\n\n${blockPost()}\n\n<!-- wp:paragraph -->\n<p>Typo here.</p>\n<!-- /wp:paragraph -->`;
    const post = await publish('administrator', 'Made by an administrator', sent);
    const raw = await stored(post.id);
    const fixed = raw.replace('Typo here.', 'Typo fixed.');
    const { status, json } = await rest('editor-without-html', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { content: fixed } });
    assert.equal(status, 200, json.message);
    assert.equal(await stored(post.id), fixed);
    const { page, errors } = await openPublic(browser, post.link, feed.url);
    assert.deepEqual((await page.evaluate(shownElements)).map((element) => element.tag).sort(), ['pcp-objectives', 'pcp-plan', 'pcp-plan-summary', 'pcp-priority-wheel']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('writes only the attributes an element has: no event handlers, no style, no script address', async () => {
    const post = await publish(
      'author',
      'Hostile attributes',
      `[pcp element="objectives" src="${feed.url}" layout="grid" onclick="alert(1)" style="display:none" data-x="1" heading-level="3"]\n\n[pcp element="objectives" src="javascript:alert(1)"]\n\n[pcp element="marquee" src="${feed.url}"]`,
    );
    const html = await (await fetch(post.link)).text();
    // The post's content: the shortcodes write no <div>, so it ends at the first </div>.
    const start = html.search(/<div[^>]*\bwp-block-post-content\b/);
    const content = html.slice(start, html.indexOf('</div>', start));
    assert.ok(content.length > 0, 'the page has the post content');
    assert.match(content, new RegExp(`<pcp-objectives src="${feed.url}" layout="grid" heading-level="3"></pcp-objectives>`));
    assert.doesNotMatch(content, /onclick|display:none|data-x|javascript:|marquee/);
    assert.equal(content.match(/<pcp-objectives/g).length, 1, "the element whose address was refused is left out, not shown without a feed");
    // Readers are not shown the editor's notices; an editor previewing the post is.
    assert.doesNotMatch(content, /pcp-elements-notice/);
    const preview = await rest('author', `/wp/v2/posts/${post.id}`);
    assert.match(preview.json.content.rendered, /has no attribute onclick, style, data-x, so it was left out/);
    assert.match(preview.json.content.rendered, /a feed address must start with http:\/\/, https:\/\/ or \//);
    assert.match(preview.json.content.rendered, /\[pcp\] needs element=/);
  });

  it('loads an element\'s module only on pages that show it', async () => {
    const plain = await publish('author', 'No plan here', '<!-- wp:paragraph -->\n<p>Nothing to embed.</p>\n<!-- /wp:paragraph -->');
    assert.doesNotMatch(await (await fetch(plain.link)).text(), /pcp-elements\/assets/);
    const wheel = await publish('author', 'Only the wheel', blockPost());
    const html = await (await fetch(wheel.link)).text();
    assert.match(html, /<script type="module" src='[^']+\/pcp-elements\/assets\/priority-wheel\.js\?ver=[^']+' id='pcp-elements-priority-wheel-js'><\/script>/);
    assert.doesNotMatch(html, /assets\/objectives\.js|assets\/pcp-elements\.js/);
  });

  it('previews the block in the editor as the server renders it', async () => {
    const { status, json } = await rest('author', `/wp/v2/block-renderer/pcp-elements/element?context=edit&attributes[element]=pcp-objectives&attributes[src]=${encodeURIComponent(feed.url)}&attributes[attributes][layout]=accordion&attributes[attributes][onmouseover]=x`);
    assert.equal(status, 200, json.message);
    assert.match(json.rendered, new RegExp(`<div class="pcp-elements-embed wp-block-pcp-elements-element"><pcp-objectives layout="accordion" src="${feed.url}"></pcp-objectives></div>`));
    assert.match(json.rendered, /has no attribute onmouseover/);
  });

  it('publishes an uploaded feed for other sites: CORS, ETag and 304, the newest upload at one address', async () => {
    const address = `${site.url}/?rest_route=/pcp-elements/v1/feeds/cumbria-2021-2025`;
    const served = await fetch(address, { headers: { origin: 'http://partner.example' } });
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('access-control-allow-origin'), '*');
    assert.equal(served.headers.get('access-control-allow-credentials'), null, 'no cookies involved');
    assert.match(served.headers.get('content-type'), /^application\/json/);
    assert.equal(served.headers.get('cache-control'), 'no-cache');
    assert.ok(served.headers.get('last-modified'));
    const etag = served.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{40}"$/);
    const original = await readFile(`${root}demo/feeds/cumbria-2021-2025.json`, 'utf8');
    assert.equal(await served.text(), original, 'served as the file is, not re-encoded');
    const revalidated = await fetch(address, { headers: { 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(await revalidated.text(), '');
    assert.equal((await fetch(`${site.url}/?rest_route=/pcp-elements/v1/feeds/no-such-plan`)).status, 404);

    // A partnership's page on another site reads it.
    const partner = await serve(root);
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const partnerPage = `${partner.url}/test/wordpress/partner-page.html?feed=${encodeURIComponent(address)}`;
      const shownTitles = async () => {
        await page.goto(partnerPage, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('pcp-objectives')?.shadowRoot?.querySelector('h2, [part~="error"]'), { timeout: 15000, polling: 100 });
        return page.evaluate(() => [...document.querySelector('pcp-objectives').shadowRoot.querySelectorAll('h2')].map((heading) => heading.textContent.replace(/\s+/g, ' ').trim()));
      };
      assert.ok((await shownTitles()).some((title) => title.includes('A focus on victims')));
      assert.deepEqual(errors, []);

      // The commissioner uploads an updated plan: same id, so the same address serves it, with a new ETag.
      const updated = JSON.parse(original);
      updated.objectives[2].title = 'A focus on victims and witnesses';
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify(updated, null, 2)], { type: 'application/json' }), 'cumbria-plan-updated.json');
      assert.equal((await rest('author', '/wp/v2/media', { method: 'POST', form })).status, 201);
      const changed = await fetch(address, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'the old ETag no longer matches');
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.ok((await shownTitles()).some((title) => title.includes('A focus on victims and witnesses')), 'the partner page shows the update at once');
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await partner.close();
    }
  });

  it('shows the block in the editor with its sidebar and a live preview', async () => {
    const post = await publish('editor-without-html', 'Block in the editor', blockPost());
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
    // Set the fields rather than type: wp-login.php focuses and selects the user field 200 ms after load, which on a
    // slow machine lands mid-typing and sends the rest of the password into it.
    const user = site.users['editor-without-html'];
    await page.$eval('#user_login', (field, value) => (field.value = value), user.login);
    await page.$eval('#user_pass', (field, value) => (field.value = value), user.login_password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    assert.ok(!new URL(page.url()).pathname.endsWith('/wp-login.php'), `the login did not take: ${await page.$eval('#login_error', (box) => box.textContent.trim()).catch(() => page.url())}`);
    await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`, { waitUntil: 'load' });
    // The preview is the server's markup with the element modules loaded in the editor: the wheel draws.
    // (The block editor loads megabytes of script: on a busy CI machine it has once taken over a minute.)
    const consoleLines = [];
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('requestfailed', (request) => consoleLines.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const preview = await page
      .waitForFunction(
        () => document.querySelector('.wp-block-pcp-elements-element pcp-priority-wheel')?.shadowRoot?.querySelector('svg') ?? null,
        { timeout: 150000, polling: 200 },
      )
      .catch(async (error) => {
        // Say what the editor showed instead, so a failure in CI can be understood from its log.
        const block = await page.evaluate(() => (document.querySelector('[data-type="pcp-elements/element"]') ?? document.querySelector('.edit-post-layout, body'))?.outerHTML.slice(0, 3000));
        throw new Error(`${error.message}\nThe block in the editor: ${block}\nThe page said:\n${consoleLines.join('\n')}`);
      });
    assert.ok(preview);
    await page.evaluate(() => document.querySelector('[data-type="pcp-elements/element"]').focus());
    await page.click('[data-type="pcp-elements/element"]');
    // The sidebar offers every element that shows part of a plan, and the chosen one's attributes.
    const choices = await page.waitForFunction(
      () => {
        const select = [...document.querySelectorAll('.block-editor-block-inspector select')].find((element) => element.closest('.components-base-control')?.textContent.includes('Show'));
        return select ? [...select.options].map((option) => option.value) : null;
      },
      { timeout: 10000, polling: 200 },
    );
    const tags = await choices.jsonValue();
    assert.ok(tags.includes('pcp-priority-wheel') && tags.includes('pcp-objectives') && !tags.includes('pcp-plan'), tags.join(', '));
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the WordPress plugin as built', () => {
  const plugin = `${root}dist/wordpress/pcp-elements`;

  it('lists every element of the registry with the attributes of its manifest, and its module', async () => {
    const { ELEMENTS } = await import('../../lib/elements.js');
    const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
    const listed = JSON.parse(await readFile(`${plugin}/elements.json`, 'utf8'));
    assert.deepEqual(listed.elements.map((element) => element.tag), ELEMENTS.map((element) => element.tag));
    for (const element of listed.elements) {
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === element.tag);
      const names = declaration.attributes.map((attribute) => attribute.name).filter((name) => name !== 'state');
      assert.deepEqual(element.attributes.map((attribute) => attribute.name), names, element.tag);
      await readFile(`${plugin}/assets/${element.module}`); // the module ships in the plugin
    }
    const layout = listed.elements.find((element) => element.tag === 'pcp-objectives').attributes.find((attribute) => attribute.name === 'layout');
    assert.deepEqual([...layout.options].sort(), ['accordion', 'grid', 'list'], 'a named type becomes its choices');
  });

  it('has the package\'s version, and PHP that parses', { skip: skip && 'PHP is not installed here' }, async () => {
    const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
    const main = await readFile(`${plugin}/pcp-elements.php`, 'utf8');
    assert.match(main, new RegExp(`\\* Version: +${version.replace(/\./g, '\\.')}\\n`));
    assert.match(main, new RegExp(`define\\( 'PCP_ELEMENTS_VERSION', '${version.replace(/\./g, '\\.')}' \\)`));
    assert.match(await readFile(`${plugin}/readme.txt`, 'utf8'), new RegExp(`Stable tag: ${version.replace(/\./g, '\\.')}\\n`));
    const files = ['pcp-elements.php', 'block/editor.asset.php', ...['markup', 'scripts', 'shortcodes', 'block', 'uploads', 'feeds'].map((name) => `includes/${name}.php`)];
    for (const file of files) await promisify(execFile)('php', ['-l', `${plugin}/${file}`]);
  });
});
