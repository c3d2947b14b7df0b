export { default, loader, meta } from "~/features/school-mentors/mentors-page";
