import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { DomainError, NotFoundError } from "../errors.ts";
import { logger } from "../logger.ts";
import type { ServiceName, SessionUser } from "../auth/session.ts";
import type { Context } from "./context.ts";
import { perRequest } from "./request-cache.ts";
import { claimsSchoolFor } from "../claims/school/school.service.ts";

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
const mapDomainErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) {
      // Records are loaded under the caller's organisation, so another organisation's id lands here too.
      logDenial(ctx, `record not found under the caller's organisation (${cause.message})`, path);
      throw new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
    }
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
  return authed.use(({ ctx, next, path }) => {
    if (ctx.user.service !== service) denied(ctx, `wrong service (${service})`, path);
    return next({ ctx });
  });
}

/** Every denial is one warning with who, where, which request and why. */
function logDenial(ctx: Context, reason: string, procedure?: string) {
  logger.warn(
    { requestId: ctx.requestId, userId: ctx.user?.id ?? null, route: ctx.route ?? null, procedure, reason },
    "denied",
  );
}

function denied(ctx: Context, reason: string, procedure?: string): never {
  logDenial(ctx, reason, procedure);
  throw new TRPCError({ code: "NOT_FOUND" });
}

function supportOnly(service: ServiceName) {
  return inService(service).use(({ ctx, next, path }) => {
    if (!ctx.user.isSupport) denied(ctx, "not a support user", path);
    return next({ ctx });
  });
}

/** Input shape every school-scoped procedure takes; the guard checks membership before the resolver runs. */
export const SchoolScopedInput = z.object({ schoolId: z.string().uuid() });
export const ProviderScopedInput = z.object({ providerId: z.string().uuid() });

/**
 * The placements guards' organisation: a member's comes with the session (null when it is not onboarded to
 * placements); support's, or any when the context was built without a session, is read (once per request).
 */
async function placementsOrganisation(
  ctx: Context & { user: SessionUser },
  type: "school" | "provider",
  id: string,
): Promise<{ id: string; name: string } | null> {
  const member = ctx.user.organisations?.find((o) => o.type === type && o.id === id);
  if (member) return member.placementsService ? { id: member.id, name: member.name } : null;
  const where = { id, placementsService: true };
  const select = { id: true, name: true };
  return type === "school"
    ? perRequest(ctx, `placements:school-in-service:${id}`, () => ctx.db.school.findFirst({ where, select }))
    : perRequest(ctx, `placements:provider-in-service:${id}`, () => ctx.db.provider.findFirst({ where, select }));
}

function memberOfSchool(service: ServiceName) {
  return inService(service)
    .input(SchoolScopedInput)
    .use(async ({ ctx, input, next, path }) => {
      const user: SessionUser = ctx.user;
      if (!user.isSupport && !user.schoolIds.includes(input.schoolId)) denied(ctx, "not a member of the school", path);
      // In claims, the check reads the school as its pages show it (one statement for guard, layout and page).
      const school =
        service === "claims"
          ? await claimsSchoolFor(ctx, input.schoolId)
          : await placementsOrganisation(ctx, "school", input.schoolId);
      if (!school) denied(ctx, "school not in service", path);
      // The school's name comes with the check: the organisation header needs no second read.
      return next({ ctx: { ...ctx, schoolId: input.schoolId, school } });
    });
}

function memberOfProvider(service: ServiceName) {
  return inService(service)
    .input(ProviderScopedInput)
    .use(async ({ ctx, input, next, path }) => {
      if (!ctx.user.isSupport && !ctx.user.providerIds.includes(input.providerId))
        denied(ctx, "not a member of the provider", path);
      const provider =
        service === "placements"
          ? await placementsOrganisation(ctx, "provider", input.providerId)
          : await perRequest(ctx, `claims:provider-in-service:${input.providerId}`, () =>
              ctx.db.provider.findFirst({ where: { id: input.providerId }, select: { id: true, name: true } }),
            );
      if (!provider) denied(ctx, "provider not in service", path);
      return next({ ctx: { ...ctx, providerId: input.providerId, provider } });
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
