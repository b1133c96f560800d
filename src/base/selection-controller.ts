/**
 * Gives an element the shared selection of its `<pcp-plan>`, or a selection of its own when it
 * stands alone. `select()` also fires `pcp-select` from the element the reader used.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fire } from './events.js';
import { selectionContext, type PlanSelectDetail, type PlanSelection } from './selection-context.js';

/**
 * The selection of one element (see the top of this file).
 * @internal
 */
export class SelectionController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private shared: PlanSelection | undefined;
  private own: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    new ContextConsumer(host, {
      context: selectionContext,
      subscribe: true,
      callback: (selection) => {
        this.shared = selection;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Asked for again on reconnection; the old provider's selection no longer applies.
    this.shared = undefined;
  }

  /** The selected objective id. */
  get objectiveId(): string | undefined {
    return this.shared ? this.shared.objectiveId : this.own;
  }

  /**
   * Selects an objective for this element and, inside a `<pcp-plan>`, for its neighbours too. Fires
   * `pcp-select` every time a reader selects, even the objective already selected.
   */
  select(objectiveId: string | undefined): void {
    if (objectiveId !== this.objectiveId) {
      if (this.shared) this.shared.select(objectiveId);
      else {
        this.own = objectiveId;
        this.host.requestUpdate();
      }
    }
    fire<PlanSelectDetail>(this.host, 'pcp-select', { objectiveId });
  }

  /** Forgets this element's own selection (when its plan changes); a shared selection is the provider's. */
  clearOwn(): void {
    this.own = undefined;
  }
}
