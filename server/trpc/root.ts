import { claimsRouter } from "../claims/router.ts";
import { placementsRouter } from "../placements/router.ts";
import { createCallerFactory, router } from "./init.ts";

export const appRouter = router({
  claims: claimsRouter,
  placements: placementsRouter,
});

export type AppRouter = typeof appRouter;

/**
 * Server-side caller for loaders and actions. The app router is never served over HTTP: the browser reaches only
 * `suggestionsRouter` (server/shared/suggestions), at /api/trpc.
 */
export const createCaller = createCallerFactory(appRouter);
