import { procedures, router } from "../../trpc/init.ts";
import { ListProviderClaimsInput, ProviderClaimIdInput } from "./provider-claims.schema.ts";
import { getProviderClaim, getProviderForPortal, listProviderClaims } from "./provider-claims.service.ts";

/** `claims.providerClaims.*`: the provider portal (members of the provider, or support). */
export const claimsProviderClaimsRouter = router({
  provider: procedures.claimsProvider.query(({ ctx }) => getProviderForPortal(ctx.db, ctx.providerId)),
  list: procedures.claimsProvider
    .input(ListProviderClaimsInput)
    .query(({ ctx, input }) =>
      listProviderClaims(ctx.db, ctx.providerId, { schoolIds: input.schoolIds, schoolSearch: input.schoolSearch }),
    ),
  byId: procedures.claimsProvider
    .input(ProviderClaimIdInput)
    .query(({ ctx, input }) => getProviderClaim(ctx.db, ctx.providerId, input.claimId)),
});
