export { action, default, loader, meta } from "~/features/support/jobs/jobs-page";
