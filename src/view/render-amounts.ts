/**
 * Feed text with the amounts in it kept whole, for printed tables. A module of its own so that only the
 * plan document, which draws them, carries it.
 */
import { html, nothing } from 'lit';
import type { PlanText } from './plan-text.js';
import { txt } from './render-text.js';

/** An amount with its sign and currency as one word: "+£10.11", "−£3.6m", "£1,204". */
const AMOUNT = /([+−-]?[£$€]\d[\d,]*(?:\.\d+)?(?:p|m|bn|k)?)/;

/**
 * Feed text as `txt` draws it, with each amount in it kept on one line: Unicode line breaking allows a
 * break between a sign and a currency sign ("+|£10.11"), which a narrow table column takes.
 */
export function txtAmountsWhole(value: PlanText | undefined): unknown {
  if (value === undefined) return nothing;
  if (value.parts) return value.parts.map(txtAmountsWhole);
  if (!AMOUNT.test(value.text)) return txt(value);
  const pieces = value.text.split(AMOUNT).map((piece, index) => (index % 2 ? html`<span class="amount">${piece}</span>` : piece));
  return value.lang !== undefined ? html`<span lang=${value.lang}>${pieces}</span>` : pieces;
}
