/**
 * Starts background work (outbox delivery, session purge, schedules).
 * Returns a function that stops it; filled in by the jobs module.
 */
export async function startBackground(): Promise<() => Promise<void>> {
  return async () => {};
}
