import { ContextRoot } from '@lit/context';
import { PcpPlan } from './pcp-plan.js';

// Elements may upgrade before the <pcp-plan> around them (scripts load in any order on a CMS page).
// A ContextRoot replays their unanswered requests when the provider appears.
const rootKey = Symbol.for('pcp-elements/context-root');
const globalScope = globalThis as unknown as Record<symbol, boolean>;
if (typeof document !== 'undefined' && !globalScope[rootKey]) {
  globalScope[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

if (!customElements.get('pcp-plan')) customElements.define('pcp-plan', PcpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-plan': PcpPlan;
  }
}

export { PcpPlan };
