/**
 * Persona users for development / demo sign-in (reference: config/initializers/persona.rb). Users are per service,
 * so the same person has one record per service. The sign-in page lists PERSONAS filtered by service.
 */
export type PersonaService = "claims" | "placements";
export type PersonaKind = "user" | "support";
export type PersonaType =
  "Claims::User" | "Claims::ProviderUser" | "Claims::SupportUser" | "Placements::User" | "Placements::SupportUser";

export type Persona = {
  service: PersonaService;
  email: string;
  firstName: string;
  lastName: string;
  kind: PersonaKind;
  type: PersonaType;
  description: string;
};

export const PERSONAS: readonly Persona[] = [
  {
    service: "claims",
    email: "anne_wilson@example.org",
    firstName: "Anne",
    lastName: "Wilson",
    kind: "user",
    type: "Claims::User",
    description: "School user with access to one school (Springfield Primary School).",
  },
  {
    service: "claims",
    email: "mary@example.com",
    firstName: "Mary",
    lastName: "Lawson",
    kind: "user",
    type: "Claims::User",
    description: "School user with access to several schools; one has not accepted the grant conditions yet.",
  },
  {
    service: "claims",
    email: "patricia@example.com",
    firstName: "Patricia",
    lastName: "Adebayo",
    kind: "user",
    type: "Claims::ProviderUser",
    description: "Provider user for Best Practice Network and the National Institute of Teaching.",
  },
  {
    service: "claims",
    email: "colin.chapman@education.gov.uk",
    firstName: "Colin",
    lastName: "Chapman",
    kind: "support",
    type: "Claims::SupportUser",
    description: "Support user (DfE) with access to every organisation and the support console.",
  },
  {
    service: "claims",
    email: "priya.shah@education.gov.uk",
    firstName: "Priya",
    lastName: "Shah",
    kind: "support",
    type: "Claims::SupportUser",
    description: "A second support user (DfE): approves the clawbacks another support user requested (four eyes).",
  },
  {
    service: "placements",
    email: "anne_wilson@example.org",
    firstName: "Anne",
    lastName: "Wilson",
    kind: "user",
    type: "Placements::User",
    description: "School user with access to one school (Riverside Primary School).",
  },
  {
    service: "placements",
    email: "mary@example.com",
    firstName: "Mary",
    lastName: "Lawson",
    kind: "user",
    type: "Placements::User",
    description: "School user with access to several schools (primary, secondary, all-through).",
  },
  {
    service: "placements",
    email: "patricia@example.com",
    firstName: "Patricia",
    lastName: "Adebayo",
    kind: "user",
    type: "Placements::User",
    description: "Provider user for Best Practice Network.",
  },
  {
    service: "placements",
    email: "colin.chapman@education.gov.uk",
    firstName: "Colin",
    lastName: "Chapman",
    kind: "support",
    type: "Placements::SupportUser",
    description: "Support user (DfE) with access to every organisation and the support console.",
  },
];

export function personasFor(service: PersonaService): Persona[] {
  return PERSONAS.filter((p) => p.service === service);
}

/** Which organisations each persona belongs to in the seed (school URNs / provider codes). */
export const PERSONA_ORGANISATIONS: Record<string, { schools?: string[]; providers?: string[] }> = {
  "claims:anne_wilson@example.org": { schools: ["107993"] },
  "claims:mary@example.com": { schools: ["100521", "101337", "110532"] },
  "claims:patricia@example.com": { providers: ["1BN", "2N8"] },
  "placements:anne_wilson@example.org": { schools: ["105788"] },
  "placements:mary@example.com": { schools: ["100521", "136782", "141297", "100276"] },
  "placements:patricia@example.com": { providers: ["1BN"] },
};
