import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { DomainError, NotFoundError } from "../errors.ts";
import { logger } from "../logger.ts";
import type { ServiceName, SessionUser } from "../auth/session.ts";
import type { Context } from "./context.ts";

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    isServer: true,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      return {
        ...shape,
        data: {
          ...shape.data,
          stack: undefined,
          zodIssues:
            cause instanceof ZodError
              ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
              : null,
          field: cause instanceof DomainError ? (cause.field ?? null) : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Turns service-layer errors into tRPC errors with the same meaning. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
    if (cause instanceof DomainError) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  return result;
});

/**
 * Procedures are built only from the guarded bases below; `guard` records which one,
 * so a test can prove every procedure in the app router has one.
 */
const base = t.procedure.use(mapDomainErrors);

/** Signed in, in the service the request came through. */
const authed = base.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  if (ctx.service && ctx.user.service !== ctx.service) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function inService(service: ServiceName) {
  return authed.use(({ ctx, next }) => {
    if (ctx.user.service !== service) {
      logger.warn({ requestId: ctx.requestId, userId: ctx.user.id, service }, "denied: wrong service");
      throw new TRPCError({ code: "NOT_FOUND" });
    }
    return next({ ctx });
  });
}

function denied(ctx: Context, reason: string): never {
  logger.warn({ requestId: ctx.requestId, userId: ctx.user?.id, reason }, "denied");
  throw new TRPCError({ code: "NOT_FOUND" });
}

function supportOnly(service: ServiceName) {
  return inService(service).use(({ ctx, next }) => {
    if (!ctx.user.isSupport) denied(ctx, "not a support user");
    return next({ ctx });
  });
}

/** Input shape every school-scoped procedure takes; the guard checks membership before the resolver runs. */
export const SchoolScopedInput = z.object({ schoolId: z.string().uuid() });
export const ProviderScopedInput = z.object({ providerId: z.string().uuid() });

function memberOfSchool(service: ServiceName) {
  return inService(service)
    .input(SchoolScopedInput)
    .use(async ({ ctx, input, next }) => {
      const user: SessionUser = ctx.user;
      const serviceFlag = service === "claims" ? { claimsService: true } : { placementsService: true };
      if (!user.isSupport && !user.schoolIds.includes(input.schoolId)) denied(ctx, "not a member of the school");
      const school = await ctx.db.school.findFirst({
        where: { id: input.schoolId, ...serviceFlag },
        select: { id: true },
      });
      if (!school) denied(ctx, "school not in service");
      return next({ ctx: { ...ctx, schoolId: input.schoolId } });
    });
}

function memberOfProvider(service: ServiceName) {
  return inService(service)
    .input(ProviderScopedInput)
    .use(async ({ ctx, input, next }) => {
      if (!ctx.user.isSupport && !ctx.user.providerIds.includes(input.providerId))
        denied(ctx, "not a member of the provider");
      const provider = await ctx.db.provider.findFirst({
        where: { id: input.providerId, ...(service === "placements" ? { placementsService: true } : {}) },
        select: { id: true },
      });
      if (!provider) denied(ctx, "provider not in service");
      return next({ ctx: { ...ctx, providerId: input.providerId } });
    });
}

export const procedures = {
  /** Any signed-in user of the service the request came through. */
  claimsUser: inService("claims").meta({ guard: "claimsUser" }),
  claimsSchool: memberOfSchool("claims").meta({ guard: "claimsSchool" }),
  claimsSupport: supportOnly("claims").meta({ guard: "claimsSupport" }),
  /** A provider's pages in claims (the provider portal): members of the provider, or support. */
  claimsProvider: memberOfProvider("claims").meta({ guard: "claimsProvider" }),
  placementsUser: inService("placements").meta({ guard: "placementsUser" }),
  placementsSchool: memberOfSchool("placements").meta({ guard: "placementsSchool" }),
  placementsProvider: memberOfProvider("placements").meta({ guard: "placementsProvider" }),
  placementsSupport: supportOnly("placements").meta({ guard: "placementsSupport" }),
  /**
   * Deliberately unauthenticated procedures (sign-in, persona list). Named so that a
   * reviewer sees it, and the guard test lists them explicitly.
   */
  public: base.meta({ guard: "public" }),
};

export type Meta = { guard: string };
