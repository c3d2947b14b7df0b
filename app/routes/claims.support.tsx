export { default } from "~/features/support/console-layout";
export { consoleLayoutLoader as loader } from "~/features/support/console.server";
