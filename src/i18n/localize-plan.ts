/**
 * Chooses one language from a feed whose text may be in several (`{"en": "…", "cy": "…"}`): the
 * elements render a `Plan` of plain strings. Text shown in another language than the page's is
 * remembered with its language, so the elements can mark it `lang="…"` and screen readers pronounce it
 * right (WCAG 3.1.2): English when a translation is missing, the only language a heading was printed
 * in, and plain text, which is in the feed's `language` ("en" unless it says), on a page in another.
 */
import type { Plan, PlanFeed } from '../schema/plan.js';
import { translatedObjects } from '../schema/primitives.js';

export interface LocalizedPlan {
  plan: Plan;
  /**
   * The strings shown in another language than the page's, with that language's tag ("en", "cy").
   * Text without words ("£1.2m", "2021–25": see `hasWords`) has no language of its own and is never listed.
   */
  fallbacks: ReadonlyMap<string, string>;
  /** The strings the feed gave in the page's language as a translation (not plain text in the feed's language). */
  translated: ReadonlySet<string>;
}

/**
 * True when `text` has a word (a letter that starts one, not a unit stuck to a figure): words have a
 * language ("o", "Band D"); figures and dates alone ("£1.2m", "30p", "5bn", "2021–25") do not.
 */
export const hasWords = (text: string): boolean => WORD.test(text);
const WORD = /(?:^|[^\p{L}\p{N}])\p{L}/u;

const cache = new WeakMap<object, Map<string, LocalizedPlan>>();

/**
 * A translated text: an object validation found to be one (see `translatedObjects`), or, for a feed
 * object made by hand, a plain object of strings with an "en" text.
 */
function isTranslated(value: object): value is Record<string, string> {
  if (translatedObjects.has(value)) return true;
  if (Array.isArray(value) || typeof (value as Record<string, unknown>)['en'] !== 'string') return false;
  return Object.values(value).every((text) => typeof text === 'string');
}

/**
 * The text for `language` ("cy-GB"): that exact tag, else its primary language ("cy"), else English,
 * else the first language given. `lang` is the tag of the text chosen when it is not the page's language.
 */
export function pickText(text: Record<string, string>, language: string): { text: string; fallback: boolean; lang?: string } {
  const primary = language.split('-')[0]!;
  const own = text[language] ?? text[primary] ?? Object.entries(text).find(([tag]) => tag.split('-')[0] === primary)?.[1];
  if (own !== undefined) return { text: own, fallback: false };
  const [lang, chosen] = text['en'] !== undefined ? ['en', text['en']] : Object.entries(text)[0]!;
  return { text: chosen, fallback: lang.split('-')[0] !== primary, lang };
}

/**
 * The plan in `language` (a BCP 47 tag; "" means English). Cached per feed object and language, so
 * every render of every element showing one feed shares one copy.
 */
export function localizePlan(feed: PlanFeed, language: string): LocalizedPlan {
  const tag = language.toLowerCase() || 'en';
  let byLanguage = cache.get(feed);
  if (!byLanguage) cache.set(feed, (byLanguage = new Map()));
  const cached = byLanguage.get(tag);
  if (cached) return cached;
  const fallbacks = new Map<string, string>();
  const translated = new Set<string>();
  // Plain text is in the feed's language ("en" unless it says): on a page in another language, it is marked so.
  const feedLanguage = (feed.language ?? 'en').toLowerCase();
  const plainIsForeign = feedLanguage.split('-')[0] !== tag.split('-')[0];
  const foreignPlain = new Set<string>();
  // Parts with no translated text are shared with the feed, not copied: a feed in one language
  // localizes to itself (so it stays the validated object), and a bilingual one costs only its changes.
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (plainIsForeign && hasWords(value)) foreignPlain.add(value);
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const items = value.map(walk);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (isTranslated(value)) {
      const { text, fallback, lang } = pickText(value, tag);
      if (fallback) {
        if (hasWords(text)) fallbacks.set(text, lang ?? 'en');
      } else translated.add(text);
      return text;
    }
    const entries = Object.entries(value);
    const walked = entries.map(([key, item]) => [key, walk(item)] as const);
    return walked.some(([, item], index) => item !== entries[index]![1]) ? Object.fromEntries(walked) : value;
  };
  const plan = walk(feed) as Plan;
  // Marks are kept by text, so one string printed twice gets one answer: the feed's own translation
  // into the page's language wins over the same words left plain (a name such as "Cumbria").
  for (const text of foreignPlain) if (!translated.has(text) && !fallbacks.has(text)) fallbacks.set(text, feedLanguage);
  const localized: LocalizedPlan = { plan, fallbacks, translated };
  byLanguage.set(tag, localized);
  return localized;
}
