export { loader } from "~/features/users/add-user-start";
