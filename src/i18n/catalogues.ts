/**
 * The languages the elements speak, by primary language subtag. Adding one: copy messages/en.ts to
 * messages/<tag>.ts, translate it, and list it here.
 */
import { cy } from './messages/cy.js';
import { en, type Messages } from './messages/en.js';

export const CATALOGUES: Readonly<Record<string, Messages>> = { en, cy };

/** The catalogue for a BCP 47 tag ("cy-GB" → Welsh); English for any language without one. */
export function messagesFor(language: string): Messages {
  return CATALOGUES[language.toLowerCase().split('-')[0]!] ?? en;
}

export type { Messages };
