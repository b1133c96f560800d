// Requests made when ten elements on a page share one feed URL (expect 1: the loader shares them).
import { elementStates } from '../../test/pages/browser.mjs';
import { table } from './table.mjs';

const FEED = '/demo/feeds/cumbria-2021-2025.json';

export async function benchRequests(browser, url) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === FEED) requests.push(request.url());
  });
  await page.goto(`${url}/scripts/bench/requests.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('body > *')].every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]')),
    { timeout: 15000, polling: 100 },
  );
  const { found } = await page.evaluate(elementStates);
  const top = found.filter((state) => !state.loading);
  const shown = top.filter((state) => !state.error && !state.empty).length;
  await page.close();
  console.log(`\nRequests for one feed URL shared by ten elements (scripts/bench/requests.html)`);
  console.log(table(['page', 'elements', 'rendered', `requests for ${FEED}`], [['ten elements, one src', 10, shown, requests.length]]));
  return { elements: 10, shown, requests: requests.length };
}
