/**
 * The loading, error and empty views every element renders, so a reader meets the same words and
 * look wherever a feed is late, broken or empty.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanError } from '../loader/plan-error.js';

/** At most this many problems are listed in the element; the `pcp-error` event carries them all. */
const LISTED_ISSUES = 5;

export function renderLoading(): TemplateResult {
  return html`<p class="pcp-loading" part="loading" role="status">Loading the plan…</p>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<p class="pcp-empty" part="empty">${message}</p>`;
}

/** Problems a second try may cure (the network, the server, a slow answer), as opposed to a broken feed. */
export function isRetryable(error: PlanError): boolean {
  return error.kind === 'network' || error.kind === 'http' || error.kind === 'timeout';
}

/**
 * A visible, announced error. The default slot keeps the page author's fallback content visible
 * below it. With `onRetry`, a "Try again" button loads the feed afresh.
 */
export function renderError(error: PlanError, onRetry?: () => void): TemplateResult {
  const listed = error.issues.slice(0, LISTED_ISSUES);
  const more = error.issueCount - listed.length;
  return html`
    <div class="pcp-error" part="error" role="alert">
      <p class="pcp-error__title">This plan could not be shown</p>
      <p>${error.message}</p>
      ${error.issues.length > 1
        ? html`<ul>
            ${listed.map((issue) => html`<li><code>${issue.path || '/'}</code>: ${issue.message}</li>`)}
            ${more > 0 ? html`<li>and ${more} more</li>` : nothing}
          </ul>`
        : nothing}
      ${onRetry ? html`<button type="button" class="pcp-retry" part="retry" @click=${onRetry}>Try again</button>` : nothing}
    </div>
  `;
}
