/**
 * The charts' polite live region: a selection is announced once. The message is cleared first (so
 * the same selection made again is announced again), set on the next frame, and cleared again after
 * `LiveRegionController.clearAfter` ms, so that a screen reader reading the page later does not meet
 * it a second time at the end of the chart.
 */
import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

export class LiveRegionController implements ReactiveController {
  /** How long a message stays, in ms: long enough for a screen reader to have queued it. */
  static clearAfter = 5000;

  /** What the region says now ('' between announcements). */
  message = '';
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
    this.message = '';
  }

  announce(message: string): void {
    this.stop();
    this.set('');
    this.frame = requestAnimationFrame(() => {
      this.set(message);
      this.timer = setTimeout(() => this.set(''), LiveRegionController.clearAfter);
    });
  }

  /** The region: render it once, from the first render on (a region added with its text is not read). */
  render(): TemplateResult {
    return html`<p class="visually-hidden" aria-live="polite">${this.message}</p>`;
  }

  private set(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  private stop(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  }
}
