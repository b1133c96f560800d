/**
 * Chooses one language from a feed whose text may be in several (`{"en": "…", "cy": "…"}`): the
 * elements render a `Plan` of plain strings. Text that had to fall back to English is remembered, so
 * the elements can mark it `lang="en"` and screen readers pronounce it as English.
 */
import type { Plan, PlanFeed } from '../schema/plan.js';

export interface LocalizedPlan {
  plan: Plan;
  /** The strings shown in English because the feed has no text in the page's language. */
  fallbacks: ReadonlySet<string>;
  /** The strings the feed gave in the page's language as a translation (not plain text of unknown language). */
  translated: ReadonlySet<string>;
}

const cache = new WeakMap<object, Map<string, LocalizedPlan>>();

/** A translated text as the schema allows it: a plain object of language tag → text, with "en". */
function isTranslated(value: object): value is Record<string, string> {
  if (Array.isArray(value) || typeof (value as Record<string, unknown>)['en'] !== 'string') return false;
  return Object.values(value).every((text) => typeof text === 'string');
}

/** The text for `language` ("cy-GB"): that exact tag, else its primary language ("cy"), else English. */
export function pickText(text: Record<string, string>, language: string): { text: string; fallback: boolean } {
  const primary = language.split('-')[0]!;
  const chosen = text[language] ?? text[primary] ?? Object.entries(text).find(([tag]) => tag.split('-')[0] === primary)?.[1];
  return chosen !== undefined ? { text: chosen, fallback: false } : { text: text['en']!, fallback: primary !== 'en' };
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
  const fallbacks = new Set<string>();
  const translated = new Set<string>();
  // Parts with no translated text are shared with the feed, not copied: a feed in one language
  // localizes to itself (so it stays the validated object), and a bilingual one costs only its changes.
  const walk = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const items = value.map(walk);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (isTranslated(value)) {
      const { text, fallback } = pickText(value, tag);
      (fallback ? fallbacks : translated).add(text);
      return text;
    }
    const entries = Object.entries(value);
    const walked = entries.map(([key, item]) => [key, walk(item)] as const);
    return walked.some(([, item], index) => item !== entries[index]![1]) ? Object.fromEntries(walked) : value;
  };
  const localized: LocalizedPlan = { plan: walk(feed) as Plan, fallbacks, translated };
  byLanguage.set(tag, localized);
  return localized;
}
