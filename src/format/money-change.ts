/**
 * Changes in money and amounts as a screen reader says them: "+£638,118", "minus £739,244 (minus
 * 0.8%)". Written with formatMoney and formatPercent (./money.ts), so they read like every other
 * figure; apart from them because only the budget table shows changes and spoken amounts, and a
 * shared chunk carries every export any element uses.
 */
import { formatMoney, formatPercent, MINUS, type MoneyFormat, type MoneyOptions } from './money.js';

const signWords = (options: MoneyOptions) => options.signs ?? { minus: 'minus', plus: 'plus' };

/** The same amount as a screen reader should say it: "minus £5,260,984". */
export function spokenMoney(amount: number, format: MoneyFormat = 'full', options: MoneyOptions = {}): string {
  const text = formatMoney(Math.abs(amount), format, options);
  return amount < 0 ? `${signWords(options).minus} ${text}` : text;
}

/** A change in money with its sign: +£638,118, −£739,244. */
export function formatMoneyChange(amount: number, format: MoneyFormat = 'full', options: MoneyOptions = {}): string {
  return amount > 0 ? `+${formatMoney(amount, format, options)}` : formatMoney(amount, format, options);
}

/** A change as a screen reader should say it: "minus £739,244 (minus 0.8%)". */
export function spokenChange(amount: number, percent: number | undefined, format: MoneyFormat = 'full', options: MoneyOptions = {}): string {
  const words = signWords(options);
  const money = amount > 0 ? `${words.plus} ${formatMoney(amount, format, options)}` : spokenMoney(amount, format, options);
  if (percent === undefined) return money;
  const shown = formatPercent(percent, { signed: true, decimals: 1, locale: options.locale });
  return `${money} (${shown.replace(MINUS, `${words.minus} `).replace('+', `${words.plus} `)})`;
}
