export { default, loader, meta } from "~/features/placements-school/hosting-interest-pages";
