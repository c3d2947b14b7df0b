import { staticPage } from "~/features/content/static-pages";

const page = staticPage("cookies");
export const meta = page.meta;
export const handle = page.handle;
export const loader = page.loader;
export default page.Component;
