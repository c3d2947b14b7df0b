export { action, default, loader, meta } from "~/features/placements-school/school-contact-page";
