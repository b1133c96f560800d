/** The custom events pcp-elements fire. All bubble and cross shadow roots, so a page can listen on `document`. */
import type { PlanFeed } from '../schema/plan.js';
import type { PlanErrorDetail, PlanIssue } from '../loader/plan-error.js';

/** `detail` of `pcp-load`: the validated plan and where it came from (a URL, "inline" or "property"). */
export interface PlanLoadDetail {
  plan: PlanFeed;
  source: string;
}

export function fire<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/**
 * `detail` of `pcp-warning`: something in the feed a reader should not take on trust (a total that does not add up),
 * or fields the feed has that the plan format does not (misspelt, so not shown). `path` and `message` are the first
 * (or only) problem's; `issues`, when there are several in one event, lists them all.
 */
export interface PlanWarningDetail {
  path: string;
  message: string;
  issues?: PlanIssue[] | undefined;
}

/** The one `pcp-warning` an element fires for the unknown fields of the feed it loaded. */
export function unknownFieldsWarning(issues: PlanIssue[]): PlanWarningDetail {
  const first = issues[0]!;
  const more = issues.length - 1;
  return {
    path: first.path,
    message: more > 0 ? `${first.message} (and ${more} more unknown field${more > 1 ? 's' : ''}: see issues)` : first.message,
    issues,
  };
}

declare global {
  interface HTMLElementEventMap {
    'pcp-load': CustomEvent<PlanLoadDetail>;
    'pcp-error': CustomEvent<PlanErrorDetail>;
    'pcp-warning': CustomEvent<PlanWarningDetail>;
  }
  // They bubble to `document`, so a listener there is typed too.
  interface DocumentEventMap {
    'pcp-load': CustomEvent<PlanLoadDetail>;
    'pcp-error': CustomEvent<PlanErrorDetail>;
    'pcp-warning': CustomEvent<PlanWarningDetail>;
  }
}
