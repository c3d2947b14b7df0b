export { loader } from "~/features/users/add-user-start";
export { default } from "~/components/layout/RedirectOnly";
