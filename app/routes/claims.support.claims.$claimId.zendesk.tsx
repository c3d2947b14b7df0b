export {
  ZendeskPage as default,
  action,
  loader,
  zendeskMeta as meta,
} from "~/features/claims/support-claims/support-details-page";
