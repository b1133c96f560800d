/** The custom events pcp-elements fire. All bubble and cross shadow roots, so a page can listen on `document`. */
import type { PlanFeed } from '../schema/plan.js';
import type { PlanErrorDetail } from '../loader/plan-error.js';

/** `detail` of `pcp-load`: the validated plan and where it came from (a URL, "inline" or "property"). */
export interface PlanLoadDetail {
  plan: PlanFeed;
  source: string;
}

export function fire<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/** `detail` of `pcp-warning`: something in the feed a reader should not take on trust (a total that does not add up). */
export interface PlanWarningDetail {
  path: string;
  message: string;
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
