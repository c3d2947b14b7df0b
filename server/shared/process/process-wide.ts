/**
 * State that must exist once per process, whichever copy of a module asks for it.
 *
 * The Remix compiler bundles the server modules the routes import into build/index.js, so a running server holds two
 * copies of e.g. server/db.ts: the one server/index.ts imported and the one inside the build. Module-level variables
 * would then be two: two embedded PGlite instances on one folder (each blind to the other's writes, so the outbox
 * worker never saw the e-mails the pages queued), two job registries. Such state lives on `globalThis` under a
 * registered symbol instead, created by whichever copy asks first.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`itt-mentor-services:${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}
