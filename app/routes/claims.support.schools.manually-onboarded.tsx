export {
  default,
  loader,
  meta,
} from "~/features/claims/support-manually-onboarded-schools/manually-onboarded-schools-page";
