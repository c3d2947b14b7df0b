export { UnableToChangePage as default, unableMeta as meta } from "~/features/placements-school/hosting-interest-pages";
