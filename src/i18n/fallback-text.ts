/**
 * Marks feed text shown in English on a page in another language: `lang="en"` around it, so screen
 * readers switch voice. The set of such texts belongs to the plan being rendered; `PcpElement` sets it
 * around each (synchronous) render, so shared renderers need not pass it along.
 */
import { html, nothing } from 'lit';

import type { LocalizedPlan } from './localize-plan.js';

interface RenderLanguage {
  english: boolean;
  fallbacks: ReadonlyMap<string, string>;
  translated: ReadonlySet<string>;
}

let current: RenderLanguage = { english: true, fallbacks: new Map(), translated: new Set() };

/** Runs `render` with the language facts of `localized` (in `language`); restores the previous after. */
export function withFallbacks<T>(localized: LocalizedPlan, language: string, render: () => T): T {
  const previous = current;
  current = { english: language.toLowerCase().startsWith('en'), fallbacks: localized.fallbacks, translated: localized.translated };
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** Feed text for a template: as it is, or in `<span lang="…">` when it is in another language than the page's. */
export function txt(value: string | undefined): unknown {
  if (value === undefined) return nothing;
  const lang = current.fallbacks.get(value);
  return lang !== undefined ? html`<span lang=${lang}>${value}</span>` : value;
}

/**
 * A word the feed may set for the plan's own vocabulary (`labels.objective`: "theme", "priority"):
 * the feed's on an English page or where the feed translated it, else the element's own `word`, so a
 * Welsh page does not count "7 objective".
 */
export function feedWord(value: string | undefined, word: string): string {
  if (value === undefined) return word;
  return current.english || current.translated.has(value) ? value : word;
}
