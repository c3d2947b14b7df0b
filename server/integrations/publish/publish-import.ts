/**
 * Teacher Training Courses ("Publish") public API v1 imports.
 *
 * - Providers: GET <PUBLISH_API_URL>/api/public/v1/recruitment_cycles/<cycle>/providers, following `links.next`;
 *   upsert by `code` (name, type, accredited, UKPRN, URN, address, contact, coordinates; `email` → the primary
 *   ProviderEmailAddress). Records missing code, name or type are skipped.
 * - Subjects: GET …/api/public/v1/subject_areas?include=subjects; PrimarySubject → primary, SecondarySubject →
 *   secondary, ModernLanguagesSubject → secondary children of "Modern Languages". Upsert by code.
 * Every request has a timeout; a failed page aborts the import (pages already written stay: each provider is atomic).
 */
import type { Db } from "../../db.ts";
import { logger } from "../../logger.ts";

export const REQUEST_TIMEOUT_MS = 30_000;
const MAX_PAGES = 1000;

/** The recruitment cycle of the current academic year: the calendar year in which that academic year ends (Sept–Aug). */
export function currentRecruitmentCycleYear(now = new Date()): number {
  return now.getUTCMonth() >= 8 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
}

async function getJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/vnd.api+json, application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError" ? `timed out after ${timeoutMs} ms` : (error as Error).message;
    throw new Error(`Publish API request failed (${url}): ${reason}`);
  }
  if (!response.ok) throw new Error(`Publish API returned HTTP ${response.status} for ${url}`);
  return response.json();
}

type ProviderAttributes = {
  code?: string | null;
  name?: string | null;
  provider_type?: string | null;
  accredited_body?: boolean | null;
  ukprn?: string | null;
  urn?: string | null;
  street_address_1?: string | null;
  street_address_2?: string | null;
  street_address_3?: string | null;
  city?: string | null;
  county?: string | null;
  postcode?: string | null;
  email?: string | null;
  telephone?: string | null;
  website?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};

const PROVIDER_TYPES = new Set(["scitt", "lead_school", "university"]);

export type ProviderImportReport = {
  cycle: number;
  pages: number;
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
};

const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? null : v.trim());

export async function importProviders(
  db: Db,
  opts: { baseUrl: string; cycle?: number; timeoutMs?: number; perPage?: number },
): Promise<ProviderImportReport> {
  const cycle = opts.cycle ?? currentRecruitmentCycleYear();
  const report: ProviderImportReport = {
    cycle,
    pages: 0,
    received: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
  };
  let next: string | null =
    `${opts.baseUrl.replace(/\/$/, "")}/api/public/v1/recruitment_cycles/${cycle}/providers` +
    (opts.perPage ? `?${encodeURIComponent("page[per_page]")}=${opts.perPage}` : "");
  const visited = new Set<string>();
  while (next) {
    if (visited.has(next) || visited.size >= MAX_PAGES) throw new Error(`Publish API pagination loops at ${next}`);
    visited.add(next);
    const page = (await getJson(next, opts.timeoutMs ?? REQUEST_TIMEOUT_MS)) as {
      data?: { attributes?: ProviderAttributes }[];
      links?: { next?: string | null };
    };
    if (!Array.isArray(page.data)) throw new Error(`Publish API page without data: ${next}`);
    report.pages++;
    await upsertProviders(
      db,
      page.data.map((d) => d.attributes ?? {}),
      report,
    );
    next = page.links?.next ?? null;
  }
  logger.info(report, "Publish providers import finished");
  return report;
}

