/**
 * Inline styles that survive a strict Content-Security-Policy and server rendering:
 *
 *   html`<span style=${styleProps({ '--c': colour, flexGrow: '3' })}></span>`
 *
 * In the browser the styles are set through the CSSOM on every render and the `style` attribute is
 * never written: Lit's `styleMap` writes one on its first render, which `style-src 'self'` blocks,
 * while CSSOM changes are always allowed. On the server (`pcp render`) there is no CSSOM, so the
 * same styles come out as the attribute's text, and the bars of static HTML keep their proportions.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string>;

class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProps is the whole value of a style attribute: <span style=${styleProps({...})}>');
    }
  }

  /** Server rendering only: the styles as CSS text. */
  render(styles: Styles): string {
    return Object.entries(styles)
      .map(([name, value]) => `${toProperty(name)}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [styles]: [Styles]) {
    const style = part.element.style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(toProperty(name));
    for (const [name, value] of Object.entries(styles)) style.setProperty(toProperty(name), value);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

/** "flexGrow" → "flex-grow"; custom properties ("--c") stay as they are. */
function toProperty(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const styleProps = directive(StyleProps);
