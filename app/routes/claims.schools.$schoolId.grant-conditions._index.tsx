export { action, default, loader, meta } from "~/features/claims/grant-conditions/grant-conditions-page";
