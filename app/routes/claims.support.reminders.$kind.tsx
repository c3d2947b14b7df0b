export { action, default, loader, meta } from "~/features/claims/support-reminders/reminder-page";
