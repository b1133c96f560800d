/**
 * The English the elements read: the locale and the common words always, and each element's own
 * section once a module that reads it has been imported (messages/en/<section>.ts adds itself on
 * import). So a page that shows only `<pcp-objectives>` downloads the objectives' English and not the
 * action plan's; the whole catalogue is messages/en.ts. `src/i18n/english-sections.unit.test.ts` fails
 * when a module reads a section it does not import.
 */
import type { Messages } from './messages/en.js';
import { common } from './messages/en/common.js';

export const english = { locale: 'en-GB', months: undefined, common } as Pick<Messages, 'locale' | 'months' | 'common'> as Messages;

/** Adds element sections to `english` (called by each messages/en/<section>.ts as it loads). */
export function addEnglish(sections: Partial<Messages>): void {
  Object.assign(english, sections);
}
