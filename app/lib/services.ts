/** The two services this app powers, told apart by the first path segment. */
export type ServiceName = "claims" | "placements";

export const SERVICE_NAMES: Record<ServiceName, string> = {
  claims: "Claim funding for mentor training",
  placements: "Manage school placements",
};

export function serviceFromPath(pathname: string): ServiceName | null {
  const first = pathname.split("/")[1];
  return first === "claims" || first === "placements" ? first : null;
}

/** "[Error: ]Page – Service name – GOV.UK" */
export function pageTitle(page: string, service: ServiceName | null, hasError = false) {
  // A service's start page is titled by the service name alone.
  const serviceName = service && SERVICE_NAMES[service] !== page ? SERVICE_NAMES[service] : null;
  const parts = [page, serviceName, "GOV.UK"].filter(Boolean);
  return `${hasError ? "Error: " : ""}${parts.join(" – ")}`;
}

/** The support console's home: schools in claims (as the reference), organisations in placements. */
export function supportHomePath(service: ServiceName) {
  return service === "claims" ? "/claims/support/schools" : "/placements/support/organisations";
}

/** Where a member of several organisations picks one. */
export function organisationPickerPath(service: ServiceName) {
  return service === "claims" ? "/claims/schools" : "/placements/organisations";
}

type OrganisationLink = { id: string; kind: "school" | "provider" };

/** Where a user lands after sign-in: support → console, one organisation → its home, several → picker. */
export function landingPath(service: ServiceName, isSupport: boolean, organisations: OrganisationLink[]): string {
  if (isSupport) return supportHomePath(service);
  if (organisations.length === 1) return organisationHomePath(service, organisations[0]);
  return organisationPickerPath(service);
}

export function organisationHomePath(service: ServiceName, org: OrganisationLink) {
  if (service === "claims")
    return org.kind === "school" ? `/claims/schools/${org.id}/claims` : `/claims/providers/${org.id}/claims`;
  return org.kind === "school" ? `/placements/schools/${org.id}` : `/placements/providers/${org.id}/find`;
}
