/**
 * GIAS "edubasealldata" rows → school records.
 *
 * Pure functions: header validation, the open-in-England filter, value parsing with a per-column error,
 * and British National Grid (EPSG:27700) → WGS 84 (EPSG:4326) with proj4.
 */
import proj4 from "proj4";
import { regionForDistrictCode, type RegionName } from "../../../prisma/seed-data/regions.ts";

/** EPSG:27700 (OSGB36 / British National Grid) as published by EPSG/PROJ, with the 7-parameter OSGB36→WGS84 shift. */
export const EPSG_27700 =
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
  "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs +type=crs";
proj4.defs("EPSG:27700", EPSG_27700);
const toWgs84 = proj4("EPSG:27700", "EPSG:4326");

/** Easting/Northing in metres → { latitude, longitude } rounded to 6 decimals (≈ 0.1 m). */
export function eastingNorthingToLatLong(easting: number, northing: number): { latitude: number; longitude: number } {
  const [longitude, latitude] = toWgs84.forward([easting, northing]);
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** Status codes kept: 1 Open, 3 Open but proposed to close. */
export const OPEN_STATUS_CODES = new Set(["1", "3"]);
/** Establishment types dropped: 25 Offshore schools, 30 Welsh establishment, 37 British schools overseas. */
export const EXCLUDED_TYPE_CODES = new Set(["25", "30", "37"]);

export const SEN_COLUMNS = Array.from({ length: 13 }, (_, i) => `SEN${i + 1} (name)`);

/** Every column the import reads; a file without one of them is refused before anything changes. */
export const REQUIRED_COLUMNS = [
  "URN",
  "EstablishmentName",
  "EstablishmentStatus (code)",
  "TypeOfEstablishment (code)",
  "TypeOfEstablishment (name)",
  "EstablishmentTypeGroup (name)",
  "DistrictAdministrative (code)",
  "DistrictAdministrative (name)",
  "Street",
  "Locality",
  "Address3",
  "Town",
  "Postcode",
  "UKPRN",
  "SchoolWebsite",
  "TelephoneNum",
  "LA (code)",
  "LA (name)",
  "PhaseOfEducation (name)",
  "Gender (name)",
  "StatutoryLowAge",
  "StatutoryHighAge",
  "ReligiousCharacter (name)",
  "AdmissionsPolicy (name)",
  "UrbanRural (name)",
  "SchoolCapacity",
  "NumberOfPupils",
  "NumberOfBoys",
  "NumberOfGirls",
  "PercentageFSM",
  "SpecialClasses (name)",
  "TypeOfResourcedProvision (name)",
  "OfstedRating (name)",
  "OfstedLastInsp",
  "Trusts (code)",
  "Trusts (name)",
  "Easting",
  "Northing",
  ...SEN_COLUMNS,
] as const;

export type GiasColumn = (typeof REQUIRED_COLUMNS)[number];

export class GiasStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GiasStructureError";
  }
}

/** Column name → index; throws GiasStructureError naming every missing column (or a UTF-8 byte order mark). */
export function indexHeader(header: string[]): Map<string, number> {
  if (header[0]?.startsWith("\u00ef\u00bb\u00bf") || header[0]?.startsWith("\ufeff")) {
    throw new GiasStructureError(
      "Wrong encoding: the file starts with a UTF-8 byte order mark; GIAS files are ISO-8859-1 (latin1). Nothing was imported.",
    );
  }
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name.trim())) index.set(name.trim(), i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    throw new GiasStructureError(
      `Missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} in the header row. Nothing was imported.`,
    );
  }
  return index;
}

