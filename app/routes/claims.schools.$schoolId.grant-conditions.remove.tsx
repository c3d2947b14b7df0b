export { action, default, loader, meta } from "~/features/claims/grant-conditions/remove-acceptance-page";
