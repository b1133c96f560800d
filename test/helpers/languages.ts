/**
 * (The tests compare `querySelector(…)?.outerHTML ?? null` with null, not the element itself: on a
 * failure chai prints the actual value, and printing an element with a plan on it stalls the run.)
 *
 * For the language tests: a bilingual copy of a feed, pages in Welsh, and the words of each catalogue,
 * so a test can say "no English word of the interface is left on a Welsh page".
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { cy } from '../../src/i18n/messages/cy.js';
import { en } from '../../src/i18n/messages/en.js';

/** Renders `template` inside `<div lang=…>` and returns the element in it. */
export async function inLanguage<T extends HTMLElement>(lang: string, template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  wrapper.lang = lang;
  const { render } = await import('lit');
  render(template, wrapper);
  const element = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Every plain string of a catalogue section (functions and nested objects included, called with samples). */
export function words(section: unknown): string[] {
  if (typeof section === 'string') return [section];
  if (typeof section === 'function') return [String((section as (...args: unknown[]) => unknown)(7, 'x', 'y'))];
  if (section && typeof section === 'object') return Object.values(section).flatMap(words);
  return [];
}

/**
 * English interface words (of the given sections) found in `text`, where Welsh differs from English.
 * Single lower-case words ("action") are left out: they also occur in the feed's own text.
 */
export function englishLeftIn(text: string, sections: Array<keyof typeof en>): string[] {
  const english = sections.flatMap((name) => words(en[name]));
  const welsh = new Set(sections.flatMap((name) => words(cy[name])));
  return english.filter((word) => word.length > 3 && !/^[a-z]+$/.test(word) && !welsh.has(word) && !/\b[xy]\b|\b7\b/.test(word) && text.includes(word));
}

/** Replaces the text at a JSON pointer ("/objectives/0/title") in `feed` with `translate(text)`. */
function translateAt(feed: unknown, pointer: string, translate: (english: string) => Record<string, string>): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  let target = feed as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = translate(target[last] as string);
}

/** Deep copy of `feed` with `{en, cy}` pairs for the given JSON paths ("/title", "/objectives/0/title"). */
export function withWelsh<T>(feed: T, translations: Record<string, string>): T {
  const copy = structuredClone(feed);
  for (const [pointer, welsh] of Object.entries(translations)) translateAt(copy, pointer, (english) => ({ en: english, cy: welsh }));
  return copy;
}

/** `feed` (changed in place) with the text at `pointer` an English-only pair (`{ "en": … }`): it must fall back, marked. */
export function englishOnly<T>(feed: T, pointer: string): T {
  translateAt(feed, pointer, (english) => ({ en: english }));
  return feed;
}
