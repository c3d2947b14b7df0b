import { claimsRouter } from "../claims/router.ts";
import { placementsRouter } from "../placements/router.ts";
import { createCallerFactory, router } from "./init.ts";

export const appRouter = router({
  claims: claimsRouter,
  placements: placementsRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller; no HTTP endpoint is mounted (nothing in the browser needs one yet). */
export const createCaller = createCallerFactory(appRouter);
