// `pcp validate`, run in this process (its output and exit code as the binary gives them; bin.test.mjs
// runs the binary itself).
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pcp, root, useTempDir } from './helpers.mjs';

const feeds = ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cambridgeshire-2016-framework', 'cambridgeshire-peterborough-2021-2024', 'cleveland-2020-21-update'].map(
  (name) => join(root, 'demo/feeds', `${name}.json`),
);


const temp = useTempDir('pcp-cli-');

async function writeCopy(name, change) {
  const plan = JSON.parse(await readFile(feeds[0], 'utf8'));
  change(plan);
  const file = join(temp.path, name);
  await writeFile(file, JSON.stringify(plan, null, 2));
  return file;
}

describe('pcp validate', () => {
  it('exits 0 for every sample feed and says how many objectives each has', async () => {
    const result = await pcp('validate', ...feeds);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /cumbria-2021-2025\.json: valid \(7 objectives\)/);
    assert.match(result.stdout, /cleveland-2020-21-update\.json: valid \(5 objectives\)/);
    assert.match(result.stderr, /5 of 5 feeds valid/);
  });

  it('warns, without failing, when a stated budget total differs from its lines', async () => {
    const result = await pcp('validate', feeds[0]);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /warning: \/budgets\/0\/statedTotals\/2022-23: the stated total £136,308,869 differs from the sum of the lines £140,308,869/);
  });

  it('prints the path of one bad field and exits 1', async () => {
    const file = await writeCopy('bad-status.json', (plan) => {
      plan.objectives[2].actions[0].status = 'done';
    });
    const result = await pcp('validate', file);
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trim(),
      `${file}: /objectives/2/actions/0/status: expected one of "delivered", "in-progress", "at-risk", "not-started", "planned" but got "done"`,
    );
  });

  it('prints one line per problem', async () => {
    const file = await writeCopy('two-problems.json', (plan) => {
      delete plan.title;
      plan.contact.website = 'javascript:alert(1)';
    });
    const result = await pcp('validate', file);
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.deepEqual(lines, [`${file}: /title: is required`, `${file}: /contact/website: must be an http(s), mailto: or tel: link (got "javascript:alert(1)")`]);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const file = join(temp.path, 'broken.json');
    await writeFile(file, '{\n  "title": "A",\n  "objectives": [,]\n}\n');
    const result = await pcp('validate', file);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `${file}: line 3, column 18: expected a value but found ","`);
  });

  it('fails for a missing file and still checks the others', async () => {
    const result = await pcp('validate', join(temp.path, 'nope.json'), feeds[1]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /nope\.json: no such file/);
    assert.match(result.stdout, /west-cumbria-csp-2012-13\.json: valid/);
    assert.match(result.stderr, /1 of 2 feeds valid/);
  });

  it('prints usage and exits 2 without arguments or with an unknown command', async () => {
    assert.equal((await pcp()).code, 2);
    const unknown = await pcp('frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    assert.equal((await pcp('validate')).code, 2);
    const help = await pcp('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: pcp <command>/);
    assert.match(help.stdout, /validate <file or URL>/);
    assert.match(help.stdout, /render <feed> --element/);
  });

  describe('from a URL', () => {
    let server;
    let base;
    before(async () => {
      server = createServer(async (request, response) => {
        if (request.url === '/plan.json') {
          response.setHeader('content-type', 'application/json');
          response.end(await readFile(feeds[4]));
        } else {
          response.statusCode = 404;
          response.end('not found');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('validates a feed served over HTTP', async () => {
      const result = await pcp('validate', `${base}/plan.json`);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /plan\.json: valid \(5 objectives\)/);
    });

    it('reports an HTTP error status', async () => {
      const result = await pcp('validate', `${base}/missing.json`);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /missing\.json: The feed could not be loaded: the server answered 404/);
    });
  });
});