/** The school fields the import writes (and compares on re-import). */
export type SchoolFields = {
  urn: string;
  name: string;
  address1: string | null;
  address2: string | null;
  address3: string | null;
  town: string | null;
  postcode: string | null;
  ukprn: string | null;
  website: string | null;
  telephone: string | null;
  group: string | null;
  typeOfEstablishment: string | null;
  localAuthorityCode: string | null;
  localAuthorityName: string | null;
  phase: string | null;
  gender: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  religiousCharacter: string | null;
  admissionsPolicy: string | null;
  urbanOrRural: string | null;
  schoolCapacity: number | null;
  totalPupils: number | null;
  totalBoys: number | null;
  totalGirls: number | null;
  percentageFreeSchoolMeals: number | null;
  specialClasses: string | null;
  sendProvision: string | null;
  rating: string | null;
  lastInspectionDate: Date | null;
  districtAdminCode: string | null;
  districtAdminName: string | null;
  latitude: number | null;
  longitude: number | null;
};

export const COMPARED_FIELDS = [
  "name",
  "address1",
  "address2",
  "address3",
  "town",
  "postcode",
  "ukprn",
  "website",
  "telephone",
  "group",
  "typeOfEstablishment",
  "localAuthorityCode",
  "localAuthorityName",
  "phase",
  "gender",
  "minimumAge",
  "maximumAge",
  "religiousCharacter",
  "admissionsPolicy",
  "urbanOrRural",
  "schoolCapacity",
  "totalPupils",
  "totalBoys",
  "totalGirls",
  "percentageFreeSchoolMeals",
  "specialClasses",
  "sendProvision",
  "rating",
  "lastInspectionDate",
  "districtAdminCode",
  "districtAdminName",
  "latitude",
  "longitude",
] as const satisfies readonly (keyof SchoolFields)[];

export type GiasSchool = {
  fields: SchoolFields;
  region: RegionName;
  trust: { uid: string; name: string } | null;
  senProvisions: string[];
};

export type RowOutcome =
  | { kind: "school"; school: GiasSchool }
  | { kind: "filtered"; urn: string }
  | { kind: "invalid"; urn: string | null; column: string | null; message: string };

class CellError extends Error {
  constructor(
    public column: string,
    message: string,
  ) {
    super(message);
  }
}

/** Text decoded as latin1 that is really UTF-8 shows as "Ã©", "Â£"…: a lead byte 0xC2–0xDF then a continuation byte. */
const UTF8_MOJIBAKE = /[\u00c2-\u00df][\u0080-\u00bf]/;

/** C0 control characters other than tab (a NUL byte cannot be stored in a PostgreSQL text column at all). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whole numbers are stored as PostgreSQL integer (int4). */
const MAX_INT = 2_147_483_647;

/** Values GIAS uses for "no value" in numeric columns. */
const NUMERIC_BLANKS = new Set(["", "NULL", "SUPP", "NA", "N/A"]);

