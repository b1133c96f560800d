/**
 * The charts' keyboard model, shared by the wheel, funding and progress: the WAI-ARIA APG listbox
 * (single select, selection does not follow focus) over an ordered list of marks. One tab stop per
 * list (roving tabindex); ArrowRight/ArrowDown move to the next mark and ArrowLeft/ArrowUp to the
 * previous, round the ends (a wheel has no ends); Home and End jump to the first and last; Enter or
 * Space selects. Escape leaves the marks for the chart's next control (its "Show as table" button or
 * "Download CSV" link), so a keyboard user is never held in a chart of many marks and lands where
 * the chart's other versions are; Tab leaves too, as from any listbox.
 *
 * Each mark carries `data-key` (unique in the element): focus is moved by that key after the host has
 * rendered the new tab stop.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface MarkKeysOptions {
  /** Where Escape sends focus: the first control after the marks. */
  escapeTo(): HTMLElement | SVGElement | null | undefined;
}

export class MarkKeysController implements ReactiveController {
  /** The mark with keyboard focus (its `data-key`): it holds its list's tab stop. */
  focusKey: string | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: MarkKeysOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The list's one tab stop: the focused mark if it is in `keys`, else `fallback` (the selected mark) if it is, else the first. */
  tabStop(keys: readonly string[], fallback?: string): string | undefined {
    const { focusKey } = this;
    if (focusKey !== undefined && keys.includes(focusKey)) return focusKey;
    return fallback !== undefined && keys.includes(fallback) ? fallback : keys[0];
  }

  /** A mark took focus (by keyboard or pointer): it becomes its list's tab stop. */
  focused(key: string): void {
    if (this.focusKey === key) return;
    this.focusKey = key;
    this.host.requestUpdate();
  }

  /**
   * A key pressed on `mark`, one of `marks` (its list, in order). `select` is called for Enter and
   * Space. Keys the model does not use are left to the browser.
   */
  keydown<T extends { readonly key: string }>(event: KeyboardEvent, marks: readonly T[], mark: T, select: (mark: T) => void): void {
    const index = marks.indexOf(mark);
    const count = marks.length;
    let next: T | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = marks[(index + 1) % count];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = marks[(index - 1 + count) % count];
        break;
      case 'Home':
        next = marks[0];
        break;
      case 'End':
        next = marks[count - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        select(mark);
        return;
      case 'Escape':
        event.preventDefault();
        this.options.escapeTo()?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.moveFocus(next.key);
  }

  /** Makes `key` the tab stop and focuses it once the host has rendered. */
  moveFocus(key: string): void {
    this.focusKey = key;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus());
  }
}
