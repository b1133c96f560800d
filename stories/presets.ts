/** The theme presets of themes/, applied to a story's wrapper instead of :root. */
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import govuk from '../themes/govuk.css?raw';
import neutral from '../themes/neutral.css?raw';

export const PRESETS = { neutral, govuk } as const;
export type PresetName = keyof typeof PRESETS;

/** Wraps a story in a preset. (Storybook only: the CSS is our own file, not feed content.) */
export function withPreset(name: PresetName, story: TemplateResult): TemplateResult {
  const css = PRESETS[name].replace(':root', `[data-preset='${name}']`);
  return html`<style>
      ${unsafeHTML(css)}</style
    ><div data-preset=${name}>${story}</div>`;
}
