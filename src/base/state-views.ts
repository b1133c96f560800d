/**
 * The loading, error and empty views every element renders, so a reader meets the same words and
 * look wherever a feed is late, broken or empty.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/catalogues.js';
import type { PlanError } from '../loader/plan-error.js';

/** At most this many problems are listed in the element; the `pcp-error` event carries them all. */
const LISTED_ISSUES = 5;

export function renderLoading(t: Messages): TemplateResult {
  return html`<p class="pcp-loading" part="loading" role="status">${t.common.loading}</p>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<p class="pcp-empty" part="empty">${message}</p>`;
}

/**
 * Where the author's fallback content shows when the plan cannot: the children, and those marked
 * `slot="fallback"`. Marked children show only then, so inside a `<pcp-plan>`, whose other children
 * (the elements, the page's own text) always show, a "Read the plan (PDF)" link can go once the plan is
 * on screen. Without script nothing is slotted and every child shows.
 */
export const fallbackSlots = html`<slot></slot><slot name="fallback"></slot>`;

/**
 * Problems a second try may cure (the network, the server, a slow answer), as opposed to a broken feed
 * or a website that does not let this page read it (`cross-origin`: only its owner can change that).
 */
export function isRetryable(error: PlanError): boolean {
  return error.kind === 'network' || error.kind === 'http' || error.kind === 'timeout';
}

/**
 * A visible, announced error. The default slot keeps the page author's fallback content visible
 * below it. With `onRetry`, a "Try again" button loads the feed afresh.
 */
export function renderError(error: PlanError, t: Messages, onRetry?: () => void): TemplateResult {
  const listed = error.issues.slice(0, LISTED_ISSUES);
  const more = error.issueCount - listed.length;
  // The loader writes its detail (what, where, which path) in English: in another language the
  // error's kind leads in that language, and the detail follows marked as English.
  const english = t.locale.startsWith('en');
  return html`
    <div class="pcp-error" part="error" role="alert">
      <p class="pcp-error__title">${t.common.errorTitle}</p>
      ${english ? nothing : html`<p>${t.common.errorKinds[error.kind]}</p>`}
      <p lang=${english ? nothing : 'en'}>${error.message}</p>
      ${error.issues.length > 1
        ? html`<ul lang=${english ? nothing : 'en'}>
            ${listed.map((issue) => html`<li><code>${issue.path || '/'}</code>: ${issue.message}</li>`)}
            ${more > 0 ? html`<li>${t.common.moreProblems(more)}</li>` : nothing}
          </ul>`
        : nothing}
      ${onRetry ? html`<button type="button" class="pcp-retry" part="retry" @click=${onRetry}>${t.common.tryAgain}</button>` : nothing}
    </div>
  `;
}
