/**
 * A download link's blob URL, made once per content and released when the element leaves the
 * page. On reconnection the host renders again and gets a fresh URL, so a moved element's
 * "Download CSV" keeps working.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class BlobLinkController implements ReactiveController {
  private url: string | undefined;
  private key: readonly unknown[] | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.url === undefined && this.key !== undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  /**
   * The URL of `make()`'s text as `type`, made again only when one of `key`'s parts changes (compared
   * with ===, so pass the plan object itself) or after a reconnection.
   */
  href(key: readonly unknown[], make: () => string, type = 'text/csv;charset=utf-8'): string {
    // Server-rendered HTML (`pcp render`) outlives any blob: a data: URL downloads with no script at all.
    if (isServer) return `data:${type},${encodeURIComponent(make())}`;
    const same = this.key !== undefined && this.key.length === key.length && this.key.every((part, index) => part === key[index]);
    if (this.url && same) return this.url;
    if (this.url) URL.revokeObjectURL(this.url);
    this.key = key;
    this.url = URL.createObjectURL(new Blob([make()], { type }));
    return this.url;
  }
}

const sharedUrls = new WeakMap<object, string>();
/** A shared URL is released once the object it was made for is no longer held. */
const releaseWhenCollected = isServer ? undefined : new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url));

/**
 * One blob URL per `owner` (a cached table, say), shared by every element showing it and kept while
 * `owner` is: an element created again on the same content, moved or shown twice makes no new one
 * (creating a blob URL was a quarter of the priority wheel's render). A data: URL on the server.
 */
export function sharedBlobUrl(owner: object, make: () => string, type = 'text/csv;charset=utf-8'): string {
  if (isServer) return `data:${type},${encodeURIComponent(make())}`;
  let url = sharedUrls.get(owner);
  if (url === undefined) {
    url = URL.createObjectURL(new Blob([make()], { type }));
    sharedUrls.set(owner, url);
    releaseWhenCollected?.register(owner, url);
  }
  return url;
}
