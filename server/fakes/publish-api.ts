/**
 * Fake Teacher Training Courses ("Publish") public API v1 — the two endpoints the services sync from:
 *
 *   GET /api/public/v1/recruitment_cycles/{year}/providers?page[page]=N&page[per_page]=M
 *       JSON:API page: {data:[{id, type:"providers", attributes:{...}}], links:{first,last,prev,next}, meta:{count}, jsonapi}
 *       links are absolute; prev is null on page 1 and next is null on the last page. per_page default 100, max 500.
 *   GET /api/public/v1/subject_areas?include=subjects
 *       {data:[{id:"PrimarySubject", type:"subject_areas", attributes:{name, typename}, relationships:{subjects:{data:[{type, id}]}}}],
 *        included:[{id, type:"subjects", attributes:{name, code, ...}}]}  (included only when include=subjects)
 *
 * Provider attributes follow the public API: code, name, provider_type ("lead_school" | "scitt" | "university"),
 * accredited_body (boolean), ukprn, urn, street_address_1..3, city, county, postcode, region_code, email,
 * telephone, website, latitude, longitude, train_with_us, train_with_disability, can_sponsor_*_visa, changed_at.
 * Faults: failNext(status, count), setDelay(ms) / opts.delayMs, setDown(true); over HTTP: /_fake/* routes.
 */
import { createServer } from "node:http";
import express from "express";
import type { Request, Response } from "express";
import { closeServer, createFaults, listen, mountFaultRoutes } from "./http-util.ts";

export type PublishProviderType = "lead_school" | "scitt" | "university";

