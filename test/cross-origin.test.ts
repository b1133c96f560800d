// A feed on another origin, as a partnership's page shows the commissioner's plan: served without
// Access-Control-Allow-Origin it fails with a message saying so (kind `cross-origin`, no "Try again");
// served with it, it renders, and after a revalidation (ETag, 304) a changed feed shows. The second
// origin is a real server on 127.0.0.1 at another port (test/second-origin-plugin.mjs).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/pcp-elements.js';
import { clearPlanCache, loadPlanFromUrl, PlanError } from '../src/loader/index.js';
import type { PcpElement } from '../src/base/pcp-element.js';
import { errorText, recordErrors, settled, stateOf, visible } from './helpers/elements.js';

interface Served {
  status: number;
  origin: string | null;
  ifNoneMatch: string | null;
  mode: string | null;
}

const control = async <T>(path: string): Promise<T> => (await (await fetch(`/__second-origin__/${path}`)).json()) as T;
const secondOrigin = await control<string>('origin');

let run = 0;
/** A feed URL on the second origin that no other test has used (so its log, and the browser's cache, start empty). */
function feedUrl(cors: 'none' | 'any' | 'origin', name = 'cumbria-2021-2025'): { src: string; key: string } {
  const key = `${Date.now()}-${(run += 1)}`;
  return { src: `${secondOrigin}/feed.json?name=${name}&cors=${cors}&key=${key}`, key };
}
const served = (key: string) => control<Served[]>(`log?key=${encodeURIComponent(key)}`);

async function rejection(promise: Promise<unknown>): Promise<PlanError> {
  try {
    await promise;
  } catch (error) {
    return error as PlanError;
  }
  throw new Error('expected the load to fail');
}

/** `tag` with `src` and the author's fallback content, on the page, once it has loaded or failed. */
async function element(tag: string, src: string, lang?: string): Promise<PcpElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const created = document.createElement(tag) as PcpElement;
  created.setAttribute('src', src);
  if (lang) created.setAttribute('lang', lang);
  created.innerHTML = '<p class="fallback">Read the plan as a PDF</p>';
  wrapper.append(created);
  // Its first render (the loading view) comes in a microtask: before it, an empty shadow root looks settled.
  await created.updateComplete;
  await settled([created]);
  return created;
}

const retryButton = (element: Element) => element.shadowRoot!.querySelector('[part="retry"]');

