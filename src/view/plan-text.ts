/**
 * What every view model is built from: the plan in the page's language, the element's words, and
 * feed text that carries its own language. Pure (no DOM, no Lit), so view models run in Node.
 *
 * Text the feed gives only in another language than the page's (English on a Welsh page, or a
 * heading printed only in Welsh) is returned with that language, so a template can mark it
 * `lang="…"` and screen readers switch voice. Nothing here is module-global: each element derives its
 * context from its own feed and language, and event handlers can derive it at any time.
 */
import { messagesFor, type Messages } from '../i18n/catalogues.js';
import { localizePlan, type LocalizedPlan } from '../i18n/localize-plan.js';
import type { Plan, PlanFeed } from '../schema/plan.js';

/** Feed text as shown, with the language it is in when that is not the page's. */
export interface PlanText {
  readonly text: string;
  /** BCP 47 tag of the text when it is not in the page's language ("en" on a Welsh page). */
  readonly lang?: string;
}

/** The plan, the words and the language facts a view model needs. */
export interface ViewContext {
  /** The plan in the page's language. */
  readonly plan: Plan;
  /** The element's own words in the page's language. */
  readonly t: Messages;
  /** The Intl locale of those words ("en-GB", "cy"). */
  readonly locale: string;
  /** The page's language tag ("en", "cy-GB"). */
  readonly lang: string;
  /** Feed text with its language marked when it is not the page's. */
  text(value: string): PlanText;
  text(value: string | undefined): PlanText | undefined;
  /**
   * A word the feed may set for the plan's own vocabulary (`levels[0].singular`: "theme", "pillar"):
   * the feed's on an English page or where the feed translated it, else the element's own `word`, so
   * a Welsh page does not count "7 objective".
   */
  word(value: string | undefined, word: string): string;
}

const contexts = new WeakMap<LocalizedPlan, Map<Messages, ViewContext>>();

/** The context for a plan already localized into `language`, with the element's `t` words. */
export function contextOf(localized: LocalizedPlan, language: string, t: Messages): ViewContext {
  let byWords = contexts.get(localized);
  if (!byWords) contexts.set(localized, (byWords = new Map()));
  const cached = byWords.get(t);
  if (cached) return cached;
  const english = (language || 'en').toLowerCase().startsWith('en');
  const { fallbacks, translated } = localized;
  function text(value: string): PlanText;
  function text(value: string | undefined): PlanText | undefined;
  function text(value: string | undefined): PlanText | undefined {
    if (value === undefined) return undefined;
    const lang = fallbacks.get(value);
    return lang === undefined ? { text: value } : { text: value, lang };
  }
  const context: ViewContext = {
    plan: localized.plan,
    t,
    locale: t.locale,
    lang: language || 'en',
    text,
    word: (value, word) => (value === undefined ? word : english || translated.has(value) ? value : word),
  };
  byWords.set(t, context);
  return context;
}

/**
 * The context for a feed shown in `language` (default English) with that language's built-in words.
 * What tests and the server use; an element passes its own loaded words to `contextOf`.
 */
export function viewContext(feed: PlanFeed, language = 'en', t: Messages = messagesFor(language)): ViewContext {
  return contextOf(localizePlan(feed, language), language, t);
}
