// @vitest-environment node
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { DISTRICTS, GIAS_HEADERS, generateGiasCsv } from "./gias-generator.ts";

const APPENDIX_B_HEADER =
  "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),TypeOfEstablishment (name),EstablishmentTypeGroup (code),EstablishmentTypeGroup (name),EstablishmentStatus (code),EstablishmentStatus (name),ReasonEstablishmentOpened (code),ReasonEstablishmentOpened (name),OpenDate,ReasonEstablishmentClosed (code),ReasonEstablishmentClosed (name),CloseDate,PhaseOfEducation (code),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Boarders (code),Boarders (name),NurseryProvision (name),OfficialSixthForm (code),OfficialSixthForm (name),Gender (code),Gender (name),ReligiousCharacter (code),ReligiousCharacter (name),ReligiousEthos (name),Diocese (code),Diocese (name),AdmissionsPolicy (code),AdmissionsPolicy (name),SchoolCapacity,SpecialClasses (code),SpecialClasses (name),CensusDate,NumberOfPupils,NumberOfBoys,NumberOfGirls,PercentageFSM,TrustSchoolFlag (code),TrustSchoolFlag (name),Trusts (code),Trusts (name),SchoolSponsorFlag (name),SchoolSponsors (name),FederationFlag (name),Federations (code),Federations (name),UKPRN,FEHEIdentifier,FurtherEducationType (name),OfstedLastInsp,OfstedSpecialMeasures (code),OfstedSpecialMeasures (name),LastChangedDate,Street,Locality,Address3,Town,County (name),Postcode,SchoolWebsite,TelephoneNum,HeadTitle (name),HeadFirstName,HeadLastName,HeadPreferredJobTitle,BSOInspectorateName (name),InspectorateReport,DateOfLastInspectionVisit,NextInspectionVisit,TeenMoth (name),TeenMothPlaces,CCF (name),SENPRU (name),EBD (name),PlacesPRU,FTProv (name),EdByOther (name),Section41Approved (name),SEN1 (name),SEN2 (name),SEN3 (name),SEN4 (name),SEN5 (name),SEN6 (name),SEN7 (name),SEN8 (name),SEN9 (name),SEN10 (name),SEN11 (name),SEN12 (name),SEN13 (name),TypeOfResourcedProvision (name),ResourcedProvisionOnRoll,ResourcedProvisionCapacity,SenUnitOnRoll,SenUnitCapacity,GOR (code),GOR (name),DistrictAdministrative (code),DistrictAdministrative (name),AdministrativeWard (code),AdministrativeWard (name),ParliamentaryConstituency (code),ParliamentaryConstituency (name),UrbanRural (code),UrbanRural (name),GSSLACode (name),Easting,Northing,MSOA (name),LSOA (name),InspectorateName (name),SENStat,SENNoStat,BoardingEstablishment (name),PropsName,PreviousLA (code),PreviousLA (name),PreviousEstablishmentNumber,OfstedRating (name),RSCRegion (name),Country (name),UPRN,SiteName,QABName (code),QABName (name),EstablishmentAccredited (code),EstablishmentAccredited (name),QABReport,CHNumber,MSOA (code),LSOA (code),FSM,AccreditationExpiryDate";

describe("GIAS edubasealldata generator", () => {
  let dir: string;
  let rows: Record<string, string>[];
  let raw: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gias-"));
    const file = join(dir, "edubasealldata20250101.csv");
    const result = await generateGiasCsv(file, 1000, 42);
    expect(result.rows).toBe(1000);
    raw = await readFile(file);
    expect(result.bytes).toBe(raw.length);
    rows = parse(raw, { encoding: "latin1", columns: true, skip_empty_lines: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("has the exact GIAS header and 1,000 rows", () => {
    expect(GIAS_HEADERS.join(",")).toBe(APPENDIX_B_HEADER);
    const firstLine = raw.subarray(0, raw.indexOf("\r\n")).toString("latin1");
    expect(firstLine).toBe(APPENDIX_B_HEADER);
    expect(rows).toHaveLength(1000);
    expect(Object.keys(rows[0])).toEqual([...GIAS_HEADERS]);
  });

  it("is ISO-8859-1 encoded with accented names", () => {
    expect(rows[1].EstablishmentName).toBe("St Mary's Church of England Primary School, Brómley");
    // "ó" is one byte (0xF3) in latin1, not the two-byte UTF-8 sequence.
    expect(raw.includes(Buffer.from([0x42, 0x72, 0xf3, 0x6d]))).toBe(true);
    expect(raw.includes(Buffer.from("Brómley", "utf8"))).toBe(false);
  });

  it("mixes statuses, excluded types and regions, with English eastings/northings", () => {
    const count = (pred: (r: Record<string, string>) => boolean) => rows.filter(pred).length;
    expect(count((r) => r["EstablishmentStatus (code)"] === "1")).toBeGreaterThan(700);
    expect(count((r) => r["EstablishmentStatus (code)"] === "2")).toBeGreaterThan(50);
    expect(count((r) => r["EstablishmentStatus (code)"] === "3")).toBeGreaterThan(0);
    for (const code of ["25", "30", "37"])
      expect(count((r) => r["TypeOfEstablishment (code)"] === code)).toBeGreaterThan(0);

    const regionOf = new Map(DISTRICTS.map((d) => [d.code, d.region]));
    const regions = new Set(rows.map((r) => regionOf.get(r["DistrictAdministrative (code)"])).filter(Boolean));
    expect(regions).toEqual(new Set(["Inner London", "Outer London", "Fringe", "Rest of England"]));

    const kept = rows.filter(
      (r) =>
        ["1", "3"].includes(r["EstablishmentStatus (code)"]) &&
        !["25", "30", "37"].includes(r["TypeOfEstablishment (code)"]),
    );
    const withCoords = kept.filter((r) => r.Easting && r.Northing);
    expect(withCoords.length).toBeGreaterThan(kept.length * 0.97);
    for (const r of withCoords) {
      const [e, n] = [Number(r.Easting), Number(r.Northing)];
      expect(e).toBeGreaterThan(130000);
      expect(e).toBeLessThan(660000);
      expect(n).toBeGreaterThan(10000);
      expect(n).toBeLessThan(660000);
      expect(r.Postcode).toMatch(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/);
    }
    expect(new Set(rows.map((r) => r.URN)).size).toBe(1000);
  });

  it("is deterministic for a seed", async () => {
    const again = join(dir, "again.csv");
    await generateGiasCsv(again, 1000, 42);
    expect((await readFile(again)).equals(raw)).toBe(true);
    const other = join(dir, "other.csv");
    await generateGiasCsv(other, 1000, 43);
    expect((await readFile(other)).equals(raw)).toBe(false);
  });
});
