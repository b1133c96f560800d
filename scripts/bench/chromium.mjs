// The Chromium half of `npm run bench`: one static server on the repository and one headless
// Chromium (the page tests' serve/launch), then the render, request and layout-shift figures.
import { launch, serve } from '../../test/pages/browser.mjs';
import { findChrome } from '../find-chrome.mjs';
import { benchLayoutShift } from './layout-shift.mjs';
import { benchRender } from './render.mjs';
import { benchRequests } from './requests.mjs';

export async function benchChromium(root) {
  const server = await serve(root);
  let browser;
  try {
    browser = await launch();
    console.log(`\nChromium: ${await browser.version()} (${findChrome() ?? 'CHROME_PATH'})`);
    const render = await benchRender(browser, server.url);
    const requests = await benchRequests(browser, server.url);
    const shift = await benchLayoutShift(browser, server.url);
    return { render, requests, shift };
  } finally {
    await browser?.close();
    await server.close();
  }
}
