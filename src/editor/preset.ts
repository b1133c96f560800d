/**
 * The presets (themes/neutral.css, themes/govuk.css) set the elements' custom properties on `:root`. The
 * editor shows both side by side with its own look, so each applies only inside the preview that chose it.
 */
export function scopePreset(css: string, scope: string): string {
  return css.replace(/:root\b/g, scope);
}
