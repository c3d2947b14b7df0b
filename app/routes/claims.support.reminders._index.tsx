export { default, loader, meta } from "~/features/claims/support-reminders/reminders-page";
