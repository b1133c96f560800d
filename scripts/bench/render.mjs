// Feed-ready → rendered, element against its static-HTML floor, on the real feeds and on a plan
// 100× Cumbria's size (see harness.js and floor.js for what is timed).
import { readFile } from 'node:fs/promises';
import { CASES, FEEDS, OTHER_FEEDS, WHEEL_CASES } from './cases.mjs';
import { scaleToBytes } from './synthetic.mjs';
import { kb, ms, table } from './table.mjs';

const ratio = (result) => `${result.ratio.toFixed(2)}×`;

/** Opens the bench page and waits for the bundle and the harness. */
export async function openBenchPage(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/scripts/bench/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.pcpBench, { timeout: 15000, polling: 100 });
  await page.evaluate(() => window.pcpBench.ready);
  return { page, errors };
}

async function measureFeed(page, key, text, options, cases = CASES) {
  const parseMs = await page.evaluate((k, t) => window.pcpBench.setPlan(k, t), key, text);
  const results = [];
  for (const spec of cases) {
    const result = await page.evaluate((input) => window.pcpBench.measure(input), { key, tag: spec.tag, attrs: spec.attrs, ...options });
    if (result.state === 'empty') continue;
    if (result.state !== 'ok') throw new Error(`${spec.label} on ${key}: ${result.state}`);
    results.push({ ...spec, ...result, parseMs });
  }
  return results;
}

function printFeed(title, bytes, results) {
  const parse = results[0]?.parseMs;
  console.log(`\n${title} (${kb(bytes)} JSON${parse === undefined ? '' : `; parse + validate in the page: ${ms(parse)} ms, once per URL, not in the times below`})`);
  const rows = results.map((result) => [
    result.label,
    ms(result.elementMs),
    ms(result.floorMs),
    ratio(result),
    result.runs,
    kb(result.htmlBytes),
    result.elementHeight === result.floorHeight ? 'same' : `${result.elementHeight}/${result.floorHeight}px`,
    result.late ? `+${result.late}` : '',
  ]);
  console.log(table(['element', 'element ms', 'static ms', 'ratio', 'runs', 'static HTML', 'height', 'late updates'], rows));
}

/** Runs the render bench; returns the rows for the summary. */
export async function benchRender(browser, url) {
  const { page, errors } = await openBenchPage(browser, url);
  console.log('\nFeed-ready → rendered in Chromium: median ms, element vs. the same content as static HTML (ratio: median of element/static over back-to-back pairs)');
  const summary = [];
  for (const name of FEEDS) {
    const text = await readFile(`demo/feeds/${name}.json`, 'utf8');
    const results = await measureFeed(page, name, text, { maxRuns: 21, minRuns: 5, budgetMs: 600 });
    printFeed(name, Buffer.byteLength(text), results);
    summary.push(...results.map((result) => ({ feed: name, ...result })));
  }
  for (const name of OTHER_FEEDS) {
    const text = await readFile(`demo/feeds/${name}.json`, 'utf8');
    const results = await measureFeed(page, name, text, { maxRuns: 21, minRuns: 5, budgetMs: 600 }, WHEEL_CASES);
    printFeed(`${name}: the wheel`, Buffer.byteLength(text), results);
    summary.push(...results.map((result) => ({ feed: name, ...result })));
  }

  const base = JSON.parse(await readFile('demo/feeds/cumbria-2021-2025.json', 'utf8'));
  const big = scaleToBytes(base, 100);
  const bigResults = await measureFeed(page, 'synthetic-100x', big.text, { maxRuns: 7, minRuns: 5, budgetMs: 2500 });
  printFeed(`synthetic: Cumbria ×${big.factor} (every list repeated), ${big.ratio.toFixed(1)}× the bytes`, Buffer.byteLength(big.text), bigResults);

  console.log(`\nGrowth, Cumbria → synthetic (bytes ×${big.ratio.toFixed(1)}; linear growth means time × about that or less)`);
  const small = summary.filter((result) => result.feed === 'cumbria-2021-2025');
  const rows = bigResults.map((large) => {
    const one = small.find((result) => result.label === large.label);
    if (!one) return [large.label, '', '', '', ms(large.elementMs), ratio(large)];
    return [large.label, ms(one.elementMs), ratio(one), `×${(large.elementMs / one.elementMs).toFixed(1)}`, ms(large.elementMs), ratio(large), `×${(large.floorMs / one.floorMs).toFixed(1)}`];
  });
  console.log(table(['element', '1× ms', '1× ratio', 'element growth', '100× ms', '100× ratio', 'static growth'], rows));
  if (errors.length) console.log(`\n  page errors: ${errors.join('; ')}`);
  await page.close();
  return { summary, big: bigResults, bytesRatio: big.ratio };
}