async function upsertProviders(db: Db, records: ProviderAttributes[], report: ProviderImportReport) {
  report.received += records.length;
  const valid = records.filter(
    (r) => blank(r.code) && blank(r.name) && r.provider_type && PROVIDER_TYPES.has(r.provider_type),
  );
  report.skipped += records.length - valid.length;
  const existing = new Map(
    (
      await db.provider.findMany({
        where: { code: { in: valid.map((r) => r.code!.trim()) } },
        include: { emailAddresses: { where: { primary: true } } },
      })
    ).map((p) => [p.code, p]),
  );
  for (const r of valid) {
    const data = {
      name: r.name!.trim(),
      providerType: r.provider_type as "scitt" | "lead_school" | "university",
      accredited: Boolean(r.accredited_body),
      ukprn: blank(r.ukprn),
      urn: blank(r.urn),
      address1: blank(r.street_address_1),
      address2: blank(r.street_address_2),
      address3: blank(r.street_address_3),
      city: blank(r.city),
      county: blank(r.county),
      postcode: blank(r.postcode),
      telephone: blank(r.telephone),
      website: blank(r.website),
      emailAddress: blank(r.email)?.toLowerCase() ?? null,
      latitude: typeof r.latitude === "number" ? r.latitude : null,
      longitude: typeof r.longitude === "number" ? r.longitude : null,
    };
    const code = r.code!.trim();
    const current = existing.get(code);
    const email = data.emailAddress;
    if (current) {
      const changed = (Object.keys(data) as (keyof typeof data)[]).some((k) => (current[k] ?? null) !== data[k]);
      const primary = current.emailAddresses.map((e) => e.emailAddress);
      const emailChanged = email ? primary.length !== 1 || primary[0] !== email : false;
      if (!changed && !emailChanged) {
        report.unchanged++;
        continue;
      }
      report.updated++;
    } else {
      report.created++;
    }
    await db.$transaction(async (tx) => {
      const provider = current
        ? await tx.provider.update({ where: { id: current.id }, data })
        : await tx.provider.create({ data: { code, ...data } });
      if (email) {
        await tx.providerEmailAddress.updateMany({
          where: { providerId: provider.id, primary: true, NOT: { emailAddress: email } },
          data: { primary: false },
        });
        await tx.providerEmailAddress.upsert({
          where: { providerId_emailAddress: { providerId: provider.id, emailAddress: email } },
          create: { providerId: provider.id, emailAddress: email, primary: true },
          update: { primary: true },
        });
      }
    });
  }
}

export type SubjectImportReport = { created: number; updated: number; unchanged: number; skipped: number };

type SubjectAreasDoc = {
  data?: { id: string; relationships?: { subjects?: { data?: { id: string }[] } } }[];
  included?: { id: string; type: string; attributes?: { name?: string; code?: string | null } }[];
};

export const MODERN_LANGUAGES = "Modern Languages";

export async function importSubjects(
  db: Db,
  opts: { baseUrl: string; timeoutMs?: number },
): Promise<SubjectImportReport> {
  const doc = (await getJson(
    `${opts.baseUrl.replace(/\/$/, "")}/api/public/v1/subject_areas?include=subjects`,
    opts.timeoutMs ?? REQUEST_TIMEOUT_MS,
  )) as SubjectAreasDoc;
  if (!Array.isArray(doc.data) || !Array.isArray(doc.included))
    throw new Error("Publish API subject_areas response without data/included");
  const byId = new Map(doc.included.filter((i) => i.type === "subjects").map((i) => [i.id, i.attributes ?? {}]));
  const report: SubjectImportReport = { created: 0, updated: 0, unchanged: 0, skipped: 0 };

  let parent = await db.subject.findFirst({
    where: { name: MODERN_LANGUAGES, subjectArea: "secondary", parentSubjectId: null },
  });
  const areas: Record<string, { area: "primary" | "secondary"; child: boolean }> = {
    PrimarySubject: { area: "primary", child: false },
    SecondarySubject: { area: "secondary", child: false },
    ModernLanguagesSubject: { area: "secondary", child: true },
  };
  for (const area of doc.data) {
    const kind = areas[area.id];
    if (!kind) continue;
    if (kind.child && !parent) {
      parent = await db.subject.create({ data: { name: MODERN_LANGUAGES, subjectArea: "secondary" } });
      report.created++;
    }
    for (const ref of area.relationships?.subjects?.data ?? []) {
      const attrs = byId.get(ref.id);
      const name = attrs?.name?.trim();
      const code = attrs?.code?.trim();
      if (!name || !code) {
        report.skipped++;
        continue;
      }
      const data = { name, subjectArea: kind.area, parentSubjectId: kind.child ? parent!.id : null };
      const current = await db.subject.findUnique({ where: { code } });
      if (!current) {
        await db.subject.create({ data: { code, ...data } });
        report.created++;
      } else if (
        current.name !== data.name ||
        current.subjectArea !== data.subjectArea ||
        current.parentSubjectId !== data.parentSubjectId
      ) {
        await db.subject.update({ where: { id: current.id }, data });
        report.updated++;
      } else report.unchanged++;
    }
  }
  logger.info(report, "Publish subjects import finished");
  return report;
}
