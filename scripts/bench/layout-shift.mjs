// Layout shift when the feed arrives: a page with text after an element that loads its feed from a
// URL, the feed held back 500 ms (a real network) so the loading state is painted first. CLS is the
// sum of the page's layout-shift entries, split at the moment the feed's response ended: shifts
// before it come from the bundle upgrading the element (nothing → "Loading the plan…"), shifts after
// it from the content replacing the loading message. The same page is measured with the element's
// space reserved, the two ways an author can do it.
import { table } from './table.mjs';

const TAGS = ['pcp-plan-summary', 'pcp-objectives', 'pcp-budget-table', 'pcp-priority-wheel', 'pcp-plan-document'];
const FEED = '/demo/feeds/cumbria-2021-2025.json';
const FEED_DELAY_MS = 500;

/** The page, as an author would write it: the element in the HTML, any reservation in a stylesheet. */
function pageHtml(tag, reserve, height) {
  const css = {
    none: '',
    token: `${tag} { --pcp-loading-height: ${height}px; }`,
    host: `${tag} { display: block; min-height: ${height}px; }`,
  }[reserve];
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Layout shift when the feed arrives</title>
    <script>
      window.layoutShifts = [];
      window.shiftObserver = new PerformanceObserver((list) => window.layoutShifts.push(...list.getEntries()));
      window.shiftObserver.observe({ type: 'layout-shift', buffered: true });
    </script>
    <style>
      body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; }
      ${css}
    </style>
    <script type="module" src="/dist/pcp-elements.js"></script>
  </head>
  <body>
    <h1>A council page that embeds part of the plan</h1>
    <p>Some text before the element, as a page would have.</p>
    <${tag} id="under-test" src="${FEED}"></${tag}>
    <h2>Text after the element</h2>
    <p>If the element grows when its feed arrives, this text moves: that is the layout shift measured here.</p>
    <p>More text after the element, so the shifted region is not tiny.</p>
  </body>
</html>`;
}

async function measure(browser, url, tag, reserve = 'none', height = 0) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/__bench__/shift.html') request.respond({ status: 200, contentType: 'text/html', body: pageHtml(tag, reserve, height) });
    else if (path === FEED) setTimeout(() => request.continue(), FEED_DELAY_MS);
    else request.continue();
  });
  await page.goto(`${url}/__bench__/shift.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const element = document.getElementById('under-test');
      return element?.shadowRoot && element.hasUpdated && !element.isUpdatePending && !element.shadowRoot.querySelector('[part~="loading"]');
    },
    { timeout: 15000, polling: 50 },
  );
  const result = await page.evaluate(async (feed) => {
    // A few frames, so the rendered content is painted and its shifts (the wheel's redraw too) reported.
    for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    window.layoutShifts.push(...window.shiftObserver.takeRecords());
    const arrived = performance.getEntriesByName(new URL(feed, location.href).href)[0]?.responseEnd ?? 0;
    const shifts = window.layoutShifts.filter((entry) => !entry.hadRecentInput);
    const sum = (list) => list.reduce((total, entry) => total + entry.value, 0);
    return {
      before: sum(shifts.filter((entry) => entry.startTime < arrived)),
      after: sum(shifts.filter((entry) => entry.startTime >= arrived)),
      height: Math.round(document.getElementById('under-test').getBoundingClientRect().height),
    };
  }, FEED);
  await page.close();
  return result;
}

export async function benchLayoutShift(browser, url) {
  console.log(`\nLayout shift (CLS, summed layout-shift entries; feed held back ${FEED_DELAY_MS} ms; 1280×800; text after the element)`);
  console.log('  "upgrade" = shifts before the feed arrived (bundle defines the element, loading message appears);');
  console.log('  "feed" = shifts after it arrived (content replaces the loading message). Reserved heights = the rendered height.');
  const rows = [];
  const results = [];
  for (const tag of TAGS) {
    const plain = await measure(browser, url, tag);
    const token = await measure(browser, url, tag, 'token', plain.height);
    const host = await measure(browser, url, tag, 'host', plain.height);
    results.push({ tag, plain, token, host });
    const cells = (result) => [result.before.toFixed(4), result.after.toFixed(4)];
    rows.push([tag, plain.height, ...cells(plain), ...cells(token), ...cells(host)]);
  }
  console.log(
    table(['element', 'height px', 'none: upgrade', 'none: feed', '--pcp-loading-height: upgrade', 'token: feed', 'host min-height: upgrade', 'host: feed'], rows),
  );
  return results;
}
