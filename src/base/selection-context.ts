/**
 * The objective a reader has selected, shared by the elements inside one `<pcp-plan>`: picking a
 * segment of the priority wheel opens the same objective in `<pcp-objectives>` beside it.
 */
import { createContext } from '@lit/context';

/** @internal */
export interface PlanSelection {
  /** The selected objective's id, or undefined. */
  objectiveId: string | undefined;
  /** Selects an objective (or clears the selection) for every element sharing this plan. */
  select(objectiveId: string | undefined): void;
}

/** @internal */
export const selectionContext = createContext<PlanSelection>(Symbol.for('pcp-elements/selection'));

/** `detail` of `pcp-select`. */
export interface PlanSelectDetail {
  objectiveId: string | undefined;
  /** From `<pcp-funding>`: the share selected (no objective: `objectiveId` is undefined). */
  share?: { set: string; index: number; label: string } | undefined;
  /** From `<pcp-progress>`: the measure selected, and the period when it is one of its values over time. */
  measure?: { id: string; period?: string | undefined } | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'pcp-select': CustomEvent<PlanSelectDetail>;
  }
  interface DocumentEventMap {
    'pcp-select': CustomEvent<PlanSelectDetail>;
  }
}
