/** Claims funding regions and their hourly rates in pence. */
export const REGIONS = [
  { name: "Inner London", claimsFundingAvailablePerHourPence: 5360 },
  { name: "Outer London", claimsFundingAvailablePerHourPence: 4825 },
  { name: "Fringe", claimsFundingAvailablePerHourPence: 4510 },
  { name: "Rest of England", claimsFundingAvailablePerHourPence: 4380 },
] as const;

export type RegionName = (typeof REGIONS)[number]["name"];

/** GIAS "DistrictAdministrative (code)" (ONS LA code) → region. Any other code is Rest of England. */
export const INNER_LONDON_DISTRICT_CODES = [
  "E09000002",
  "E09000005",
  "E09000007",
  "E09000001",
  "E09000009",
  "E09000011",
  "E09000012",
  "E09000013",
  "E09000014",
  "E09000019",
  "E09000020",
  "E09000022",
  "E09000023",
  "E09000024",
  "E09000025",
  "E09000028",
  "E09000030",
  "E09000032",
  "E09000033",
] as const;

export const OUTER_LONDON_DISTRICT_CODES = [
  "E09000003",
  "E09000004",
  "E09000006",
  "E09000008",
  "E09000010",
  "E09000015",
  "E09000016",
  "E09000017",
  "E09000018",
  "E09000021",
  "E09000026",
  "E09000027",
  "E09000029",
  "E09000031",
] as const;

export const FRINGE_DISTRICT_CODES = [
  "E06000036",
  "E06000039",
  "E06000040",
  "E06000060",
  "E07000006",
  "E07000005",
  "E07000066",
  "E07000068",
  "E07000072",
  "E07000073",
  "E06000034",
  "E07000095",
  "E07000096",
  "E07000242",
  "E07000098",
  "E07000240",
  "E07000102",
  "E07000103",
  "E07000241",
  "E07000107",
  "E07000111",
  "E07000226",
  "E07000211",
  "E07000215",
  "E07000210",
  "E07000209",
  "E07000208",
  "E07000207",
  "E07000213",
  "E07000214",
  "E07000216",
  "E07000217",
  "E07000212",
] as const;

const inner = new Set<string>(INNER_LONDON_DISTRICT_CODES);
const outer = new Set<string>(OUTER_LONDON_DISTRICT_CODES);
const fringe = new Set<string>(FRINGE_DISTRICT_CODES);

export function regionForDistrictCode(code: string | null | undefined): RegionName {
  const c = (code ?? "").trim().toUpperCase();
  if (inner.has(c)) return "Inner London";
  if (outer.has(c)) return "Outer London";
  if (fringe.has(c)) return "Fringe";
  return "Rest of England";
}
