/**
 * WCAG 2 contrast between two CSS colours (any syntax the browser knows: names, hex, rgb(), hsl()),
 * resolved through a canvas. Used to warn about colours an author chooses.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** [r, g, b] of an opaque CSS colour, or undefined when it is unknown or translucent. */
export function toRgb(color: string): [number, number, number] | undefined {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#000';
  context.fillStyle = color;
  const resolved = String(context.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(resolved);
  if (!hex) return undefined; // translucent colours resolve to rgba(): not judged
  return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1 to 21) of two colours, or undefined when either cannot be resolved. */
export function contrastRatio(a: string, b: string): number | undefined {
  const first = toRgb(a);
  const second = toRgb(b);
  if (!first || !second) return undefined;
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
