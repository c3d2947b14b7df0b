/** Display formats used across both services (GOV.UK style). */
// UK dates: an instant (a submission time) is shown on its date in England, and a date column (UTC midnight) on its
// own date, which midnight UTC always is in London too (00:00 GMT or 01:00 BST).
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
// Formatters are made once: an Intl formatter costs far more to make than to use (toLocaleString makes one per call).
const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** 1 September 2025 (the UK date) */
export function formatDate(value: Date | string) {
  return dateFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** 4 December 2026 at 9:05 (UK time) */
export function formatDateTime(value: Date | string) {
  return dateTimeFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** 107200 → "£1,072.00" */
export function formatPence(pence: number) {
  return moneyFormat.format(pence / 100);
}