export function transformRow(cells: string[], index: Map<string, number>): RowOutcome {
  const get = (column: GiasColumn): string => (cells[index.get(column)!] ?? "").trim();
  const text = (column: GiasColumn): string | null => {
    const v = get(column);
    if (UTF8_MOJIBAKE.test(v)) {
      throw new CellError(column, `"${v}" is not ISO-8859-1 text (the file looks UTF-8 encoded)`);
    }
    if (CONTROL_CHARACTER.test(v)) throw new CellError(column, `contains a control character (byte ${controlByte(v)})`);
    return v === "" ? null : v;
  };
  const int = (column: GiasColumn): number | null => {
    const v = get(column);
    if (NUMERIC_BLANKS.has(v.toUpperCase())) return null;
    if (!/^-?\d+$/.test(v)) throw new CellError(column, `"${v}" is not a whole number`);
    const n = Number(v);
    if (Math.abs(n) > MAX_INT) throw new CellError(column, `"${v}" is too large`);
    return n;
  };
  const decimal = (column: GiasColumn): number | null => {
    const v = get(column);
    if (NUMERIC_BLANKS.has(v.toUpperCase())) return null;
    if (!/^-?\d+(\.\d+)?$/.test(v)) throw new CellError(column, `"${v}" is not a number`);
    return Number(v);
  };
  const date = (column: GiasColumn): Date | null => {
    const v = get(column);
    if (v === "") return null;
    const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
    if (!m || !d || d.getUTCDate() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1) {
      throw new CellError(column, `"${v}" is not a date (dd-mm-yyyy)`);
    }
    return d;
  };

  const urnRaw = get("URN");
  if (!/^\d{5,7}$/.test(urnRaw)) {
    return { kind: "invalid", urn: null, column: "URN", message: urnRaw ? `"${urnRaw}" is not a URN` : "URN is blank" };
  }
  const urn = urnRaw;
  if (
    !OPEN_STATUS_CODES.has(get("EstablishmentStatus (code)")) ||
    EXCLUDED_TYPE_CODES.has(get("TypeOfEstablishment (code)"))
  ) {
    return { kind: "filtered", urn };
  }
  try {
    const name = text("EstablishmentName");
    if (!name) throw new CellError("EstablishmentName", "EstablishmentName is blank");
    const easting = decimal("Easting");
    const northing = decimal("Northing");
    let coordinates: { latitude: number | null; longitude: number | null } = { latitude: null, longitude: null };
    if (easting !== null && northing !== null && (easting !== 0 || northing !== 0)) {
      if (easting < 0 || easting > 700_000)
        throw new CellError("Easting", `"${easting}" is outside the British National Grid`);
      if (northing < 0 || northing > 1_300_000)
        throw new CellError("Northing", `"${northing}" is outside the British National Grid`);
      coordinates = eastingNorthingToLatLong(easting, northing);
    }
    const fsm = decimal("PercentageFSM");
    if (fsm !== null && Math.abs(fsm) > MAX_INT) throw new CellError("PercentageFSM", `"${fsm}" is too large`);
    const districtCode = text("DistrictAdministrative (code)");
    const trustUid = text("Trusts (code)");
    const senProvisions = [
      ...new Set(SEN_COLUMNS.map((c) => text(c as GiasColumn)).filter((s): s is string => Boolean(s))),
    ].sort();
    const fields: SchoolFields = {
      urn,
      name,
      address1: text("Street"),
      address2: text("Locality"),
      address3: text("Address3"),
      town: text("Town"),
      postcode: text("Postcode"),
      ukprn: text("UKPRN"),
      website: text("SchoolWebsite"),
      telephone: text("TelephoneNum"),
      group: text("EstablishmentTypeGroup (name)"),
      typeOfEstablishment: text("TypeOfEstablishment (name)"),
      localAuthorityCode: text("LA (code)"),
      localAuthorityName: text("LA (name)"),
      phase: text("PhaseOfEducation (name)"),
      gender: text("Gender (name)"),
      minimumAge: int("StatutoryLowAge"),
      maximumAge: int("StatutoryHighAge"),
      religiousCharacter: text("ReligiousCharacter (name)"),
      admissionsPolicy: text("AdmissionsPolicy (name)"),
      urbanOrRural: text("UrbanRural (name)"),
      schoolCapacity: int("SchoolCapacity"),
      totalPupils: int("NumberOfPupils"),
      totalBoys: int("NumberOfBoys"),
      totalGirls: int("NumberOfGirls"),
      percentageFreeSchoolMeals: fsm === null ? null : Math.round(fsm),
      specialClasses: text("SpecialClasses (name)"),
      sendProvision: text("TypeOfResourcedProvision (name)"),
      rating: text("OfstedRating (name)"),
      lastInspectionDate: date("OfstedLastInsp"),
      districtAdminCode: districtCode,
      districtAdminName: text("DistrictAdministrative (name)"),
      ...coordinates,
    };
    return {
      kind: "school",
      school: {
        fields,
        region: regionForDistrictCode(districtCode),
        trust: trustUid ? { uid: trustUid, name: text("Trusts (name)") ?? trustUid } : null,
        senProvisions,
      },
    };
  } catch (error) {
    if (error instanceof CellError) return { kind: "invalid", urn, column: error.column, message: error.message };
    throw error;
  }
}

function controlByte(v: string): string {
  const code = v.match(CONTROL_CHARACTER)![0].charCodeAt(0);
  return `0x${code.toString(16).padStart(2, "0").toUpperCase()}`;
}
