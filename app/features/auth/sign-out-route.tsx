import { signOutAction } from "./sign-in.server";

/** POST only: sign-out is never a GET (a link or image cannot sign anyone out). */
export const action = signOutAction;
export async function loader() {
  throw new Response("Not found", { status: 404 });
}
