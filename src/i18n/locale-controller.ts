/**
 * Which language an element speaks: the nearest `lang` attribute (on the element, an ancestor, or
 * `<html lang="cy">`), English where no catalogue exists. Elements re-render when a `lang` attribute
 * changes anywhere in the document.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { catalogueLoaded, loadCatalogue, messagesFor, type Messages } from './catalogues.js';
import { nearestLang } from './nearest-lang.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer || isServer) return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The page's language at the element ("cy", "en-GB"), "en" when nothing says. */
  get lang(): string {
    return nearestLang(this.host).trim() || 'en';
  }

  /**
   * The element's own words, in that language (English without a catalogue for it). While a
   * language's words are still loading this is English, and the host updates again when they arrive.
   */
  get messages(): Messages {
    const lang = this.lang;
    if (!catalogueLoaded(lang)) void loadCatalogue(lang).then(() => this.host.requestUpdate());
    return messagesFor(lang);
  }

  /** While the words of the element's language load: a promise for them. Undefined once they are here. */
  get pending(): Promise<unknown> | undefined {
    const lang = this.lang;
    return catalogueLoaded(lang) ? undefined : loadCatalogue(lang);
  }

  /** The Intl locale for numbers, money and dates ("cy-GB"). */
  get locale(): string {
    return this.messages.locale;
  }
}
