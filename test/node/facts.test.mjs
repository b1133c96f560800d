// Every sample feed written from a real document carries that document's facts, and the page shows
// them as printed. test/fixtures/facts/<feed>.json lists facts copied from the source document
// (headings, list items, figures as printed); each must be in the source text, in the feed, on the
// server-rendered <pcp-plan-document>, and (where named) on the element made for it.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const factsDir = `${root}test/fixtures/facts/`;

const { renderElement } = await import('../../lib/ssr/render-element.js');
const { validatePlan } = await import('../../lib/loader/validate-plan.js');
const { loadCatalogue } = await import('../../lib/i18n/catalogues.js');
await loadCatalogue('cy');

/** Whitespace collapsed, so a fact found across a line break in the source or the HTML still matches. */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader sees in server-rendered HTML: no styles, scripts or markup, entities decoded. */
function visibleText(html) {
  return squash(
    html
      .replace(/<style>[^<]*<\/style>/g, ' ')
      .replace(/<script[^>]*>[\s\S]*?<\/script>/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
        return ENTITIES[name.toLowerCase()] ?? whole;
      }),
  );
}

/** Every string in a JSON value, joined (numbers also as en-GB writes them, "97,139,153"): where a fact must be found in the feed. */
function feedText(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return `${value} ${value.toLocaleString('en-GB', { maximumFractionDigits: 20 })}`;
  if (Array.isArray(value)) return value.map(feedText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(feedText).join('\n');
  return '';
}

const files = (await readdir(factsDir).catch(() => [])).filter((name) => name.endsWith('.json')).sort();

describe('facts of each source document are on the page, as printed', () => {
  it('has a sample feed and facts for every document in ../shared/plans and ../shared/seeds', async () => {
    const plans = (await readdir(`${shared}plans`)).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => `plans/${name}`);
    const seeds = (await readdir(`${shared}seeds`)).filter((name) => name.endsWith('.txt')).map((name) => `seeds/${name}`);
    const documents = new Set(await Promise.all(files.map(async (name) => JSON.parse(await readFile(`${factsDir}${name}`, 'utf8')).document)));
    const missing = [...plans, ...seeds].filter((name) => !documents.has(name));
    assert.deepEqual(missing, [], `documents without a sample feed and facts: ${missing.join(', ')}`);
    assert.ok(plans.length >= 10 && seeds.length >= 5);
  });

  for (const name of files) {
    it(name.replace(/\.json$/, ''), async () => {
      const facts = JSON.parse(await readFile(`${factsDir}${name}`, 'utf8'));
      const source = squash(await readFile(`${shared}${facts.document}`, 'utf8'));
      const raw = JSON.parse(await readFile(`${root}demo/feeds/${facts.feed}.json`, 'utf8'));
      const inFeed = squash(feedText(raw));
      const plan = validatePlan(raw);
      // A feed with Welsh is read in Welsh too: a name printed in both languages is a fact in each.
      const languages = JSON.stringify(raw).includes('"cy":') ? ['en', 'cy'] : ['en'];
      const render = async (tag) => (await Promise.all(languages.map(async (lang) => visibleText(await renderElement(tag, plan, { lang }))))).join(' | ');
      const page = await render('pcp-plan-document');
      const elements = new Map();
      const problems = [];
      assert.ok(facts.facts.length >= 10, 'a facts file lists at least 10 facts');
      for (const { text, element } of facts.facts) {
        const fact = squash(text);
        if (!source.includes(fact)) problems.push(`not in ${facts.document}: ${JSON.stringify(fact)}`);
        if (!inFeed.includes(fact)) problems.push(`not in the feed: ${JSON.stringify(fact)}`);
        if (!page.includes(fact)) problems.push(`not on <pcp-plan-document>: ${JSON.stringify(fact)}`);
        if (element) {
          if (!elements.has(element)) elements.set(element, await render(element));
          if (!elements.get(element).includes(fact)) problems.push(`not on <${element}>: ${JSON.stringify(fact)}`);
        }
      }
      // The page talks about the plan, never about "the feed" it was made from.
      const feed = page.search(/\b(the|this|a) feeds?\b/i);
      if (feed >= 0) problems.push(`the page mentions the feed: …${page.slice(Math.max(0, feed - 60), feed + 40)}…`);
      assert.deepEqual(problems, []);
    });
  }
});
