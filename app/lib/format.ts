/** Display formats used across both services (GOV.UK style). */
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** 1 September 2025 */
export function formatDate(value: Date | string) {
  return dateFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** 107200 → "£1,072.00" */
export function formatPence(pence: number) {
  return moneyFormat.format(pence / 100);
}
