// Faults at the element level, against the test server's fault routes (test/server-routes.mjs): every
// element ends in a clear state with the author's fallback kept, fires pcp-error, leaks no request,
// and offers "Try again" where a second try can help, which (pressed from the keyboard) recovers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pcp-elements.js';
import { clearPlanCache } from '../src/loader/index.js';
import type { PcpElement } from '../src/base/pcp-element.js';
import { hits } from './fixtures/plans.js';
import {
  ALL_ELEMENTS,
  errorText,
  recordErrors,
  settled,
  stateOf,
  uncaughtDuring,
  visible,
} from './helpers/elements.js';

let run = 0;
/** A URL no earlier test has asked for, so the server's counts start at zero. */
const unique = (path: string) => `${path}${path.includes('?') ? '&' : '?'}u=${Date.now()}-${(run += 1)}`;

async function server(path: string): Promise<number> {
  return (await (await fetch(`/__test__/${path}`)).json()) as number;
}
const aborted = (url: string) => server(`aborted?path=${encodeURIComponent(url)}`);

/** Every element, each with its own `src` (and `timeout`) and fallback content, side by side. */
async function everyElement(src: string, timeout?: number): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  for (const tag of ALL_ELEMENTS) {
    const element = document.createElement(tag);
    element.setAttribute('src', src);
    if (timeout !== undefined) element.setAttribute('timeout', String(timeout));
    element.innerHTML = `<p class="fallback">Read the plan as a PDF (${tag})</p>`;
    wrapper.append(element);
  }
  return [...wrapper.children] as HTMLElement[];
}

/** Checks the error state of each element: the message, its pcp-error event, the fallback, the retry control. */
function expectErrorState(
  elements: HTMLElement[],
  errors: Map<Element, CustomEvent[]>,
  message: RegExp,
  kind: string,
  retry: boolean,
) {
  for (const element of elements) {
    const tag = element.localName;
    expect(stateOf(element), tag).to.equal('error');
    expect(errorText(element), tag).to.contain('This plan could not be shown').and.match(message);
    const fired = errors.get(element) ?? [];
    expect(fired.length, `${tag}: one pcp-error`).to.equal(1);
    expect(fired[0]!.detail.kind, tag).to.equal(kind);
    expect(fired[0]!.detail.message, tag).to.match(message);
    expect(visible(element.querySelector('.fallback')), `${tag}: fallback shown`).to.equal(true);
    expect(Boolean(element.shadowRoot!.querySelector('[part="retry"]')), `${tag}: retry control`).to.equal(retry);
  }
}

/** Presses "Try again" the way a keyboard user does: focus it, press Enter. */
async function pressRetry(element: HTMLElement): Promise<void> {
  const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
  button.focus();
  expect(element.shadowRoot!.activeElement, `${element.localName}: retry focused`).to.equal(button);
  await sendKeys({ press: 'Enter' });
}

const FAULTS = [
  { name: '404', path: '/__test__/status?code=404', kind: 'http', message: /server answered 404/, retry: true },
  { name: '500', path: '/__test__/status?code=500', kind: 'http', message: /server answered 500/, retry: true },
  {
    name: 'timeout',
    path: '/__test__/hang',
    timeout: 300,
    kind: 'timeout',
    message: /took longer than 0\.3 seconds/,
    retry: true,
  },
  {
    name: 'an HTML page',
    path: '/__test__/html',
    kind: 'not-json',
    message: /is an HTML or XML page, not JSON/,
    retry: false,
  },
  {
    name: 'truncated JSON',
    path: '/__test__/truncated?name=cumbria-2021-2025',
    kind: 'not-json',
    message: /not valid JSON: line \d+, column \d+: (.*the end of the feed|a string is not closed)/,
    retry: false,
  },
];

