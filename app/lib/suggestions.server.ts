import { TRPCError } from "@trpc/server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const normalised = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The record an AutocompleteField pick names, or null (then the step searches the text as without JavaScript).
 *
 * A pick is honoured only if the hidden id is a UUID, the record loads through `load` (a procedure: the usual
 * authorisation and scoping apply; NOT_FOUND counts as no pick) and its name is the text the field now holds, so
 * editing the text after picking means a new search, and a forged id gains nothing the search would not show.
 */
export async function pickedSuggestion<T extends { name: string }>(
  values: Record<string, unknown>,
  pickName: string,
  text: string,
  load: (id: string) => Promise<T>,
): Promise<T | null> {
  const id = values[pickName];
  if (typeof id !== "string" || !UUID.test(id)) return null;
  let record: T;
  try {
    record = await load(id);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
  return normalised(record.name) === normalised(text) ? record : null;
}
