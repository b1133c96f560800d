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
import { hasWords, localizePlan, type LocalizedPlan } from '../i18n/localize-plan.js';
import type { Plan, PlanFeed } from '../schema/plan.js';

/** Feed text as shown, with the language it is in when that is not the page's. */
export interface PlanText {
  readonly text: string;
  /** BCP 47 tag of the text when it is not in the page's language ("en" on a Welsh page). */
  readonly lang?: string;
  /**
   * Text joined from parts in different languages ("llai na" "30p a week"): each part with its own
   * language, for templates (`txt` marks each); `text` is the whole, for attributes and the CSV.
   */
  readonly parts?: readonly PlanText[];
}

/**
 * Several texts shown as one ("has risen by" "17.8%" "compared to…"): in their language when every
 * part with words shares it (figures and separators have none), else in parts, each in its own.
 */
export function joinTexts(parts: readonly PlanText[], separator = ''): PlanText {
  const text = parts.map((part) => part.text).join(separator);
  const worded = parts.filter((part) => hasWords(part.text));
  const lang = worded[0]?.lang;
  if (worded.every((part) => part.lang === lang)) return lang === undefined ? { text } : { text, lang };
  const separated = separator ? parts.flatMap((part, index) => (index ? [{ text: separator }, part] : [part])) : parts;
  return { text, parts: separated };
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
  /** Feed texts shown as one, joined by `separator` (default " "): see `joinTexts`. Empty parts are left out. */
  joined(values: ReadonlyArray<string | undefined>, separator?: string): PlanText;
  /**
   * A word the feed may set for the plan's own vocabulary (`levels[0].singular`: "theme", "pillar"):
   * the feed's on an English page or where the feed translated it, else the element's own `word`, so
   * a Welsh page does not count "7 objective".
   */
  word(value: string | undefined, word: string): string;
}

/**
 * A sentence of the element's own words around feed text ("4 o 11 Completed"), each part in its
 * language: `message` is called with a marker in place of each `PlanText` argument and its result is
 * cut at the markers. For messages that place such an argument as it is (not tested or changed).
 */
export function fillText<A extends unknown[]>(message: (...args: A) => string, ...args: { [K in keyof A]: A[K] | PlanText }): PlanText {
  const texts: PlanText[] = [];
  const marked = args.map((arg) => (typeof arg === 'object' && arg !== null && 'text' in arg ? `\uE000${texts.push(arg as PlanText) - 1}\uE001` : arg)) as A;
  const pieces = message(...marked).split(/\uE000(\d+)\uE001/);
  // split() with a group: words, index, words, index…, words.
  const parts = pieces.flatMap((piece, index): PlanText[] => (index % 2 ? [texts[Number(piece)]!] : piece ? [{ text: piece }] : []));
  return joinTexts(parts);
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
    joined: (values, separator = ' ') => joinTexts(values.filter((value): value is string => Boolean(value)).map((value) => text(value)), separator),
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
