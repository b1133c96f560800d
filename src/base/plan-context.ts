/**
 * What `<pcp-plan>` shares with the elements inside it. The key is a global symbol so that two copies
 * of the library on one page (a CDN bundle and a per-element module) still find each other.
 */
import { createContext } from '@lit/context';
import type { PlanFeed } from '../schema/plan.js';
import type { PlanError } from '../loader/plan-error.js';

/** @internal */
export type PlanStatus = 'waiting' | 'loading' | 'ready' | 'error';

/**
 * The state of a plan feed as an element sees it.
 * @internal
 */
export interface PlanState {
  status: PlanStatus;
  plan?: PlanFeed | undefined;
  error?: PlanError | undefined;
}

/** @internal */
export const planContext = createContext<PlanState>(Symbol.for('pcp-elements/plan'));
