/**
 * Sets inline styles through the CSSOM only, on every render. Lit's `styleMap` writes a `style="…"`
 * attribute on its first render, which a strict Content-Security-Policy (`style-src 'self'`) blocks;
 * CSSOM changes are always allowed.
 *
 *   html`<span ${styleProps({ '--c': colour, flexGrow: '3' })}></span>`
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string>;

class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps goes in an element position: <span ${styleProps({...})}>');
  }

  render(_styles: Styles) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(toProperty(name));
    for (const [name, value] of Object.entries(styles)) style.setProperty(toProperty(name), value);
    this.previous = new Set(Object.keys(styles));
    return nothing;
  }
}

/** "flexGrow" → "flex-grow"; custom properties ("--c") stay as they are. */
function toProperty(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const styleProps = directive(StyleProps);
