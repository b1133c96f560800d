/**
 * A download link's blob URL, made once per content and released when the element leaves the
 * page. On reconnection the host renders again and gets a fresh URL, so a moved element's
 * "Download CSV" keeps working.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class BlobLinkController implements ReactiveController {
  private url: string | undefined;
  private key: unknown;

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

  /** The URL of `make()`'s text as `type`, made again only when `key` changes (or after a reconnection). */
  href(key: unknown, make: () => string, type = 'text/csv;charset=utf-8'): string {
    if (this.url && this.key === key) return this.url;
    if (this.url) URL.revokeObjectURL(this.url);
    this.key = key;
    this.url = URL.createObjectURL(new Blob([make()], { type }));
    return this.url;
  }
}
