import { z } from "zod";

const uuid = z.string().uuid();

/** A route id parameter, or a 404: a malformed id is "not found", never a 500. */
export function idParam(params: Record<string, string | undefined>, name: string): string {
  const result = uuid.safeParse(params[name]);
  if (!result.success) throw new Response("Not found", { status: 404 });
  return result.data;
}
