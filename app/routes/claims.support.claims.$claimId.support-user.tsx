export {
  SupportUserPage as default,
  action,
  loader,
  supportUserMeta as meta,
} from "~/features/claims/support-claims/support-details-page";
