/**
 * Fits a label inside a ring segment (or the centre circle) of the wheel: wraps the words at a
 * width, stacks the lines round the segment's centre, and checks that the whole block lies inside
 * the segment. Tries smaller widths and font sizes until it fits; returns undefined when nothing
 * does, so the caller can fall back to a shorter text. Labels therefore never overflow or collide.
 */

/** An annular sector in d3's convention: angles in radians from 12 o'clock, clockwise. */
export interface Sector {
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

/** Width in px of `text` at `fontSize` px. */
export type Measure = (text: string, fontSize: number) => number;

/**
 * Text width by an average glyph width: the server (`pcp render`) has no fonts to measure with, and a
 * wheel hydrating server-rendered HTML must first lay out exactly as the server did.
 */
export const approximateWidth: Measure = (text, fontSize) => text.length * fontSize * 0.6;

export interface FittedLabel {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Centre of the block, relative to the wheel's centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitOptions {
  fontSizes: readonly number[];
  /** Space kept clear of the segment's edges, in px. */
  padding: number;
  lineHeight?: number;
  /** Lines that must come first, unwrapped (the objective's number). */
  prefix?: string[];
  /** At most this many lines of wrapped text (the prefix not counted); default unlimited. */
  maxLines?: number;
}

const TAU = Math.PI * 2;

/** The point at `radius` on the angle `angle` (d3 convention) as x, y. */
export function polar(angle: number, radius: number): [number, number] {
  return [Math.sin(angle) * radius, -Math.cos(angle) * radius];
}

export function pointInSector(x: number, y: number, sector: Sector, padding: number): boolean {
  const radius = Math.hypot(x, y);
  if (radius > sector.outerRadius - padding) return false;
  if (sector.innerRadius > 0 && radius < sector.innerRadius + padding) return false;
  const span = sector.endAngle - sector.startAngle;
  if (span >= TAU - 1e-9) return true;
  let angle = Math.atan2(x, -y) - sector.startAngle;
  angle = ((angle % TAU) + TAU) % TAU;
  // Keep `padding` px from the straight edges, measured along the arc at this radius.
  const margin = radius > 0 ? padding / radius : Math.PI;
  return angle >= margin && angle <= span - margin;
}

/** True when the box (centre cx, cy) lies in the sector: its edges are sampled, since the inner edge is curved. */
function boxInSector(cx: number, cy: number, width: number, height: number, sector: Sector, padding: number): boolean {
  const left = cx - width / 2;
  const top = cy - height / 2;
  const steps = Math.max(2, Math.ceil(Math.max(width, height) / 4));
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const points: Array<[number, number]> = [
      [left + width * t, top],
      [left + width * t, top + height],
      [left, top + height * t],
      [left + width, top + height * t],
    ];
    if (!points.every(([x, y]) => pointInSector(x, y, sector, padding))) return false;
  }
  return true;
}

/** Greedy word wrap at `maxWidth`; undefined when one word alone is wider. */
export function wrapWords(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= maxWidth) {
      line = candidate;
    } else {
      if (measure(word, fontSize) > maxWidth) return undefined;
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function fitLabel(text: string, sector: Sector, measure: Measure, options: FitOptions): FittedLabel | undefined {
  const lineHeightRatio = options.lineHeight ?? 1.15;
  const span = sector.endAngle - sector.startAngle;
  const middleAngle = sector.startAngle + span / 2;
  const whole = sector.innerRadius === 0 && span >= TAU - 1e-9;
  // Centred first; then further out (where a segment is wider) and further in.
  const anchors = whole ? [0] : [0.5, 0.6, 0.4, 0.7, 0.3, 0.8].map((t) => sector.innerRadius + (sector.outerRadius - sector.innerRadius) * t);
  const area = (span / 2) * (sector.outerRadius ** 2 - sector.innerRadius ** 2);
  for (const fontSize of options.fontSizes) {
    const lineHeight = Math.ceil(fontSize * lineHeightRatio);
    // Wrapped, the lines are at least half as wide as the text in one line (breaks drop only spaces), so
    // a text with more area than the segment cannot fit: skip the wrapping, which for a very long title
    // (a hostile feed's thousands of characters) would otherwise hold up the page for many seconds.
    if (text && (measure(text, fontSize) / 2) * lineHeight > area) continue;
    for (const radius of anchors) {
      const [cx, cy] = polar(middleAngle, radius);
      // No line can be wider than the segment's chord at its outer edge: start there, narrow by a tenth.
      const widest = span >= Math.PI ? sector.outerRadius * 2 : 2 * sector.outerRadius * Math.sin(span / 2);
      for (let width = widest; width >= fontSize; width = Math.floor(width * 0.9)) {
        const wrapped = text ? wrapWords(text, width, fontSize, measure) : [];
        if (!wrapped) continue;
        // Narrower only wraps onto more lines: past the most allowed, try the next anchor.
        if (options.maxLines !== undefined && wrapped.length > options.maxLines) break;
        const lines = [...(options.prefix ?? []), ...wrapped];
        const blockWidth = Math.max(...lines.map((line) => measure(line, fontSize)), 0);
        const blockHeight = lines.length * lineHeight;
        if (boxInSector(cx, cy, blockWidth, blockHeight, sector, options.padding)) {
          return { lines, fontSize, lineHeight, x: cx, y: cy, width: blockWidth, height: blockHeight };
        }
        if (!text) break; // only the prefix: its width does not depend on the wrap width
      }
    }
  }
  return undefined;
}
