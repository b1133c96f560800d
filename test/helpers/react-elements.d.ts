// The JSX types docs/frameworks.md tells React users to add (there imported from 'pcp-elements/api.js'). The React
// tests are written in JSX, so `npm run typecheck` checks these types against how the tests use the elements.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PlanLoadDetail } from '../../src/base/events.js';
import type { PlanSelectDetail } from '../../src/base/selection-context.js';
import type { PlanErrorDetail } from '../../src/loader/plan-error.js';
import type { ObjectivesLayout, PcpObjectives } from '../../src/objectives/pcp-objectives.js';
import type { PcpPlan } from '../../src/plan/pcp-plan.js';
import type { PcpPlanSummary } from '../../src/plan-summary/pcp-plan-summary.js';
import type { Plan } from '../../src/schema/plan.js';

/** What every pcp element takes in React 19: properties, attributes and `on<event>` listeners. */
type PcpProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  plan?: Plan;
  src?: string;
  timeout?: number;
  'heading-level'?: number;
  'onpcp-load'?: (event: CustomEvent<PlanLoadDetail>) => void;
  'onpcp-error'?: (event: CustomEvent<PlanErrorDetail>) => void;
  'onpcp-select'?: (event: CustomEvent<PlanSelectDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pcp-plan': PcpProps<PcpPlan> & { selected?: string };
      'pcp-objectives': PcpProps<PcpObjectives> & {
        layout?: ObjectivesLayout;
        objective?: string;
        reading?: 'plan' | 'easy';
      };
      'pcp-plan-summary': PcpProps<PcpPlanSummary>;
    }
  }
}
