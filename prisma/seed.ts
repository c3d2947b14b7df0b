/**
 * Seed: reference data (regions and rates, academic years, claim windows, subjects, key stages, terms, SEN provisions,
 * bank holidays), ~50 demo schools over the four regions, ~20 providers, mentors, the persona users and a little demo
 * activity (claims for Mary's school, placements for the placements personas).
 *
 * Idempotent: every row is found by a natural key (or a deterministic id) and only created when missing, so running
 * it twice changes nothing. Run: `tsx prisma/seed.ts` (DATABASE_URL, else PGlite in PGLITE_DIR || .data/pglite).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "./generated/client.ts";
import type { PlacementYearGroup, Service } from "./generated/enums.ts";
import { MENTORS } from "./seed-data/mentors.ts";
import { PERSONAS, PERSONA_ORGANISATIONS, type Persona } from "./seed-data/personas.ts";
import { BEST_PRACTICE_NETWORK_CODE, NIOT_CODE, PROVIDERS } from "./seed-data/providers.ts";
import { BANK_HOLIDAYS, KEY_STAGES, SEN_PROVISIONS, SUBJECTS, TERMS, TRUSTS } from "./seed-data/reference-data.ts";
import { REGIONS } from "./seed-data/regions.ts";
import { MANUAL_ORGANISATION, SCHOOLS } from "./seed-data/schools.ts";
import { rebuildGazetteer } from "../server/placements/gazetteer/gazetteer.service.ts";

type Db = PrismaClient;

export type SeedOptions = { today?: Date; log?: (message: string) => void };

// ---------------------------------------------------------------------------------------------------------------
// Dates (all @db.Date values are UTC midnights)
// ---------------------------------------------------------------------------------------------------------------

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function startOfDay(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The start year of the academic year (1 September to 31 August) containing date. */
export function academicYearStartYear(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function academicYearFor(startYear: number) {
  return {
    name: `${startYear} to ${startYear + 1}`,
    startsOn: utcDate(startYear, 9, 1),
    endsOn: utcDate(startYear + 1, 8, 31),
  };
}

/** Deterministic UUID for seed rows without a natural key (so re-runs find them). */
export function seedUuid(name: string): string {
  const h = createHash("sha1").update(`itt-mentor-services-seed:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80)
    .toString(16)
    .padStart(2, "0")}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------------------------------------------

export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  const today = startOfDay(options.today ?? new Date());
  const log = options.log ?? (() => {});

  // Regions -------------------------------------------------------------------------------------------------------
  const regionIds = new Map<string, string>();
  for (const r of REGIONS) {
    const row = await db.region.upsert({
      where: { name: r.name },
      create: { name: r.name, claimsFundingAvailablePerHourPence: r.claimsFundingAvailablePerHourPence },
      update: {},
    });
    regionIds.set(r.name, row.id);
  }

  // Academic years: 2023 to 2024 … 2027 to 2028, plus previous/current/next around today ---------------------------
  const currentStart = academicYearStartYear(today);
  const years = new Set<number>([2023, 2024, 2025, 2026, 2027, currentStart - 1, currentStart, currentStart + 1]);
  const academicYearIds = new Map<number, string>();
  for (const y of [...years].sort()) {
    const ay = academicYearFor(y);
    const row = await db.academicYear.upsert({ where: { name: ay.name }, create: ay, update: {} });
    academicYearIds.set(y, row.id);
  }
  const currentAyId = academicYearIds.get(currentStart)!;
  const previousAyId = academicYearIds.get(currentStart - 1)!;
  const nextAyId = academicYearIds.get(currentStart + 1)!;

  // Claim windows ---------------------------------------------------------------------------------------------------
  // Past window in the previous academic year: 2 May – 19 July.
  const previousWindowId = await ensureClaimWindow(
    db,
    previousAyId,
    utcDate(currentStart, 5, 2),
    utcDate(currentStart, 7, 19),
  );
  const currentWindowId = await ensureCurrentClaimWindow(db, today, currentStart, currentAyId);

  // Reference lists -------------------------------------------------------------------------------------------------
  const subjectIds = new Map<string, string>();
  for (const s of SUBJECTS) {
    const parent = await upsertSubject(db, s.name, s.code, s.subjectArea, null);
    subjectIds.set(s.name, parent);
    for (const child of s.children ?? []) {
      subjectIds.set(child.name, await upsertSubject(db, child.name, child.code, child.subjectArea, parent));
    }
  }
  const keyStageIds = new Map<string, string>();
  for (const name of KEY_STAGES) {
    keyStageIds.set(name, (await db.keyStage.upsert({ where: { name }, create: { name }, update: {} })).id);
  }
  const termIds = new Map<string, string>();
  for (const name of TERMS) {
    termIds.set(name, (await db.term.upsert({ where: { name }, create: { name }, update: {} })).id);
  }
  const senIds: string[] = [];
  for (const name of SEN_PROVISIONS) {
    senIds.push((await db.senProvision.upsert({ where: { name }, create: { name }, update: {} })).id);
  }
  for (const b of BANK_HOLIDAYS) {
    const [y, m, d] = b.date.split("-").map(Number);
    await db.bankHoliday.upsert({
      where: { date: utcDate(y, m, d) },
      create: { date: utcDate(y, m, d), title: b.title },
      update: {},
    });
  }
  const trustIds = new Map<string, string>();
  for (const t of TRUSTS) {
    trustIds.set(t.uid, (await db.trust.upsert({ where: { uid: t.uid }, create: t, update: {} })).id);
  }
  log("reference data");

  // Schools ---------------------------------------------------------------------------------------------------------
  const schoolIds = new Map<string, string>();
  for (const [i, s] of SCHOOLS.entries()) {
    const { region, trustUid, lastInspectionDate, ...fields } = s;
    const [y, m, d] = lastInspectionDate.split("-").map(Number);
    const row = await db.school.upsert({
      where: { urn: s.urn },
      create: {
        ...fields,
        lastInspectionDate: utcDate(y, m, d),
        regionId: regionIds.get(region)!,
        trustId: trustUid ? trustIds.get(trustUid)! : null,
      },
      update: {},
    });
    schoolIds.set(s.urn, row.id);
    if (s.sendProvision === "Resourced provision") {
      for (const senId of [senIds[i % senIds.length], senIds[(i + 7) % senIds.length]]) {
        await db.schoolSenProvision.upsert({
          where: { schoolId_senProvisionId: { schoolId: row.id, senProvisionId: senId } },
          create: { schoolId: row.id, senProvisionId: senId },
          update: {},
        });
      }
    }
  }

  // Providers -------------------------------------------------------------------------------------------------------
  const providerIds = new Map<string, string>();
  for (const p of PROVIDERS) {
    const { emails, ...fields } = p;
    const row = await db.provider.upsert({
      where: { code: p.code },
      create: { ...fields, country: "England", emailAddress: emails[0] },
      update: {},
    });
    providerIds.set(p.code, row.id);
    for (const [i, emailAddress] of emails.entries()) {
      await db.providerEmailAddress.upsert({
        where: { providerId_emailAddress: { providerId: row.id, emailAddress } },
        create: { providerId: row.id, emailAddress, primary: i === 0 },
        update: {},
      });
    }
  }
  log("organisations");

  // Mentors ---------------------------------------------------------------------------------------------------------
  const mentorIds: string[] = [];
  for (const [trn, firstName, lastName] of MENTORS) {
    mentorIds.push((await db.mentor.upsert({ where: { trn }, create: { trn, firstName, lastName }, update: {} })).id);
  }
  const mentorsFor = async (service: Service, urn: string, indexes: number[]) => {
    const schoolId = schoolIds.get(urn)!;
    const type = service === "claims" ? "Claims::MentorMembership" : "Placements::MentorMembership";
    for (const i of indexes) {
      await db.mentorMembership.upsert({
        where: { type_schoolId_mentorId: { type, schoolId, mentorId: mentorIds[i] } },
        create: { type, service, schoolId, mentorId: mentorIds[i] },
        update: {},
      });
    }
  };
  await mentorsFor("claims", "107993", [0, 1, 2, 3]); // Anne: Springfield Primary
  await mentorsFor("claims", "100521", [4, 5, 6, 7, 8]); // Mary: Hillside Academy
  await mentorsFor("claims", "101337", [9, 10, 11]); // Mary: Oakwood Primary
  await mentorsFor("claims", "110532", [12, 13]); // Mary: St Mary's CofE Primary
  await mentorsFor("claims", "100237", [27, 28]);
  await mentorsFor("claims", "107938", [29]);
  await mentorsFor("placements", "105788", [14, 15, 16, 17]); // Anne: Riverside Primary
  await mentorsFor("placements", "100521", [4, 5, 6]); // Mary: Hillside Academy
  await mentorsFor("placements", "136782", [18, 19, 20, 21]); // Mary: Greenfield Secondary
  await mentorsFor("placements", "141297", [22, 23, 24]); // Mary: Meadow View All-through
  await mentorsFor("placements", "100276", [25, 26]); // Mary: Gospel Oak Primary

  // Users and memberships -------------------------------------------------------------------------------------------
  const userIds = new Map<string, string>();
  for (const p of PERSONAS) {
    const id = await upsertUser(db, p, p.service === "placements" && p.kind === "user" ? nextAyId : null);
    userIds.set(`${p.service}:${p.email}`, id);
    const orgs = PERSONA_ORGANISATIONS[`${p.service}:${p.email}`] ?? {};
    for (const urn of orgs.schools ?? []) await upsertMembership(db, id, "School", schoolIds.get(urn)!);
    for (const code of orgs.providers ?? []) await upsertMembership(db, id, "Provider", providerIds.get(code)!);
  }
  const colinClaims = userIds.get("claims:colin.chapman@education.gov.uk")!;
  const colinPlacements = userIds.get("placements:colin.chapman@education.gov.uk")!;
  const anneClaims = userIds.get("claims:anne_wilson@example.org")!;
  const maryClaims = userIds.get("claims:mary@example.com")!;
  const annePlacements = userIds.get("placements:anne_wilson@example.org")!;
  const maryPlacements = userIds.get("placements:mary@example.com")!;

  // Claims onboarding: eligibility for the current academic year (and the previous one for the personas' schools);
  // grant conditions accepted for Anne's school and two of Mary's (not Oakwood Primary, 101337).
  for (const s of SCHOOLS.filter((s) => s.claimsService)) {
    await upsertEligibility(db, schoolIds.get(s.urn)!, currentAyId);
  }
  for (const urn of ["107993", "100521", "101337", "110532"]) {
    await upsertEligibility(db, schoolIds.get(urn)!, previousAyId);
  }
  for (const [urn, userId] of [
    ["107993", anneClaims],
    ["100521", maryClaims],
    ["110532", maryClaims],
  ] as const) {
    await db.school.updateMany({
      where: { id: schoolIds.get(urn)!, claimsGrantConditionsAcceptedAt: null },
      data: { claimsGrantConditionsAcceptedAt: addDays(today, -30), claimsGrantConditionsAcceptedById: userId },
    });
  }
  // A manually onboarded organisation (no URN, vendor number).
  const manual = await db.school.upsert({
    where: { vendorNumber: MANUAL_ORGANISATION.vendorNumber },
    create: {
      vendorNumber: MANUAL_ORGANISATION.vendorNumber,
      name: MANUAL_ORGANISATION.name,
      address1: MANUAL_ORGANISATION.address1,
      town: MANUAL_ORGANISATION.town,
      postcode: MANUAL_ORGANISATION.postcode,
      telephone: MANUAL_ORGANISATION.telephone,
      website: MANUAL_ORGANISATION.website,
      regionId: regionIds.get(MANUAL_ORGANISATION.region)!,
      claimsService: true,
      manuallyOnboardedByType: "User",
      manuallyOnboardedById: colinClaims,
    },
    update: {},
  });
  await upsertEligibility(db, manual.id, currentAyId);

  // Claims for Mary's Hillside Academy: one submitted (with mentor trainings), one support-created draft, two invalid_provider.
  const hillside = SCHOOLS.find((s) => s.urn === "100521")!;
  const rate = REGIONS.find((r) => r.name === hillside.region)!.claimsFundingAvailablePerHourPence;
  const bpn = providerIds.get(BEST_PRACTICE_NETWORK_CODE)!;
  const submitted = await db.claim.upsert({
    where: { reference: "10000001" },
    create: {
      reference: "10000001",
      schoolId: schoolIds.get("100521")!,
      providerId: bpn,
      claimWindowId: currentWindowId,
      status: "submitted",
      createdByType: "User",
      createdById: maryClaims,
      submittedByType: "User",
      submittedById: maryClaims,
      submittedAt: addDays(today, -3),
      amountPence: rate * (12 + 6),
    },
    update: {},
  });
  for (const [mentor, hours] of [
    [mentorIds[4], 12],
    [mentorIds[5], 6],
  ] as const) {
    await db.mentorTraining.upsert({
      where: { claimId_mentorId: { claimId: submitted.id, mentorId: mentor } },
      create: {
        claimId: submitted.id,
        mentorId: mentor,
        providerId: bpn,
        hoursCompleted: hours,
        trainingType: "initial",
      },
      update: {},
    });
  }
  const ucl = providerIds.get("U80")!;
  const draft = await db.claim.upsert({
    where: { reference: "10000002" },
    create: {
      reference: "10000002",
      schoolId: schoolIds.get("100521")!,
      providerId: ucl,
      claimWindowId: currentWindowId,
      status: "draft",
      createdByType: "User",
      createdById: colinClaims,
      amountPence: rate * 8,
    },
    update: {},
  });
  await db.mentorTraining.upsert({
    where: { claimId_mentorId: { claimId: draft.id, mentorId: mentorIds[6] } },
    create: { claimId: draft.id, mentorId: mentorIds[6], providerId: ucl, hoursCompleted: 8, trainingType: "initial" },
    update: {},
  });
  // Two claims Mary submitted with providers that have since lost accreditation (status invalid_provider), one per
  // Playwright project (tests/e2e/claims/school-fixes-invalid-provider.spec.ts). Each mentor's hours exceed what is
  // left with Best Practice Network after claim 10000001, so that provider cannot be assigned.
  for (const [reference, code, mentor, hours] of [
    ["10000003", "1OA", mentorIds[4], 6],
    ["10000004", "3RL", mentorIds[5], 12],
  ] as const) {
    const providerId = providerIds.get(code)!;
    const claim = await db.claim.upsert({
      where: { reference },
      create: {
        reference,
        schoolId: schoolIds.get("100521")!,
        providerId,
        claimWindowId: currentWindowId,
        status: "invalid_provider",
        createdByType: "User",
        createdById: maryClaims,
        submittedByType: "User",
        submittedById: maryClaims,
        submittedAt: addDays(today, -20),
        amountPence: rate * hours,
      },
      update: {},
    });
    await db.mentorTraining.upsert({
      where: { claimId_mentorId: { claimId: claim.id, mentorId: mentor } },
      create: { claimId: claim.id, mentorId: mentor, providerId, hoursCompleted: hours, trainingType: "initial" },
      update: {},
    });
  }
  // Provider portal demo (Patricia: Best Practice Network and NIoT): last year's claims of two other schools under
  // audit, amended by the provider, paid, and one the school's response left not approved (clawbacks' demo). The provider portal shows only these statuses.
  const niot = providerIds.get(NIOT_CODE)!;
  const rateOf = (urn: string) =>
    REGIONS.find((r) => r.name === SCHOOLS.find((s) => s.urn === urn)!.region)!.claimsFundingAvailablePerHourPence;
  const portalClaims = [
    {
      reference: "30000001",
      urn: "100237",
      providerId: bpn,
      status: "sampling_in_progress",
      samplingReason: "Random sample",
      trainings: [{ mentor: 27, hours: 8 }],
    },
    {
      reference: "30000002",
      urn: "107938",
      providerId: bpn,
      status: "sampling_provider_not_approved",
      samplingReason: "Random sample",
      trainings: [{ mentor: 29, hours: 10, notAssured: "The mentor did not attend the training sessions" }],
    },
    { reference: "30000003", urn: "100237", providerId: bpn, status: "paid", trainings: [{ mentor: 28, hours: 6 }] },
    { reference: "30000004", urn: "107938", providerId: niot, status: "paid", trainings: [{ mentor: 29, hours: 8 }] },
    // Rejected by the school after the audit: support can request a clawback (and a second support user approve it).
    {
      reference: "30000005",
      urn: "100237",
      providerId: bpn,
      status: "sampling_not_approved",
      samplingReason: "Random sample",
      trainings: [
        {
          mentor: 28,
          hours: 6,
          notAssured: "The mentor did not attend the training sessions",
          rejected: "The school says the mentor attended two of the sessions",
        },
      ],
    },
  ] as const;
  for (const c of portalClaims) {
    const hours = c.trainings.reduce((sum, t) => sum + t.hours, 0);
    const claim = await db.claim.upsert({
      where: { reference: c.reference },
      create: {
        reference: c.reference,
        schoolId: schoolIds.get(c.urn)!,
        providerId: c.providerId,
        claimWindowId: previousWindowId ?? currentWindowId,
        status: c.status,
        samplingReason: "samplingReason" in c ? c.samplingReason : null,
        submittedAt: addDays(today, -120),
        submittedByType: "User",
        submittedById: colinClaims,
        createdByType: "User",
        createdById: colinClaims,
        amountPence: rateOf(c.urn) * hours,
      },
      update: {},
    });
    for (const t of c.trainings) {
      const reason = "notAssured" in t ? t.notAssured : null;
      await db.mentorTraining.upsert({
        where: { claimId_mentorId: { claimId: claim.id, mentorId: mentorIds[t.mentor] } },
        create: {
          claimId: claim.id,
          mentorId: mentorIds[t.mentor],
          providerId: c.providerId,
          hoursCompleted: t.hours,
          trainingType: "initial",
          notAssured: reason !== null,
          reasonNotAssured: reason,
          rejected: "rejected" in t,
          reasonRejected: "rejected" in t ? t.rejected : null,
        },
        update: {},
      });
    }
  }
  // Money-cycle journeys (tests/e2e/support-console/support-uploads-*.spec.ts): one claim of each kind per Playwright
  // project (js, no-js), so the two never share a claim. Mary's St Mary's CofE Primary with UCL, last year's window:
  // 4000000{1,2} sent to the payer (payment_in_progress); 4000000{3,4} paid, to be sampled; 4000000{5,6} being audited,
  // for the manual audit steps (two mentors each).
  const stMarys = "110532";
  const moneyClaims = [
    { reference: "40000001", status: "payment_in_progress", mentors: [13] },
    { reference: "40000002", status: "payment_in_progress", mentors: [13] },
    { reference: "40000003", status: "paid", mentors: [12, 13] },
    { reference: "40000004", status: "paid", mentors: [12, 13] },
    { reference: "40000005", status: "sampling_in_progress", mentors: [12, 13] },
    { reference: "40000006", status: "sampling_in_progress", mentors: [12, 13] },
    // The only submitted claim of last year's window: the one "Send claims to payer" journey sends it.
    { reference: "40000007", status: "submitted", mentors: [12] },
  ] as const;
  for (const c of moneyClaims) {
    const claim = await db.claim.upsert({
      where: { reference: c.reference },
      create: {
        reference: c.reference,
        schoolId: schoolIds.get(stMarys)!,
        providerId: ucl,
        claimWindowId: previousWindowId ?? currentWindowId,
        status: c.status,
        samplingReason: c.status === "sampling_in_progress" ? "Random sample" : null,
        submittedAt: addDays(today, -150),
        submittedByType: "User",
        submittedById: maryClaims,
        createdByType: "User",
        createdById: maryClaims,
        paymentInProgressAt: c.status === "submitted" ? null : addDays(today, -20),
        amountPence: rateOf(stMarys) * 3 * c.mentors.length,
      },
      update: {},
    });
    for (const mentor of c.mentors) {
      await db.mentorTraining.upsert({
        where: { claimId_mentorId: { claimId: claim.id, mentorId: mentorIds[mentor] } },
        create: {
          claimId: claim.id,
          mentorId: mentorIds[mentor],
          providerId: ucl,
          hoursCompleted: 3,
          trainingType: "initial",
        },
        update: {},
      });
    }
  }
  log("claims");

  // Placements: contacts, hosting interests, partnerships and a few placements for next academic year ----------------
  const placementSchools = [
    ["105788", "Rachel", "Green", "placements@riverside.sch.uk"],
    ["136782", "David", "Singh", "itt@greenfieldsecondary.org.uk"],
    ["141297", "Laura", "Mensah", "itt@meadowview.sch.uk"],
    ["100521", "Peter", "Clarke", "itt@hillsideacademy.org.uk"],
    ["100276", "Nadia", "Hussain", "office@gospeloak.camden.sch.uk"],
  ] as const;
  for (const [urn, firstName, lastName, emailAddress] of placementSchools) {
    const schoolId = schoolIds.get(urn)!;
    await db.schoolContact.upsert({
      where: { schoolId },
      create: { schoolId, firstName, lastName, emailAddress },
      update: {},
    });
  }
  // Find's demo: Riverside, Greenfield and Meadow View (the personas' schools), and schools in Manchester, Leeds,
  // Sheffield and Nottingham with published placements; Djanogly City Academy has only a draft (never shown).
  for (const urn of ["105788", "136782", "141297", "105493", "140279", "107889", "107102", "122705"]) {
    const schoolId = schoolIds.get(urn)!;
    await db.hostingInterest.upsert({
      where: { schoolId_academicYearId: { schoolId, academicYearId: nextAyId } },
      create: { schoolId, academicYearId: nextAyId, appetite: "actively_looking" },
      update: {},
    });
    await db.school.updateMany({
      where: { id: schoolId, expressionOfInterestCompleted: false },
      data: { expressionOfInterestCompleted: true },
    });
  }
  for (const urn of ["105788", "136782"]) {
    await db.partnership.upsert({
      where: { schoolId_providerId: { schoolId: schoolIds.get(urn)!, providerId: bpn } },
      create: { schoolId: schoolIds.get(urn)!, providerId: bpn },
      update: {},
    });
  }
  type SeedPlacement = {
    key: string;
    urn: string;
    subject?: string;
    yearGroup?: PlacementYearGroup;
    keyStage?: string;
    additional?: string[];
    terms?: string[];
    mentors?: number[];
    provider?: string;
    creator: string;
    status?: "draft" | "published";
    previousYear?: boolean;
  };
  const placements: SeedPlacement[] = [
    {
      key: "riverside-1",
      urn: "105788",
      subject: "Primary",
      yearGroup: "year_2",
      terms: ["Autumn term"],
      mentors: [14],
      creator: annePlacements,
    },
    {
      key: "riverside-2",
      urn: "105788",
      subject: "Primary",
      yearGroup: "year_5",
      mentors: [15],
      provider: BEST_PRACTICE_NETWORK_CODE,
      creator: annePlacements,
    },
    {
      key: "riverside-3",
      urn: "105788",
      subject: "Primary",
      yearGroup: "reception",
      terms: ["Spring term", "Summer term"],
      creator: annePlacements,
    },
    {
      key: "greenfield-1",
      urn: "136782",
      subject: "Mathematics",
      mentors: [18],
      provider: BEST_PRACTICE_NETWORK_CODE,
      creator: maryPlacements,
    },
    {
      key: "greenfield-2",
      urn: "136782",
      subject: "Modern Languages",
      additional: ["French", "Spanish"],
      terms: ["Spring term"],
      creator: maryPlacements,
    },
    { key: "greenfield-3", urn: "136782", keyStage: "Key stage 3", creator: maryPlacements },
    { key: "meadow-1", urn: "141297", subject: "English", mentors: [22], creator: maryPlacements },
    { key: "platt-fields-1", urn: "105493", subject: "Primary", yearGroup: "year_3", creator: colinPlacements },
    { key: "mea-1", urn: "140279", subject: "Mathematics", creator: colinPlacements },
    { key: "mea-2", urn: "140279", subject: "Biology", provider: "U80", creator: colinPlacements },
    { key: "bankside-1", urn: "107889", subject: "Primary", yearGroup: "year_1", creator: colinPlacements },
    { key: "sharrow-1", urn: "107102", subject: "Primary", yearGroup: "year_6", creator: colinPlacements },
    { key: "djanogly-1", urn: "122705", subject: "Mathematics", creator: colinPlacements, status: "draft" },
    // Last year's placement (Find's "last offered placements" filter and the school details tab).
    {
      key: "riverside-past-1",
      urn: "105788",
      subject: "Primary",
      yearGroup: "year_4",
      provider: BEST_PRACTICE_NETWORK_CODE,
      creator: annePlacements,
      previousYear: true,
    },
  ];
  for (const p of placements) {
    const id = seedUuid(`placement:${p.key}`);
    await db.placement.upsert({
      where: { id },
      create: {
        id,
        schoolId: schoolIds.get(p.urn)!,
        academicYearId: p.previousYear ? previousAyId : nextAyId,
        status: p.status ?? "published",
        subjectId: p.subject ? subjectIds.get(p.subject)! : null,
        yearGroup: p.yearGroup ?? null,
        sendSpecific: Boolean(p.keyStage),
        keyStageId: p.keyStage ? keyStageIds.get(p.keyStage)! : null,
        providerId: p.provider ? providerIds.get(p.provider)! : null,
        creatorType: "User",
        creatorId: p.creator,
        additionalSubjects: { create: (p.additional ?? []).map((name) => ({ subjectId: subjectIds.get(name)! })) },
        placementWindows: { create: (p.terms ?? []).map((name) => ({ termId: termIds.get(name)! })) },
        mentorJoins: { create: (p.mentors ?? []).map((i) => ({ mentorId: mentorIds[i] })) },
      },
      update: {},
    });
  }
  // Find's offline location search, as import:gias builds it from real GIAS data.
  await rebuildGazetteer(db);
  log("placements");
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

async function upsertSubject(
  db: Db,
  name: string,
  code: string | null,
  subjectArea: "primary" | "secondary",
  parentSubjectId: string | null,
): Promise<string> {
  if (code) {
    return (
      await db.subject.upsert({ where: { code }, create: { name, code, subjectArea, parentSubjectId }, update: {} })
    ).id;
  }
  const existing = await db.subject.findFirst({ where: { name, subjectArea, code: null } });
  return existing?.id ?? (await db.subject.create({ data: { name, subjectArea, parentSubjectId } })).id;
}

async function upsertUser(db: Db, p: Persona, selectedAcademicYearId: string | null): Promise<string> {
  const email = p.email.toLowerCase();
  const row = await db.user.upsert({
    where: { service_email: { service: p.service, email } },
    create: {
      service: p.service,
      kind: p.kind,
      type: p.type,
      email,
      firstName: p.firstName,
      lastName: p.lastName,
      selectedAcademicYearId,
    },
    update: {},
  });
  return row.id;
}

async function upsertMembership(
  db: Db,
  userId: string,
  organisationType: "School" | "Provider",
  organisationId: string,
) {
  await db.userMembership.upsert({
    where: { userId_organisationType_organisationId: { userId, organisationType, organisationId } },
    create: { userId, organisationType, organisationId },
    update: {},
  });
}

async function upsertEligibility(db: Db, schoolId: string, academicYearId: string) {
  await db.eligibility.upsert({
    where: { schoolId_academicYearId: { schoolId, academicYearId } },
    create: { schoolId, academicYearId },
    update: {},
  });
}

/** Creates the window unless a kept window with the same dates exists or it would overlap one. */
async function ensureClaimWindow(db: Db, academicYearId: string, startsOn: Date, endsOn: Date): Promise<string | null> {
  const same = await db.claimWindow.findFirst({ where: { startsOn, endsOn, discardedAt: null } });
  if (same) return same.id;
  const overlapping = await db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { lte: endsOn }, endsOn: { gte: startsOn } },
  });
  if (overlapping) return null;
  return (await db.claimWindow.create({ data: { academicYearId, startsOn, endsOn } })).id;
}

/**
 * The window containing today: kept as is if one exists; otherwise from the 1st of the month two months ago to the end
 * of next month, clamped to the current academic year and to the gap between existing windows (so never overlapping).
 */
async function ensureCurrentClaimWindow(
  db: Db,
  today: Date,
  ayStartYear: number,
  academicYearId: string,
): Promise<string> {
  const containing = await db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { lte: today }, endsOn: { gte: today } },
    orderBy: { startsOn: "asc" },
  });
  if (containing) return containing.id;
  const ay = academicYearFor(ayStartYear);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth(); // 0-based
  let startsOn = new Date(Date.UTC(y, m - 2, 1));
  let endsOn = new Date(Date.UTC(y, m + 2, 0));
  if (startsOn < ay.startsOn) startsOn = ay.startsOn;
  if (endsOn > ay.endsOn) endsOn = ay.endsOn;
  const before = await db.claimWindow.findFirst({
    where: { discardedAt: null, endsOn: { lt: today } },
    orderBy: { endsOn: "desc" },
  });
  if (before && before.endsOn >= startsOn) startsOn = addDays(before.endsOn, 1);
  const after = await db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { gt: today } },
    orderBy: { startsOn: "asc" },
  });
  if (after && after.startsOn <= endsOn) endsOn = addDays(after.startsOn, -1);
  return (await db.claimWindow.create({ data: { academicYearId, startsOn, endsOn } })).id;
}

// ---------------------------------------------------------------------------------------------------------------
// CLI: tsx prisma/seed.ts
// ---------------------------------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const run = async () => {
    const { adapterFactoryFromEnv } = await import("./migrate.ts");
    const { PrismaClient } = await import("./generated/client.ts");
    const { adapterFactory, target, close } = await adapterFactoryFromEnv();
    const db = new PrismaClient({ adapter: adapterFactory });
    try {
      await seed(db, { log: (m) => console.log(`seeded ${m}`) });
      console.log(`Seeded ${target}`);
    } finally {
      await db.$disconnect();
      await close();
    }
  };
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