describe('a feed on another origin', () => {
  afterEach(() => clearPlanCache());

  it('the two origins differ (the test would prove nothing otherwise)', () => {
    expect(new URL(secondOrigin).origin).to.equal(secondOrigin);
    expect(secondOrigin).not.to.equal(location.origin);
  });

  describe('served without Access-Control-Allow-Origin', () => {
    it('says the website does not let other websites read it, what to add, and the iframe route; no "Try again"', async () => {
      const { src, key } = feedUrl('none');
      const errors = recordErrors();
      const outcomes = await element('pcp-outcomes', src);
      errors.stop();
      expect(stateOf(outcomes)).to.equal('error');
      const text = errorText(outcomes);
      expect(text).to.contain('This plan could not be shown');
      expect(text).to.contain(`the website at ${secondOrigin} answered, but most likely does not let other websites read it`);
      expect(text).to.contain(`"Access-Control-Allow-Origin: ${location.origin}" (or "*")`);
      expect(text).to.contain(`iframe embed (embed.html) copied to ${secondOrigin}`);
      expect(text).not.to.contain('network request failed');
      expect(retryButton(outcomes)).to.equal(null);
      expect(visible(outcomes.querySelector('.fallback'))).to.equal(true);
      const fired = errors.events.get(outcomes) ?? [];
      expect(fired.length).to.equal(1);
      expect(fired[0]!.detail.kind).to.equal('cross-origin');
      expect(fired[0]!.detail.source).to.equal(src);
      expect(fired[0]!.detail.message).to.contain(`"Access-Control-Allow-Origin: ${location.origin}"`);
      // The server did answer: the CORS request (refused by the browser for want of the header), then the
      // loader's no-cors check that the website is up.
      const log = await served(key);
      expect(log.map((entry) => [entry.status, entry.mode, entry.origin])).to.deep.equal([
        [200, 'cors', location.origin],
        [200, 'no-cors', null],
      ]);
    });

    it('<pcp-plan> shows the same message once, with no "Try again", and its children their fallback', async () => {
      const { src } = feedUrl('none');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><pcp-plan src=${src}><pcp-objectives><p class="fallback">PDF</p></pcp-objectives></pcp-plan></div>`,
      );
      const plan = wrapper.querySelector('pcp-plan')!;
      await plan.updateComplete;
      await settled([plan]);
      expect(plan.getAttribute('state')).to.equal('error');
      expect(errorText(plan)).to.contain('does not let other websites read it');
      expect(retryButton(plan)).to.equal(null);
    });

    it('in Welsh, the sentence for the kind leads, then the detail marked as English', async () => {
      const { src } = feedUrl('none');
      const outcomes = await element('pcp-outcomes', src, 'cy');
      const paragraphs = [...outcomes.shadowRoot!.querySelectorAll('[part="error"] p')];
      expect(paragraphs.map((p) => p.textContent?.trim())).to.include(
        'Nid oedd modd llwytho’r cynllun: nid yw ei wefan yn caniatáu i wefannau eraill ei ddarllen.',
      );
      const detail = paragraphs.find((p) => p.getAttribute('lang') === 'en');
      expect(detail?.textContent).to.contain('Access-Control-Allow-Origin');
      expect(retryButton(outcomes)).to.equal(null);
    });

    it('loadPlanFromUrl rejects with a cross-origin PlanError', async () => {
      const { src } = feedUrl('none');
      const error = await rejection(loadPlanFromUrl(src));
      expect(error).to.be.instanceOf(PlanError);
      expect(error.kind).to.equal('cross-origin');
      expect(error.source).to.equal(src);
    });
  });

  describe('failures that are not CORS stay network errors, with "Try again"', () => {
    it('another origin that does not answer (nothing listens on the port)', async () => {
      // Port 9 on loopback (discard) refuses connections here, as in loader.test.ts.
      const src = `http://127.0.0.1:9/feed.json?u=${Date.now()}`;
      const errors = recordErrors();
      const outcomes = await element('pcp-outcomes', src);
      errors.stop();
      expect(errors.events.get(outcomes)?.[0]?.detail.kind).to.equal('network');
      expect(errorText(outcomes)).to.contain('the network request failed');
      expect(retryButton(outcomes)).not.to.equal(null);
    });

    it('the browser offline, even for a feed that would be refused for want of the header', async () => {
      const { src, key } = feedUrl('none');
      // navigator.onLine as the browser reports it offline. (Taking the page offline for real would also
      // cut it off from the test runner.) The request itself still goes, and is refused for want of the header.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      let error: PlanError;
      try {
        error = await rejection(loadPlanFromUrl(src));
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
      expect(error.kind).to.equal('network');
      // No check that the website is up: offline, the network is the answer.
      expect((await served(key)).map((entry) => entry.mode)).to.deep.equal(['cors']);
    });
  });

  describe('served with Access-Control-Allow-Origin', () => {
    for (const cors of ['any', 'origin'] as const) {
      it(`renders (${cors === 'any' ? '"*"' : 'the page\'s origin echoed'})`, async () => {
        const { src, key } = feedUrl(cors);
        const loaded = oneEvent(document, 'pcp-load');
        const outcomes = await element('pcp-outcomes', src);
        expect(stateOf(outcomes)).to.equal('ready');
        expect((await loaded).detail.plan.title).to.equal('Police and Crime Plan 2021-2025');
        expect(retryButton(outcomes)).to.equal(null);
        expect(visible(outcomes.querySelector('.fallback'))).to.equal(false);
        expect((await served(key)).map((entry) => [entry.status, entry.mode])).to.deep.equal([[200, 'cors']]);
      });
    }

    it('revalidates with its ETag (304, the same plan) and shows a changed feed after the next revalidation', async () => {
      const { src, key } = feedUrl('any', 'cumbria-2021-2025');
      const first = await loadPlanFromUrl(src);
      expect(first.title).to.equal('Police and Crime Plan 2021-2025');
      expect(first.area).to.equal('Cumbria');

      // The page loads it again (the plan cache cleared): the browser asks with If-None-Match, the server
      // answers 304, and the plan is the one the browser kept.
      clearPlanCache(src);
      const again = await element('pcp-plan-summary', src);
      expect(stateOf(again)).to.equal('ready');
      expect(again.shadowRoot!.textContent).to.contain('Cumbria');
      let log = await served(key);
      expect(log.map((entry) => entry.status)).to.deep.equal([200, 304]);
      expect(log[1]!.ifNoneMatch).to.match(/^".+"$/);

      // The commissioner publishes a new feed at the same address: the next revalidation gets it in full.
      await control(`serve?key=${key}&name=cleveland-2020-21-update`);
      clearPlanCache(src);
      const changed = await element('pcp-plan-summary', src);
      expect(stateOf(changed)).to.equal('ready');
      expect(changed.shadowRoot!.textContent).to.contain('Cleveland').and.not.contain('Cumbria');
      log = await served(key);
      expect(log.map((entry) => entry.status)).to.deep.equal([200, 304, 200]);
      expect(log[2]!.ifNoneMatch, 'asked with the old ETag').to.equal(log[1]!.ifNoneMatch);
    });
  });
});
