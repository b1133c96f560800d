/**
 * The languages the elements speak, by primary language subtag. English is built in; every other
 * language is loaded when a page first needs it (a Welsh page downloads the Welsh words, an English
 * page never does). English comes in parts: each element's words arrive with its module (english.ts).
 * Adding a language: copy messages/cy.ts to messages/<tag>.ts, translate it, and list its loader here.
 */
import { registerMonthNames } from '../format/date.js';
import { english as en } from './english.js';
import type { Messages } from './messages/en.js';

const LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  cy: () => import('./messages/cy.js').then((module) => module.cy),
};

const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

const primary = (language: string) => language.toLowerCase().split('-')[0]!;

/** True when the words for `language` are at hand (always, for a language without a catalogue: English). */
export function catalogueLoaded(language: string): boolean {
  const tag = primary(language);
  return loaded.has(tag) || !LOADERS[tag];
}

/**
 * Loads the words for `language` ("cy-GB" → Welsh). Never rejects: if the file cannot be loaded (a
 * page that copied only pcp-elements.js, say), the language falls back to English with a warning.
 */
export function loadCatalogue(language: string): Promise<Messages> {
  const tag = primary(language);
  const ready = loaded.get(tag);
  if (ready) return Promise.resolve(ready);
  const loader = LOADERS[tag];
  if (!loader) return Promise.resolve(en);
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader().then(
      (messages) => {
        loaded.set(tag, messages);
        if (messages.months) registerMonthNames(messages.locale, messages.months);
        return messages;
      },
      (error: unknown) => {
        console.warn(`pcp-elements: the "${tag}" words could not be loaded, so English is shown.`, error);
        loaded.set(tag, en);
        return en;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** The catalogue for a BCP 47 tag ("cy-GB" → Welsh) if loaded; English otherwise (see `loadCatalogue`). */
export function messagesFor(language: string): Messages {
  return loaded.get(primary(language)) ?? en;
}

export type { Messages };
