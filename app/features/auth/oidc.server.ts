import type { ServiceName } from "~/lib/services";

/**
 * DfE Sign-in (OpenID Connect) for both services. Placeholder until the OIDC client lands:
 * without an identity provider session there is nothing to end remotely.
 */
export async function endSessionUrl(service: ServiceName, _idToken: string) {
  return `/${service}/sign-in`;
}
