const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** 107200 → "£1,072.00" (for e-mail bodies; pages use app/lib/format.ts formatPence). */
export function formatMoney(pence: number) {
  return moneyFormat.format(pence / 100);
}
