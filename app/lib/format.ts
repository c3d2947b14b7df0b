/** Display formats used across both services (GOV.UK style). */
import { boundedMemo } from "./bounded-memo.ts";

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
  return dateByTime(typeof value === "string" ? Date.parse(value) : value.getTime());
}
// A list shows the same dates and amounts on every view: each is formatted once (by its instant or pence).
const dateByTime = boundedMemo((time: number) => dateFormat.format(time));

/** 4 December 2026 at 9:05 (UK time) */
export function formatDateTime(value: Date | string) {
  return dateTimeByTime(typeof value === "string" ? Date.parse(value) : value.getTime());
}
const dateTimeByTime = boundedMemo((time: number) => dateTimeFormat.format(time));

/** 107200 → "£1,072.00" */
export function formatPence(pence: number) {
  return moneyByPence(pence);
}
const moneyByPence = boundedMemo((pence: number) => moneyFormat.format(pence / 100));