describe('faults: every element', () => {
  afterEach(() => clearPlanCache());

  for (const fault of FAULTS) {
    it(`${fault.name}: a clear error, pcp-error, fallback kept, ${fault.retry ? 'a' : 'no'} retry control, one request`, async () => {
      const src = unique(fault.path);
      const errors = recordErrors();
      let elements: HTMLElement[] = [];
      const uncaught = await uncaughtDuring(async () => {
        elements = await everyElement(src, fault.timeout);
        await settled(elements);
      });
      errors.stop();
      expectErrorState(elements, errors.events, fault.message, fault.kind, fault.retry);
      expect(uncaught).to.deep.equal([]);
      // Sixteen elements on one URL share one request; a timed-out one is aborted, not left open.
      expect(await hits(src)).to.equal(1);
      if (fault.name === 'timeout')
        await waitUntil(async () => (await aborted(src)) === 1, 'the timed-out request is aborted', { timeout: 5000 });
    });
  }

  for (const how of ['404', '500', 'hang']) {
    it(`recovers from ${how === 'hang' ? 'a timeout' : `a ${how}`} when the server does: Enter on "Try again" fetches afresh`, async function () {
      this.timeout(60000);
      const key = unique(how);
      const src = `/__test__/flaky?key=${encodeURIComponent(key)}&name=cleveland-2020-21-update`;
      await server(`fail?key=${encodeURIComponent(key)}&how=${how}`);
      const errors = recordErrors();
      // (Long enough for the recovered feed to arrive on a busy machine, short enough to fail soon.)
      const elements = await everyElement(src, how === 'hang' ? 2000 : undefined);
      await settled(elements, 15000);
      errors.stop();
      expectErrorState(
        elements,
        errors.events,
        how === 'hang' ? /took longer/ : new RegExp(`answered ${how}`),
        how === 'hang' ? 'timeout' : 'http',
        true,
      );
      await server(`recover?key=${encodeURIComponent(key)}`);
      const before = await hits(src);
      for (const element of elements) {
        await pressRetry(element);
        await waitUntil(() => stateOf(element) === 'ready', `${element.localName} recovers`, { timeout: 5000 });
      }
      // Each press fetched the feed afresh (the cache is bypassed), and nothing else did.
      expect((await hits(src)) - before).to.equal(elements.length);
      for (const element of elements) {
        if (element.localName === 'pcp-plan') continue;
        expect(
          visible(element.querySelector('.fallback')),
          `${element.localName}: fallback hidden once rendered`,
        ).to.equal(false);
      }
      const summary = elements.find((element) => element.localName === 'pcp-plan-summary')!;
      expect(summary.shadowRoot!.textContent).to.contain('Police and Crime Plan Update 2020-2021');
    });
  }

  it('renders a valid 10 MB feed', async function () {
    this.timeout(60000);
    const src = unique('/__test__/large?mb=10');
    const started = performance.now();
    const loaded = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('pcp-load', (event) => resolve(event as CustomEvent), { once: true }),
    );
    const element = await fixture<PcpElement>(html`<pcp-plan-summary timeout="55000" src=${src}></pcp-plan-summary>`);
    await settled([element], 55000);
    const seconds = (performance.now() - started) / 1000;
    // Noted in the test log: fetch, parse, validate and render of the whole feed.
    console.log(`10 MB feed: loaded and rendered in ${seconds.toFixed(2)} s`);
    expect(stateOf(element)).to.equal('ready');
    expect(JSON.stringify((await loaded).detail.plan).length).to.be.at.least(10 * 1024 * 1024);
    expect(element.shadowRoot!.textContent).to.contain('Police and Crime Plan 2021-2025');
    expect(await hits(src)).to.equal(1);
  });

  it('keeps its content when the network goes away after load; a later refetch shows a network error and recovers', async () => {
    const src = unique('/__test__/feed?name=cleveland-2020-21-update');
    const elements = await everyElement(src);
    await settled(elements);
    expect(elements.map(stateOf)).to.deep.equal(elements.map(() => 'ready'));
    const realFetch = window.fetch;
    // The network goes: every request fails as it does offline.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      // Nothing on the page refetches by itself: the content stays.
      for (const element of elements) (element as unknown as { headingLevel?: number }).headingLevel = 3;
      await settled(elements);
      expect(elements.map(stateOf)).to.deep.equal(elements.map(() => 'ready'));
      // A refetch (a script reloading the feed) fails clearly.
      clearPlanCache(src);
      const errors = recordErrors();
      for (const element of elements) (element as unknown as PcpElement).reload();
      await waitUntil(() => elements.every((element) => stateOf(element) === 'error'), 'network errors shown');
      errors.stop();
      expectErrorState(elements, errors.events, /could not be fetched .*the network request failed/, 'network', true);
    } finally {
      window.fetch = realFetch;
    }
    // The network is back: "Try again" recovers.
    for (const element of elements) {
      await pressRetry(element);
      await waitUntil(() => stateOf(element) === 'ready', `${element.localName} recovers`, { timeout: 5000 });
    }
  });

  it('keeps one request going when an element is moved mid-fetch, and renders once it arrives', async () => {
    const src = unique('/__test__/flaky?name=cleveland-2020-21-update&delay=400');
    const elements = await everyElement(src);
    const wrapper = elements[0]!.parentElement!;
    // Moved within one task: a move, not a removal.
    for (const element of elements) wrapper.append(element);
    await settled(elements);
    expect(elements.map(stateOf)).to.deep.equal(elements.map(() => 'ready'));
    expect(await hits(src)).to.equal(1);
    expect(await aborted(src)).to.equal(0);
  });

  it('aborts the fetch when the elements are removed mid-fetch, and fetches once more when they are re-added', async function () {
    this.timeout(30000);
    // The answer comes late enough that the elements are surely removed while it is on its way.
    const src = unique('/__test__/flaky?name=cleveland-2020-21-update&delay=3000');
    const elements = await everyElement(src);
    const wrapper = elements[0]!.parentElement!;
    await waitUntil(async () => (await hits(src)) === 1, 'the request is on its way', { timeout: 5000 });
    const errors = recordErrors();
    wrapper.replaceChildren();
    // The request stops once no element waits for it: the server sees it closed.
    await waitUntil(async () => (await aborted(src)) === 1, 'the request is aborted', { timeout: 5000 });
    wrapper.append(...elements);
    await settled(elements, 15000);
    errors.stop();
    expect(elements.map(stateOf)).to.deep.equal(elements.map(() => 'ready'));
    // One fresh request for all sixteen; the abort was not reported as an error.
    expect(await hits(src)).to.equal(2);
    expect(await aborted(src)).to.equal(1);
    expect([...errors.events.keys()]).to.deep.equal([]);
  });
});
