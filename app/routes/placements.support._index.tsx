export { consoleIndexLoader as loader } from "~/features/support/console.server";
