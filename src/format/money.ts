/** Money for readers in en-GB: "£97,139,153", "−£5,260,984" (a true minus sign, which screen readers say). */
const full = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatMoney(amount: number): string {
  return full.format(amount).replace('-', '\u2212');
}
