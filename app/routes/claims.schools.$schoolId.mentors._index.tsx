export { default, loader, meta } from "~/features/claims/mentors/mentors-page";
