/**
 * Elements may upgrade before the <pcp-plan> around them (scripts load in any order on a CMS page).
 * A ContextRoot, attached before any element asks for a plan, records unanswered requests and
 * replays them when a provider appears. One per page, even with two copies of the library.
 */
import { ContextRoot } from '@lit/context';

const rootKey = Symbol.for('pcp-elements/context-root');
const globalScope = globalThis as unknown as Record<symbol, boolean>;
if (typeof document !== 'undefined' && !globalScope[rootKey]) {
  globalScope[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}
