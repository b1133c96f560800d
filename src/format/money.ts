/**
 * Money and percentages for readers in en-GB, on Intl: "£97,139,153", "£97.1m", "−£5,260,984"
 * (a true minus sign), "27.5%". One module, so every element writes figures the same way.
 */
const MINUS = '\u2212';

const fullFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const pennyFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** UK public-finance style for compact amounts: £97.1m, £1.2bn, £250k. */
const COMPACT_SUFFIXES: Record<string, string> = { K: 'k', M: 'm', B: 'bn', T: 'tn' };

export type MoneyFormat = 'full' | 'compact';

function withMinus(parts: Intl.NumberFormatPart[]): string {
  return parts
    .map((part) => {
      if (part.type === 'minusSign') return MINUS;
      if (part.type === 'compact') return COMPACT_SUFFIXES[part.value] ?? part.value;
      return part.value;
    })
    .join('');
}

/** £97,139,153 (full, whole pounds; pence kept when there are any) or £97.1m (compact). */
export function formatMoney(amount: number, format: MoneyFormat = 'full'): string {
  if (format === 'compact') return withMinus(compactFormat.formatToParts(amount));
  const formatter = Number.isInteger(amount) ? fullFormat : pennyFormat;
  return withMinus(formatter.formatToParts(amount));
}

/** The same amount as a screen reader should say it: "minus £5,260,984". */
export function spokenMoney(amount: number, format: MoneyFormat = 'full'): string {
  const text = formatMoney(Math.abs(amount), format);
  return amount < 0 ? `minus ${text}` : text;
}

const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixed(decimals: number): Intl.NumberFormat {
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(decimals, format);
  }
  return format;
}

/** A number for en-GB readers, with exactly `decimals` places when given ("1.0"). */
export function formatNumber(value: number, decimals?: number): string {
  return (decimals === undefined ? numberFormat : fixed(decimals)).format(value).replace('-', MINUS);
}

/** 27.5% ; with `signed`, +1.2% and −0.4% for changes; with `decimals`, exactly that many places ("1.0%"). */
export function formatPercent(value: number, options: { signed?: boolean; decimals?: number | undefined } = {}): string {
  const text = `${(options.decimals === undefined ? percentFormat : fixed(options.decimals)).format(Math.abs(value))}%`;
  if (value < 0) return `${MINUS}${text}`;
  return options.signed && value > 0 ? `+${text}` : text;
}

/** A change in money with its sign: +£638,118, −£739,244. */
export function formatMoneyChange(amount: number, format: MoneyFormat = 'full'): string {
  return amount > 0 ? `+${formatMoney(amount, format)}` : formatMoney(amount, format);
}