export type PublishProvider = {
  code: string;
  name: string;
  provider_type: PublishProviderType;
  accredited_body: boolean;
  ukprn: string | null;
  urn: string | null;
  street_address_1: string | null;
  street_address_2: string | null;
  street_address_3: string | null;
  city: string | null;
  county: string | null;
  postcode: string | null;
  region_code: string | null;
  email: string | null;
  telephone: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type PublishSubject = {
  id: string;
  name: string;
  code: string;
  area: "PrimarySubject" | "SecondarySubject" | "ModernLanguagesSubject" | "FurtherEducationSubject";
};

type Row = [
  code: string,
  name: string,
  type: PublishProviderType,
  accredited: boolean,
  ukprn: string | null,
  urn: string | null,
  street: string,
  city: string,
  county: string | null,
  postcode: string,
  region: string,
  lat: number,
  lng: number,
  domain: string,
];

// Realistic but fictional-enough seed data (names of real organisations, invented codes/identifiers).
const ROWS: Row[] = [
  [
    "1BN",
    "Best Practice Network",
    "scitt",
    true,
    "10032486",
    null,
    "Clifton Down House, Beaufort Buildings",
    "Bristol",
    null,
    "BS8 4AN",
    "south_west",
    51.4545,
    -2.6157,
    "bestpracticenet.co.uk",
  ],
  [
    "2N2",
    "National Institute of Teaching",
    "scitt",
    true,
    "10090133",
    null,
    "Unity House, 8 Scotland Street",
    "Birmingham",
    "West Midlands",
    "B1 2RR",
    "west_midlands",
    52.4812,
    -1.9097,
    "niot.org.uk",
  ],
  [
    "1YF",
    "National Institute of Teaching (North East)",
    "scitt",
    true,
    "10090134",
    null,
    "Gateshead Quays",
    "Gateshead",
    "Tyne and Wear",
    "NE8 2BA",
    "north_east",
    54.9683,
    -1.5989,
    "niot.org.uk",
  ],
  [
    "21J",
    "National Institute of Teaching (London)",
    "scitt",
    true,
    "10090135",
    null,
    "1 Drummond Gate",
    "London",
    null,
    "SW1V 2QQ",
    "london",
    51.4893,
    -0.1318,
    "niot.org.uk",
  ],
  [
    "1GV",
    "National Institute of Teaching (Blackpool)",
    "scitt",
    true,
    "10090136",
    null,
    "Highfurlong",
    "Blackpool",
    "Lancashire",
    "FY3 7LR",
    "north_west",
    53.8362,
    -3.0249,
    "niot.org.uk",
  ],
  [
    "B20",
    "Bath Spa University",
    "university",
    true,
    "10000571",
    null,
    "Newton Park, Newton St Loe",
    "Bath",
    "Somerset",
    "BA2 9BN",
    "south_west",
    51.3754,
    -2.4397,
    "bathspa.ac.uk",
  ],
  [
    "B78",
    "University of Bristol",
    "university",
    true,
    "10007786",
    null,
    "Senate House, Tyndall Avenue",
    "Bristol",
    null,
    "BS8 1TH",
    "south_west",
    51.4584,
    -2.603,
    "bristol.ac.uk",
  ],
  [
    "M40",
    "Manchester Metropolitan University",
    "university",
    true,
    "10004180",
    null,
    "All Saints Building, All Saints",
    "Manchester",
    "Greater Manchester",
    "M15 6BH",
    "north_west",
    53.4707,
    -2.2396,
    "mmu.ac.uk",
  ],
  [
    "N84",
    "University of Nottingham",
    "university",
    true,
    "10007154",
    null,
    "University Park",
    "Nottingham",
    "Nottinghamshire",
    "NG7 2RD",
    "east_midlands",
    52.9389,
    -1.1964,
    "nottingham.ac.uk",
  ],
  [
    "U80",
    "UCL, University College London (University of London)",
    "university",
    true,
    "10007784",
    null,
    "Gower Street",
    "London",
    null,
    "WC1E 6BT",
    "london",
    51.5246,
    -0.134,
    "ucl.ac.uk",
  ],
  [
    "L24",
    "Leeds Beckett University",
    "university",
    true,
    "10003863",
    null,
    "City Campus",
    "Leeds",
    "West Yorkshire",
    "LS1 3HE",
    "yorkshire_and_the_humber",
    53.8033,
    -1.5492,
    "leedsbeckett.ac.uk",
  ],
  [
    "S21",
    "Sheffield Hallam University",
    "university",
    true,
    "10005790",
    null,
    "City Campus, Howard Street",
    "Sheffield",
    "South Yorkshire",
    "S1 1WB",
    "yorkshire_and_the_humber",
    53.3792,
    -1.4659,
    "shu.ac.uk",
  ],
  [
    "E84",
    "University of Exeter",
    "university",
    true,
    "10007792",
    null,
    "Northcote House, The Queen's Drive",
    "Exeter",
    "Devon",
    "EX4 4QJ",
    "south_west",
    50.7357,
    -3.5336,
    "exeter.ac.uk",
  ],
  [
    "C10",
    "Canterbury Christ Church University",
    "university",
    true,
    "10001143",
    null,
    "North Holmes Road",
    "Canterbury",
    "Kent",
    "CT1 1QU",
    "south_east",
    51.2797,
    1.0891,
    "canterbury.ac.uk",
  ],
  [
    "1TE",
    "Teach East SCITT",
    "scitt",
    true,
    "10057329",
    null,
    "Saint Ivo Academy, High Leys",
    "St Ives",
    "Cambridgeshire",
    "PE27 6RR",
    "east_of_england",
    52.3296,
    -0.0787,
    "teacheast.org.uk",
  ],
  [
    "2A2",
    "Harris Initial Teacher Education",
    "scitt",
    true,
    "10058213",
    null,
    "4th Floor, Central House, 14 Upper Woburn Place",
    "London",
    null,
    "WC1H 0AE",
    "london",
    51.5262,
    -0.1298,
    "harrisite.org.uk",
  ],
  [
    "1CS",
    "Cabot Learning Federation SCITT",
    "scitt",
    true,
    "10055678",
    null,
    "Hawkfield Way, Hawkfield Business Park",
    "Bristol",
    null,
    "BS14 0BY",
    "south_west",
    51.4151,
    -2.6035,
    "clf.uk",
  ],
  [
    "2B3",
    "Bedfordshire Schools Training Partnership",
    "scitt",
    true,
    "10052310",
    null,
    "Biddenham International School, Biddenham Turn",
    "Bedford",
    "Bedfordshire",
    "MK40 4AZ",
    "east_of_england",
    52.1402,
    -0.5077,
    "bstp.org.uk",
  ],
  [
    "1KT",
    "Kent and Medway Training",
    "scitt",
    true,
    "10046692",
    null,
    "The Malling School, Beech Road",
    "East Malling",
    "Kent",
    "ME19 6DH",
    "south_east",
    51.289,
    0.4445,
    "kmt.ac.uk",
  ],
  [
    "2CX",
    "Cheshire East SCITT",
    "scitt",
    true,
    "10061122",
    null,
    "Fallibroome Academy, Priory Lane",
    "Macclesfield",
    "Cheshire",
    "SK10 4AF",
    "north_west",
    53.2712,
    -2.1596,
    "cheshireeastscitt.org.uk",
  ],
  [
    "1ZM",
    "Ark Teacher Training",
    "scitt",
    true,
    "10063381",
    null,
    "The Yellow Building, 1 Nicholas Road",
    "London",
    null,
    "W11 4AN",
    "london",
    51.513,
    -0.217,
    "arkteachertraining.org",
  ],
  [
    "3KX",
    "Oakwood Primary Academy",
    "lead_school",
    false,
    "10045566",
    "136789",
    "Oakwood Road",
    "Birmingham",
    "West Midlands",
    "B31 2LF",
    "west_midlands",
    52.405,
    -1.976,
    "oakwoodprimary.org.uk",
  ],
  [
    "3LQ",
    "St Mary's Church of England Primary School",
    "lead_school",
    false,
    "10072211",
    "102856",
    "Ashburnham Grove",
    "London",
    null,
    "SE10 8UQ",
    "london",
    51.4775,
    -0.017,
    "stmarysce.greenwich.sch.uk",
  ],
  [
    "4AB",
    "Riverside Teaching School Hub",
    "lead_school",
    false,
    "10081234",
    "144512",
    "Riverside Walk",
    "Leeds",
    "West Yorkshire",
    "LS10 1JH",
    "yorkshire_and_the_humber",
    53.7911,
    -1.538,
    "riversidetsh.org.uk",
  ],
  [
    "4CD",
    "Meadowbank School",
    "lead_school",
    false,
    null,
    "118920",
    "Meadow Lane",
    "Nottingham",
    "Nottinghamshire",
    "NG2 3HP",
    "east_midlands",
    52.9418,
    -1.1347,
    "meadowbank.notts.sch.uk",
  ],
  [
    "4EF",
    "Highfield Academy Trust",
    "lead_school",
    false,
    "10077890",
    "141002",
    "Highfield Road",
    "Southampton",
    "Hampshire",
    "SO17 1PX",
    "south_east",
    50.929,
    -1.396,
    "highfieldacademy.org.uk",
  ],
  [
    "4GH",
    "Kingsmead School",
    "lead_school",
    false,
    "10061555",
    "137220",
    "Kingsmead Road",
    "Manchester",
    "Greater Manchester",
    "M14 6NR",
    "north_west",
    53.4449,
    -2.227,
    "kingsmead.manchester.sch.uk",
  ],
  [
    "4JK",
    "Elmhurst Teaching Partnership",
    "lead_school",
    false,
    "10088771",
    "145678",
    "Elm Grove",
    "Brighton",
    "East Sussex",
    "BN2 3ES",
    "south_east",
    50.8326,
    -0.1237,
    "elmhurstpartnership.org.uk",
  ],
  [
    "4LM",
    "Westfield Academy",
    "lead_school",
    false,
    "10054321",
    "139001",
    "Westfield Lane",
    "Watford",
    "Hertfordshire",
    "WD18 7PS",
    "east_of_england",
    51.6489,
    -0.41,
    "westfield.herts.sch.uk",
  ],
  [
    "4NP",
    "Fairfield High School",
    "lead_school",
    false,
    "10049876",
    "109325",
    "Allison Street",
    "Bristol",
    null,
    "BS5 6SG",
    "south_west",
    51.469,
    -2.562,
    "fairfieldhigh.co.uk",
  ],
  [
    "4QR",
    "Greenfield Community College",
    "lead_school",
    false,
    "10047777",
    "138456",
    "Greenfield Road",
    "Newcastle upon Tyne",
    "Tyne and Wear",
    "NE4 9XD",
    "north_east",
    54.9702,
    -1.633,
    "greenfieldcc.org.uk",
  ],
  [
    "4ST",
    "Hillcrest Primary School",
    "lead_school",
    false,
    null,
    "101234",
    "Hill Road",
    "Plymouth",
    "Devon",
    "PL4 8AA",
    "south_west",
    50.3755,
    -4.1427,
    "hillcrest.plymouth.sch.uk",
  ],
];

/** Ofcom's drama ranges: realistic-looking numbers that are never real. */
const DRAMA_PREFIX: Record<string, string> = {
  London: "020 7946 0",
  Bristol: "0117 496 0",
  Birmingham: "0121 496 0",
  Manchester: "0161 496 0",
  Leeds: "0113 496 0",
  Sheffield: "0114 496 0",
  Nottingham: "0115 496 0",
  "Newcastle upon Tyne": "0191 498 0",
  Gateshead: "0191 498 0",
};

export const DEMO_PROVIDERS: readonly PublishProvider[] = ROWS.map(
  (
    [
      code,
      name,
      provider_type,
      accredited_body,
      ukprn,
      urn,
      street,
      city,
      county,
      postcode,
      region_code,
      latitude,
      longitude,
      domain,
    ],
    i,
  ) => {
    const [s1, ...rest] = street.split(", ");
    return {
      code,
      name,
      provider_type,
      accredited_body,
      ukprn,
      urn,
      street_address_1: s1,
      street_address_2: rest[0] ?? null,
      street_address_3: rest[1] ?? null,
      city,
      county,
      postcode,
      region_code,
      email: `teacher.training@${domain}`,
      telephone: DRAMA_PREFIX[city]
        ? `${DRAMA_PREFIX[city]}${String(100 + i * 17).padStart(3, "0")}`
        : `01632 960${String(100 + i * 17).padStart(3, "0")}`,
      website: `https://www.${domain}`,
      latitude,
      longitude,
    };
  },
);

const S = (id: number, name: string, code: string, area: PublishSubject["area"]): PublishSubject => ({
  id: String(id),
  name,
  code,
  area,
});
export const DEMO_SUBJECTS: readonly PublishSubject[] = [
  S(1, "Primary", "00", "PrimarySubject"),
  S(2, "Primary with English", "01", "PrimarySubject"),
  S(3, "Primary with geography and history", "02", "PrimarySubject"),
  S(4, "Primary with mathematics", "03", "PrimarySubject"),
  S(5, "Primary with modern languages", "04", "PrimarySubject"),
  S(6, "Primary with physical education", "06", "PrimarySubject"),
  S(7, "Primary with science", "07", "PrimarySubject"),
  S(10, "Art and design", "W1", "SecondarySubject"),
  S(11, "Science", "F0", "SecondarySubject"),
  S(12, "Biology", "C1", "SecondarySubject"),
  S(13, "Business studies", "08", "SecondarySubject"),
  S(14, "Chemistry", "F1", "SecondarySubject"),
  S(15, "Citizenship", "09", "SecondarySubject"),
  S(16, "Classics", "Q8", "SecondarySubject"),
  S(17, "Communication and media studies", "P3", "SecondarySubject"),
  S(18, "Computing", "11", "SecondarySubject"),
  S(19, "Dance", "12", "SecondarySubject"),
  S(20, "Design and technology", "DT", "SecondarySubject"),
  S(21, "Drama", "13", "SecondarySubject"),
  S(22, "Economics", "L1", "SecondarySubject"),
  S(23, "English", "Q3", "SecondarySubject"),
  S(24, "Geography", "F8", "SecondarySubject"),
  S(25, "Health and social care", "L5", "SecondarySubject"),
  S(26, "History", "V1", "SecondarySubject"),
  S(27, "Mathematics", "G1", "SecondarySubject"),
  S(28, "Music", "W3", "SecondarySubject"),
  S(29, "Philosophy", "P1", "SecondarySubject"),
  S(30, "Physical education", "C6", "SecondarySubject"),
  S(31, "Physics", "F3", "SecondarySubject"),
  S(32, "Psychology", "C8", "SecondarySubject"),
  S(33, "Religious education", "V6", "SecondarySubject"),
  S(34, "Social sciences", "14", "SecondarySubject"),
  S(35, "Latin", "A0", "SecondarySubject"),
  S(36, "Ancient Greek", "A1", "SecondarySubject"),
  S(37, "Ancient Hebrew", "A2", "SecondarySubject"),
  S(40, "French", "15", "ModernLanguagesSubject"),
  S(41, "English as a second or other language", "16", "ModernLanguagesSubject"),
  S(42, "German", "17", "ModernLanguagesSubject"),
  S(43, "Italian", "18", "ModernLanguagesSubject"),
  S(44, "Japanese", "19", "ModernLanguagesSubject"),
  S(45, "Mandarin", "20", "ModernLanguagesSubject"),
  S(46, "Russian", "21", "ModernLanguagesSubject"),
  S(47, "Spanish", "22", "ModernLanguagesSubject"),
  S(48, "Modern languages (other)", "24", "ModernLanguagesSubject"),
  S(50, "Further education", "41", "FurtherEducationSubject"),
];

const AREA_NAMES: Record<PublishSubject["area"], string> = {
  PrimarySubject: "Primary",
  SecondarySubject: "Secondary",
  ModernLanguagesSubject: "Secondary: Modern languages",
  FurtherEducationSubject: "Further education",
};

export type StartPublishApiOptions = {
  port?: number;
  host?: string;
  /** Replace the seeded providers. */
  providers?: PublishProvider[];
  /** Replace the seeded subjects. */
  subjects?: PublishSubject[];
  /** Recruitment cycle years served (others 404). Default: any year 2019–2040. */
  years?: number[];
  delayMs?: number;
};

export type FakePublishApi = {
  url: string;
  providers(): PublishProvider[];
  setProviders(providers: PublishProvider[]): void;
  /** Fail the next `count` API requests with `status` (default 500). */
  failNext(status?: number, count?: number): void;
  setDelay(ms: number): void;
  setDown(down: boolean): void;
  /** Paths requested, in order (for asserting pagination). */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
};

const JSONAPI = { version: "1.0" };
const CHANGED_AT = "2025-06-01T09:00:00.000Z";

function jsonApiError(res: Response, status: number, title: string, detail?: string) {
  res
    .status(status)
    .type("application/vnd.api+json")
    .send(
      JSON.stringify({ errors: [{ status: String(status), title, ...(detail ? { detail } : {}) }], jsonapi: JSONAPI }),
    );
}

export async function startPublishApi(opts: StartPublishApiOptions = {}): Promise<FakePublishApi> {
  let providers: PublishProvider[] = [...(opts.providers ?? DEMO_PROVIDERS)];
  const subjects = [...(opts.subjects ?? DEMO_SUBJECTS)];
  const faults = createFaults(opts.delayMs ?? 0);
  const log: string[] = [];
  const yearOk = (y: number) => (opts.years ? opts.years.includes(y) : y >= 2019 && y <= 2040);

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple"); // keep "page[page]" as a literal key
  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, opts.host);

  mountFaultRoutes(app, faults);
  app.use("/api", async (req, res, next) => {
    log.push(req.originalUrl);
    const status = await faults.take();
    if (status) return jsonApiError(res, status, status >= 500 ? "Internal Server Error" : "Error");
    next();
  });

  const intParam = (req: Request, name: string, dflt: number) => {
    const raw = req.query[name];
    const n = typeof raw === "string" ? Number.parseInt(raw, 10) : Number.NaN;
    return Number.isFinite(n) && n > 0 ? n : dflt;
  };

  app.get("/api/public/v1/recruitment_cycles/:year/providers", (req, res) => {
    const year = Number(req.params.year);
    if (!Number.isInteger(year) || !yearOk(year))
      return jsonApiError(res, 404, "Not found", "Recruitment cycle not found");
    const perPage = Math.min(intParam(req, "page[per_page]", 100), 500);
    const pageNo = intParam(req, "page[page]", 1);
    const last = Math.max(1, Math.ceil(providers.length / perPage));
    const pageUrl = (n: number) =>
      `${url}/api/public/v1/recruitment_cycles/${year}/providers?${encodeURIComponent("page[page]")}=${n}&${encodeURIComponent("page[per_page]")}=${perPage}`;
    const slice = providers.slice((pageNo - 1) * perPage, pageNo * perPage);
    const baseId = year * 10000;
    res.type("application/vnd.api+json").send(
      JSON.stringify({
        data: slice.map((p, i) => ({
          id: String(baseId + (pageNo - 1) * perPage + i + 1),
          type: "providers",
          attributes: {
            ...p,
            recruitment_cycle_year: year,
            train_with_us: `${p.name} trains teachers in partnership with local schools.`,
            train_with_disability: null,
            can_sponsor_student_visa: p.provider_type === "university",
            can_sponsor_skilled_worker_visa: p.provider_type !== "university",
            changed_at: CHANGED_AT,
          },
        })),
        links: {
          first: pageUrl(1),
          last: pageUrl(last),
          prev: pageNo > 1 ? pageUrl(Math.min(pageNo - 1, last)) : null,
          next: pageNo < last ? pageUrl(pageNo + 1) : null,
        },
        meta: { count: providers.length },
        jsonapi: JSONAPI,
      }),
    );
  });

  app.get("/api/public/v1/subject_areas", (req, res) => {
    const include = String(req.query.include ?? "")
      .split(",")
      .includes("subjects");
    const areas = [...new Set(subjects.map((s) => s.area))];
    res.type("application/vnd.api+json").send(
      JSON.stringify({
        data: areas.map((area) => ({
          id: area,
          type: "subject_areas",
          attributes: { name: AREA_NAMES[area], typename: area },
          relationships: {
            subjects: { data: subjects.filter((s) => s.area === area).map((s) => ({ type: "subjects", id: s.id })) },
          },
        })),
        ...(include
          ? {
              included: subjects.map((s) => ({
                id: s.id,
                type: "subjects",
                attributes: {
                  name: s.name,
                  code: s.code,
                  bursary_amount: null,
                  early_career_payments: null,
                  scholarship: null,
                  subject_knowledge_enhancement_course_available: null,
                },
              })),
            }
          : {}),
        jsonapi: JSONAPI,
      }),
    );
  });

  app.use("/api", (_req, res) => jsonApiError(res, 404, "Not found"));

  return {
    url,
    providers: () => [...providers],
    setProviders: (p) => void (providers = [...p]),
    failNext: (status = 500, count = 1) => faults.failNext(count, status),
    setDelay: (ms) => faults.setDelay(ms),
    setDown: (down) => faults.setDown(down),
    requests: () => [...log],
    reset: () => {
      faults.reset();
      log.length = 0;
      providers = [...(opts.providers ?? DEMO_PROVIDERS)];
    },
    close: () => closeServer(server),
  };
}
