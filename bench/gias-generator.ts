/**
 * Generator of realistic GIAS "edubasealldata" CSV files of any size, for import benchmarks and tests.
 *
 *   tsx bench/gias-generator.ts <out.csv> <rows> [seed]
 *
 * - the exact GIAS header (reference Appendix B), ISO-8859-1 encoded (Buffer.from(str, "latin1")), CRLF lines
 * - streaming write with back-pressure, so millions of rows use constant memory
 * - deterministic for a seed (no clock, no Math.random)
 * - a realistic mix: ~85% open (status 1), some 3 (open, proposed to close), closed (2) and proposed (4);
 *   excluded types 25 (offshore), 30 (Welsh establishment), 37 (British schools overseas);
 *   districts from all four regions of Appendix A (Inner London, Outer London, Fringe, Rest of England);
 *   Easting/Northing inside England for English schools (Wales for type 30, blank overseas and ~0.5% blank);
 *   accented latin1 names such as "St Mary's Church of England Primary School, Brómley" (row 2 when rows >= 2)
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pathToFileURL } from "node:url";

export const GIAS_HEADERS = [
  "URN",
  "LA (code)",
  "LA (name)",
  "EstablishmentNumber",
  "EstablishmentName",
  "TypeOfEstablishment (code)",
  "TypeOfEstablishment (name)",
  "EstablishmentTypeGroup (code)",
  "EstablishmentTypeGroup (name)",
  "EstablishmentStatus (code)",
  "EstablishmentStatus (name)",
  "ReasonEstablishmentOpened (code)",
  "ReasonEstablishmentOpened (name)",
  "OpenDate",
  "ReasonEstablishmentClosed (code)",
  "ReasonEstablishmentClosed (name)",
  "CloseDate",
  "PhaseOfEducation (code)",
  "PhaseOfEducation (name)",
  "StatutoryLowAge",
  "StatutoryHighAge",
  "Boarders (code)",
  "Boarders (name)",
  "NurseryProvision (name)",
  "OfficialSixthForm (code)",
  "OfficialSixthForm (name)",
  "Gender (code)",
  "Gender (name)",
  "ReligiousCharacter (code)",
  "ReligiousCharacter (name)",
  "ReligiousEthos (name)",
  "Diocese (code)",
  "Diocese (name)",
  "AdmissionsPolicy (code)",
  "AdmissionsPolicy (name)",
  "SchoolCapacity",
  "SpecialClasses (code)",
  "SpecialClasses (name)",
  "CensusDate",
  "NumberOfPupils",
  "NumberOfBoys",
  "NumberOfGirls",
  "PercentageFSM",
  "TrustSchoolFlag (code)",
  "TrustSchoolFlag (name)",
  "Trusts (code)",
  "Trusts (name)",
  "SchoolSponsorFlag (name)",
  "SchoolSponsors (name)",
  "FederationFlag (name)",
  "Federations (code)",
  "Federations (name)",
  "UKPRN",
  "FEHEIdentifier",
  "FurtherEducationType (name)",
  "OfstedLastInsp",
  "OfstedSpecialMeasures (code)",
  "OfstedSpecialMeasures (name)",
  "LastChangedDate",
  "Street",
  "Locality",
  "Address3",
  "Town",
  "County (name)",
  "Postcode",
  "SchoolWebsite",
  "TelephoneNum",
  "HeadTitle (name)",
  "HeadFirstName",
  "HeadLastName",
  "HeadPreferredJobTitle",
  "BSOInspectorateName (name)",
  "InspectorateReport",
  "DateOfLastInspectionVisit",
  "NextInspectionVisit",
  "TeenMoth (name)",
  "TeenMothPlaces",
  "CCF (name)",
  "SENPRU (name)",
  "EBD (name)",
  "PlacesPRU",
  "FTProv (name)",
  "EdByOther (name)",
  "Section41Approved (name)",
  "SEN1 (name)",
  "SEN2 (name)",
  "SEN3 (name)",
  "SEN4 (name)",
  "SEN5 (name)",
  "SEN6 (name)",
  "SEN7 (name)",
  "SEN8 (name)",
  "SEN9 (name)",
  "SEN10 (name)",
  "SEN11 (name)",
  "SEN12 (name)",
  "SEN13 (name)",
  "TypeOfResourcedProvision (name)",
  "ResourcedProvisionOnRoll",
  "ResourcedProvisionCapacity",
  "SenUnitOnRoll",
  "SenUnitCapacity",
  "GOR (code)",
  "GOR (name)",
  "DistrictAdministrative (code)",
  "DistrictAdministrative (name)",
  "AdministrativeWard (code)",
  "AdministrativeWard (name)",
  "ParliamentaryConstituency (code)",
  "ParliamentaryConstituency (name)",
  "UrbanRural (code)",
  "UrbanRural (name)",
  "GSSLACode (name)",
  "Easting",
  "Northing",
  "MSOA (name)",
  "LSOA (name)",
  "InspectorateName (name)",
  "SENStat",
  "SENNoStat",
  "BoardingEstablishment (name)",
  "PropsName",
  "PreviousLA (code)",
  "PreviousLA (name)",
  "PreviousEstablishmentNumber",
  "OfstedRating (name)",
  "RSCRegion (name)",
  "Country (name)",
  "UPRN",
  "SiteName",
  "QABName (code)",
  "QABName (name)",
  "EstablishmentAccredited (code)",
  "EstablishmentAccredited (name)",
  "QABReport",
  "CHNumber",
  "MSOA (code)",
  "LSOA (code)",
  "FSM",
  "AccreditationExpiryDate",
] as const;

export type GiasHeader = (typeof GIAS_HEADERS)[number];
export type GiasRow = Record<GiasHeader, string>;

// ---------------------------------------------------------------------------------------------------------------
// Reference data

type Region = "Inner London" | "Outer London" | "Fringe" | "Rest of England";
type District = {
  code: string;
  name: string;
  region: Region;
  la: [string, string];
  gor: [string, string];
  county: string;
  e: number;
  n: number;
  town: string;
  pc: string[];
  gss: string;
  rsc: string;
};
const D = (
  code: string,
  name: string,
  region: Region,
  la: [string, string],
  gor: [string, string],
  county: string,
  e: number,
  n: number,
  town: string,
  pc: string[],
  gss: string,
  rsc: string,
): District => ({ code, name, region, la, gor, county, e, n, town, pc, gss, rsc });

const LONDON: [string, string] = ["H", "London"];
const SE: [string, string] = ["J", "South East"];
const EE: [string, string] = ["G", "East of England"];
const RSC_LON = "North-West London and South-Central England";
const RSC_SLON = "South London and South-East England";
const RSC_E = "East of England and North-East London";

export const DISTRICTS: readonly District[] = [
  // Inner London
  D(
    "E09000007",
    "Camden",
    "Inner London",
    ["202", "Camden"],
    LONDON,
    "",
    529000,
    184000,
    "London",
    ["NW1", "NW3", "NW5", "WC1H"],
    "E09000007",
    RSC_LON,
  ),
  D(
    "E09000012",
    "Hackney",
    "Inner London",
    ["204", "Hackney"],
    LONDON,
    "",
    534500,
    185000,
    "London",
    ["E8", "E9", "N16", "E5"],
    "E09000012",
    RSC_E,
  ),
  D(
    "E09000022",
    "Lambeth",
    "Inner London",
    ["208", "Lambeth"],
    LONDON,
    "",
    530800,
    176000,
    "London",
    ["SW9", "SW2", "SE11", "SE27"],
    "E09000022",
    RSC_SLON,
  ),
  D(
    "E09000028",
    "Southwark",
    "Inner London",
    ["210", "Southwark"],
    LONDON,
    "",
    533000,
    177000,
    "London",
    ["SE1", "SE15", "SE5", "SE22"],
    "E09000028",
    RSC_SLON,
  ),
  D(
    "E09000033",
    "Westminster",
    "Inner London",
    ["213", "Westminster"],
    LONDON,
    "",
    529500,
    181000,
    "London",
    ["W1", "W2", "SW1V", "NW8"],
    "E09000033",
    RSC_LON,
  ),
  D(
    "E09000025",
    "Newham",
    "Inner London",
    ["316", "Newham"],
    LONDON,
    "",
    540500,
    184000,
    "London",
    ["E6", "E7", "E13", "E16"],
    "E09000025",
    RSC_E,
  ),
  // Outer London
  D(
    "E09000006",
    "Bromley",
    "Outer London",
    ["305", "Bromley"],
    LONDON,
    "",
    541000,
    168000,
    "Bromley",
    ["BR1", "BR2", "BR6", "BR3"],
    "E09000006",
    RSC_SLON,
  ),
  D(
    "E09000003",
    "Barnet",
    "Outer London",
    ["302", "Barnet"],
    LONDON,
    "",
    524500,
    192500,
    "Barnet",
    ["EN5", "N3", "N12", "NW7"],
    "E09000003",
    RSC_LON,
  ),
  D(
    "E09000008",
    "Croydon",
    "Outer London",
    ["306", "Croydon"],
    LONDON,
    "",
    532500,
    165500,
    "Croydon",
    ["CR0", "CR2", "CR7", "SE25"],
    "E09000008",
    RSC_SLON,
  ),
  D(
    "E09000017",
    "Hillingdon",
    "Outer London",
    ["312", "Hillingdon"],
    LONDON,
    "",
    507500,
    183000,
    "Uxbridge",
    ["UB8", "UB10", "HA4", "UB3"],
    "E09000017",
    RSC_LON,
  ),
  // Fringe
  D(
    "E06000039",
    "Slough",
    "Fringe",
    ["871", "Slough"],
    SE,
    "Berkshire",
    497500,
    180000,
    "Slough",
    ["SL1", "SL2", "SL3"],
    "E06000039",
    RSC_LON,
  ),
  D(
    "E07000240",
    "St Albans",
    "Fringe",
    ["919", "Hertfordshire"],
    EE,
    "Hertfordshire",
    515000,
    207000,
    "St Albans",
    ["AL1", "AL3", "AL4"],
    "E10000015",
    RSC_E,
  ),
  D(
    "E07000103",
    "Watford",
    "Fringe",
    ["919", "Hertfordshire"],
    EE,
    "Hertfordshire",
    511000,
    196500,
    "Watford",
    ["WD17", "WD18", "WD24"],
    "E10000015",
    RSC_E,
  ),
  D(
    "E07000209",
    "Guildford",
    "Fringe",
    ["936", "Surrey"],
    SE,
    "Surrey",
    499500,
    149500,
    "Guildford",
    ["GU1", "GU2", "GU4"],
    "E10000030",
    RSC_SLON,
  ),
  D(
    "E07000066",
    "Basildon",
    "Fringe",
    ["881", "Essex"],
    EE,
    "Essex",
    571000,
    189000,
    "Basildon",
    ["SS13", "SS14", "SS15", "SS16"],
    "E10000012",
    RSC_E,
  ),
  D(
    "E06000060",
    "Buckinghamshire",
    "Fringe",
    ["825", "Buckinghamshire"],
    SE,
    "Buckinghamshire",
    486000,
    193000,
    "High Wycombe",
    ["HP11", "HP13", "HP12"],
    "E06000060",
    RSC_LON,
  ),
  // Rest of England
  D(
    "E08000025",
    "Birmingham",
    "Rest of England",
    ["330", "Birmingham"],
    ["F", "West Midlands"],
    "West Midlands",
    407000,
    287000,
    "Birmingham",
    ["B1", "B11", "B23", "B31"],
    "E08000025",
    "West Midlands",
  ),
  D(
    "E08000003",
    "Manchester",
    "Rest of England",
    ["352", "Manchester"],
    ["B", "North West"],
    "Greater Manchester",
    384000,
    398000,
    "Manchester",
    ["M1", "M14", "M20", "M40"],
    "E08000003",
    "North West",
  ),
  D(
    "E08000035",
    "Leeds",
    "Rest of England",
    ["383", "Leeds"],
    ["D", "Yorkshire and the Humber"],
    "West Yorkshire",
    430000,
    433500,
    "Leeds",
    ["LS1", "LS6", "LS9", "LS17"],
    "E08000035",
    "North of England",
  ),
  D(
    "E06000023",
    "Bristol, City of",
    "Rest of England",
    ["801", "Bristol, City of"],
    ["K", "South West"],
    "",
    359000,
    173000,
    "Bristol",
    ["BS1", "BS5", "BS7", "BS13"],
    "E06000023",
    "South-West England",
  ),
  D(
    "E08000021",
    "Newcastle upon Tyne",
    "Rest of England",
    ["391", "Newcastle upon Tyne"],
    ["A", "North East"],
    "Tyne and Wear",
    424500,
    564500,
    "Newcastle upon Tyne",
    ["NE1", "NE4", "NE6", "NE15"],
    "E08000021",
    "North of England",
  ),
  D(
    "E06000018",
    "Nottingham",
    "Rest of England",
    ["892", "Nottingham"],
    ["E", "East Midlands"],
    "Nottinghamshire",
    457000,
    340000,
    "Nottingham",
    ["NG1", "NG3", "NG7", "NG8"],
    "E06000018",
    "East Midlands and the Humber",
  ),
  D(
    "E06000026",
    "Plymouth",
    "Rest of England",
    ["879", "Plymouth"],
    ["K", "South West"],
    "Devon",
    248000,
    56000,
    "Plymouth",
    ["PL1", "PL4", "PL5", "PL6"],
    "E06000026",
    "South-West England",
  ),
  D(
    "E08000012",
    "Liverpool",
    "Rest of England",
    ["341", "Liverpool"],
    ["B", "North West"],
    "Merseyside",
    335000,
    390000,
    "Liverpool",
    ["L1", "L4", "L8", "L15"],
    "E08000012",
    "North West",
  ),
  D(
    "E07000008",
    "Cambridge",
    "Rest of England",
    ["873", "Cambridgeshire"],
    EE,
    "Cambridgeshire",
    545000,
    258500,
    "Cambridge",
    ["CB1", "CB2", "CB4"],
    "E10000003",
    RSC_E,
  ),
  D(
    "E06000045",
    "Southampton",
    "Rest of England",
    ["852", "Southampton"],
    SE,
    "Hampshire",
    442000,
    112500,
    "Southampton",
    ["SO14", "SO15", "SO16", "SO17"],
    "E06000045",
    RSC_SLON,
  ),
  D(
    "E08000019",
    "Sheffield",
    "Rest of England",
    ["373", "Sheffield"],
    ["D", "Yorkshire and the Humber"],
    "South Yorkshire",
    435000,
    387000,
    "Sheffield",
    ["S1", "S2", "S5", "S10"],
    "E08000019",
    "North of England",
  ),
  D(
    "E06000014",
    "York",
    "Rest of England",
    ["816", "York"],
    ["D", "Yorkshire and the Humber"],
    "North Yorkshire",
    460000,
    451500,
    "York",
    ["YO1", "YO10", "YO24", "YO31"],
    "E06000014",
    "North of England",
  ),
  D(
    "E07000041",
    "Exeter",
    "Rest of England",
    ["878", "Devon"],
    ["K", "South West"],
    "Devon",
    292000,
    92500,
    "Exeter",
    ["EX1", "EX2", "EX4"],
    "E10000008",
    "South-West England",
  ),
  D(
    "E07000178",
    "Oxford",
    "Rest of England",
    ["931", "Oxfordshire"],
    SE,
    "Oxfordshire",
    451000,
    206000,
    "Oxford",
    ["OX1", "OX3", "OX4"],
    "E10000025",
    RSC_LON,
  ),
  D(
    "E06000010",
    "Kingston upon Hull, City of",
    "Rest of England",
    ["810", "Kingston upon Hull, City of"],
    ["D", "Yorkshire and the Humber"],
    "East Riding of Yorkshire",
    509000,
    430000,
    "Hull",
    ["HU1", "HU3", "HU5", "HU8"],
    "E06000010",
    "East Midlands and the Humber",
  ),
];
const WALES = D(
  "W06000015",
  "Cardiff",
  "Rest of England",
  ["660", "Cardiff"],
  ["W", "Wales (pseudo)"],
  "South Glamorgan",
  318000,
  176500,
  "Cardiff",
  ["CF10", "CF11", "CF14", "CF24"],
  "W06000015",
  "Not applicable",
);

type EstType = {
  code: string;
  name: string;
  group: [string, string];
  weight: number;
  kind:
    | "la"
    | "academy"
    | "free"
    | "special"
    | "independent"
    | "pru"
    | "nursery"
    | "fe"
    | "welsh"
    | "offshore"
    | "bso"
    | "other";
};
const T = (code: string, name: string, group: [string, string], weight: number, kind: EstType["kind"]): EstType => ({
  code,
  name,
  group,
  weight,
  kind,
});
const LA_MAINTAINED: [string, string] = ["4", "Local authority maintained schools"];
const ACADEMIES: [string, string] = ["10", "Academies"];
const FREE: [string, string] = ["11", "Free Schools"];
const SPECIAL: [string, string] = ["5", "Special schools"];
const INDEPENDENT: [string, string] = ["3", "Independent schools"];
const OTHER: [string, string] = ["9", "Other types"];
const COLLEGES: [string, string] = ["1", "Colleges"];

export const ESTABLISHMENT_TYPES: readonly EstType[] = [
  T("1", "Community school", LA_MAINTAINED, 230, "la"),
  T("2", "Voluntary aided school", LA_MAINTAINED, 80, "la"),
  T("3", "Voluntary controlled school", LA_MAINTAINED, 55, "la"),
  T("5", "Foundation school", LA_MAINTAINED, 30, "la"),
  T("7", "Community special school", SPECIAL, 25, "special"),
  T("8", "Non-maintained special school", SPECIAL, 5, "special"),
  T("10", "Other independent special school", INDEPENDENT, 20, "independent"),
  T("11", "Other independent school", INDEPENDENT, 75, "independent"),
  T("12", "Foundation special school", SPECIAL, 3, "special"),
  T("14", "Pupil referral unit", LA_MAINTAINED, 8, "pru"),
  T("15", "Local authority nursery school", LA_MAINTAINED, 10, "nursery"),
  T("18", "Further education", COLLEGES, 8, "fe"),
  T("24", "Secure units", OTHER, 1, "other"),
  T("25", "Offshore schools", OTHER, 3, "offshore"),
  T("27", "Miscellaneous", OTHER, 2, "other"),
  T("28", "Academy sponsor led", ACADEMIES, 90, "academy"),
  T("30", "Welsh establishment", ["6", "Welsh schools"], 15, "welsh"),
  T("33", "Academy special sponsor led", ACADEMIES, 4, "special"),
  T("34", "Academy converter", ACADEMIES, 270, "academy"),
  T("35", "Free schools", FREE, 25, "free"),
  T("36", "Free schools special", FREE, 4, "special"),
  T("37", "British schools overseas", OTHER, 12, "bso"),
  T("38", "Free schools alternative provision", FREE, 2, "pru"),
  T("40", "University technical college", FREE, 2, "free"),
  T("41", "Studio schools", FREE, 1, "free"),
  T("44", "Academy special converter", ACADEMIES, 6, "special"),
];

const STATUSES: [string, string, number][] = [
  ["1", "Open", 850],
  ["2", "Closed", 120],
  ["3", "Open, but proposed to close", 15],
  ["4", "Proposed to open", 15],
];

const PHASES = {
  na: ["0", "Not applicable", 2, 19],
  nursery: ["1", "Nursery", 2, 5],
  primary: ["2", "Primary", 4, 11],
  middlePrimary: ["3", "Middle deemed primary", 8, 12],
  secondary: ["4", "Secondary", 11, 16],
  middleSecondary: ["5", "Middle deemed secondary", 9, 13],
  sixteen: ["6", "16 plus", 16, 19],
  allThrough: ["7", "All-through", 4, 18],
} as const;

const RELIGIONS: [string, string, number][] = [
  ["00", "Does not apply", 20],
  ["06", "None", 560],
  ["02", "Church of England", 220],
  ["03", "Roman Catholic", 110],
  ["07", "Methodist", 8],
  ["11", "Jewish", 8],
  ["13", "Muslim", 8],
  ["14", "Sikh", 3],
  ["12", "Hindu", 2],
  ["04", "Church of England/Methodist", 6],
  ["01", "Christian", 15],
];

const SEN_TYPES = [
  "PMLD - Profound and Multiple Learning Difficulty",
  "SLD - Severe Learning Difficulty",
  "MLD - Moderate Learning Difficulty",
  "SpLD - Specific Learning Difficulty",
  "SEMH - Social, Emotional and Mental Health",
  "SLCN - Speech, language and Communication",
  "HI - Hearing Impairment",
  "VI - Visual Impairment",
  "MSI - Multi-Sensory Impairment",
  "PD - Physical Disability",
  "ASD - Autistic Spectrum Disorder",
  "OTH - Other Difficulty/Disability",
];

const URBAN_RURAL: [string, string, number][] = [
  ["A1", "(England/Wales) Urban major conurbation", 35],
  ["B1", "(England/Wales) Urban minor conurbation", 5],
  ["C1", "(England/Wales) Urban city and town", 35],
  ["D1", "(England/Wales) Rural town and fringe", 12],
  ["E1", "(England/Wales) Rural village", 10],
  ["F1", "(England/Wales) Rural hamlet and isolated dwellings", 3],
];

const OFSTED: [string, number][] = [
  ["Outstanding", 15],
  ["Good", 60],
  ["Requires improvement", 12],
  ["Serious Weaknesses", 2],
  ["Special Measures", 2],
  ["", 9],
];

const STEMS = [
  "Oakwood",
  "Ashfield",
  "Beechwood",
  "Meadowside",
  "Riverside",
  "Hillcrest",
  "Elmhurst",
  "Fairfield",
  "Greenfield",
  "Highfield",
  "Kingsmead",
  "Westfield",
  "Northgate",
  "Southfields",
  "Brookside",
  "Woodlands",
  "Parkside",
  "Hollybrook",
  "Chestnut Grove",
  "Willow Bank",
  "Marlborough",
  "Wellington",
  "Churchill",
  "Victoria",
  "Albert",
  "Queensbridge",
  "Hawthorn",
  "Rosemead",
  "Lime Tree",
  "Cedar Park",
  "Millfield",
  "Orchard",
  "Bramley",
  "Foxhill",
  "Kestrel",
  "Brómley",
  "Renée Fontaine",
  "Zoë Hart",
  "Château Green",
  "Anaïs Nin",
  "Façade Lane",
  "Müller",
  "Señora Peña",
];
const SAINTS = [
  "St Mary's",
  "St John's",
  "St Joseph's",
  "St Peter's",
  "St Paul's",
  "Holy Trinity",
  "St Anne's",
  "Christ Church",
  "All Saints",
  "St Michael's",
  "Our Lady of Lourdes",
  "St Thérèse of Lisieux",
  "St Bernadette's",
];
const ROADS = [
  "Road",
  "Lane",
  "Street",
  "Avenue",
  "Close",
  "Drive",
  "Way",
  "Grove",
  "Crescent",
  "Walk",
  "Hill",
  "Rise",
];
const FIRST = [
  "Sarah",
  "James",
  "Claire",
  "David",
  "Helen",
  "Mark",
  "Joanne",
  "Paul",
  "Rachel",
  "Andrew",
  "Fiona",
  "Mohammed",
  "Priya",
  "Chloë",
  "José",
  "Siân",
  "Zoë",
  "Gráinne",
  "Amélie",
  "Oluwaseun",
  "Wei",
  "Aisha",
];
const LAST = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Patel",
  "Khan",
  "O'Brien",
  "Nowak",
  "Okafor",
  "Müller",
  "Núñez",
  "Brontë",
  "Chen",
  "Begum",
  "Hughes",
  "Evans",
];
const TRUST_WORDS = [
  "Learning",
  "Education",
  "Academies",
  "Schools",
  "Multi Academy",
  "Diocesan",
  "Co-operative",
  "Partnership",
];
const POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
const DRAMA_PHONES = [
  "02079460",
  "01174960",
  "01214960",
  "01614960",
  "01134960",
  "01144960",
  "01154960",
  "01914980",
  "01632960",
];

// ---------------------------------------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number) {
    return this.next() < p;
  }
  weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let r = this.next() * total;
    for (const t of items) {
      r -= weight(t);
      if (r < 0) return t;
    }
    return items[items.length - 1];
  }
  date(fromYear: number, toYear: number) {
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    return `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-${y}`; // GIAS uses dd-mm-yyyy
  }
}

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

function emptyRow(): GiasRow {
  const row = {} as GiasRow;
  for (const h of GIAS_HEADERS) row[h] = "";
  return row;
}

/** Deterministic rows for a seed (the CSV writer streams these). */
export function* giasRows(count: number, seed = 1): Generator<GiasRow> {
  const rng = new Rng(seed);
  const trusts = Array.from({ length: Math.max(5, Math.ceil(count / 12)) }, (_, i) => ({
    code: String(2000 + i * 3 + rng.int(0, 2)),
    name: `${rng.pick(STEMS)} ${rng.pick(TRUST_WORDS)} Trust`,
  }));
  let urn = 100000;
  for (let i = 0; i < count; i++) {
    urn += rng.int(1, 12);
    const row = emptyRow();
    const type = rng.weighted(ESTABLISHMENT_TYPES, (t) => t.weight);
    const [statusCode, statusName] = rng.weighted(STATUSES, (s) => s[2]);
    const overseas = type.kind === "offshore" || type.kind === "bso";
    const district = type.kind === "welsh" ? WALES : overseas ? undefined : rng.pick(DISTRICTS);

    // Phase and ages
    let phase: readonly [string, string, number, number];
    if (type.kind === "nursery") phase = PHASES.nursery;
    else if (type.kind === "fe") phase = PHASES.sixteen;
    else if (type.kind === "special" || type.kind === "pru" || type.kind === "other") phase = PHASES.na;
    else {
      const r = rng.next();
      phase =
        r < 0.7
          ? PHASES.primary
          : r < 0.93
            ? PHASES.secondary
            : r < 0.96
              ? PHASES.allThrough
              : r < 0.98
                ? PHASES.middlePrimary
                : PHASES.middleSecondary;
    }
    let [lowAge, highAge] = [phase[2], phase[3]];
    if (phase === PHASES.primary) lowAge = rng.pick([2, 3, 4, 4, 4, 5, 7]);
    if (phase === PHASES.secondary) highAge = rng.pick([16, 18, 18, 19]);
    if (phase === PHASES.na) [lowAge, highAge] = [rng.pick([2, 3, 5, 11]), rng.pick([16, 19, 25])];

    // Religion
    let religion = rng.weighted(RELIGIONS, (r) => r[2]);
    if (type.code === "1" || (type.kind === "academy" && rng.chance(0.5))) religion = RELIGIONS[1];
    if (type.code === "2" || type.code === "3") religion = rng.chance(0.6) ? RELIGIONS[2] : RELIGIONS[3];
    if (type.kind === "independent" || type.kind === "fe" || overseas) religion = RELIGIONS[0];

    // Name
    const stem = rng.pick(STEMS);
    const phaseWord =
      phase === PHASES.primary
        ? rng.pick(["Primary School", "Primary Academy", "Infant School", "Junior School", "Primary School"])
        : phase === PHASES.secondary
          ? rng.pick(["Academy", "High School", "School", "Community College", "Grammar School"])
          : phase === PHASES.nursery
            ? "Nursery School"
            : phase === PHASES.allThrough
              ? "All-Through School"
              : phase === PHASES.sixteen
                ? "College"
                : "School";
    let name: string;
    if (i === 1) name = "St Mary's Church of England Primary School, Brómley";
    else if (religion[1] === "Church of England") name = `${rng.pick(SAINTS)} Church of England ${phaseWord}`;
    else if (religion[1] === "Roman Catholic") name = `${rng.pick(SAINTS)} Catholic ${phaseWord}`;
    else if (type.kind === "special") name = `${stem} Special School`;
    else if (type.kind === "pru") name = `${stem} Pupil Referral Unit`;
    else if (type.kind === "bso")
      name = `British School of ${rng.pick(["Brussels", "Lisbon", "Madrid", "Kuala Lumpur", "Dubai", "São Paulo", "Zürich"])}`;
    else if (type.kind === "offshore") name = `${stem} Offshore School`;
    else if (type.kind === "welsh") name = `Ysgol ${stem}`;
    else if (type.kind === "fe") name = `${district?.town ?? stem} College of Further Education`;
    else name = `${stem} ${phaseWord}`;
    if (i === 1) religion = RELIGIONS[2];

    const gender =
      type.kind === "independent" && rng.chance(0.3)
        ? rng.pick([
            ["2", "Girls"],
            ["1", "Boys"],
          ])
        : rng.chance(0.03)
          ? rng.pick([
              ["2", "Girls"],
              ["1", "Boys"],
            ])
          : ["3", "Mixed"];
    const capacity =
      phase === PHASES.secondary || phase === PHASES.allThrough
        ? rng.int(600, 1800)
        : phase === PHASES.sixteen
          ? rng.int(800, 6000)
          : phase === PHASES.na
            ? rng.int(30, 250)
            : rng.int(90, 630);
    const open = statusCode === "1" || statusCode === "3";
    const pupils = statusCode === "4" ? 0 : Math.round(capacity * (0.7 + rng.next() * 0.35));
    const boys =
      gender[1] === "Boys" ? pupils : gender[1] === "Girls" ? 0 : Math.round(pupils * (0.45 + rng.next() * 0.1));

    row.URN = String(urn);
    row["EstablishmentName"] = name;
    row["TypeOfEstablishment (code)"] = type.code;
    row["TypeOfEstablishment (name)"] = type.name;
    row["EstablishmentTypeGroup (code)"] = type.group[0];
    row["EstablishmentTypeGroup (name)"] = type.group[1];
    row["EstablishmentStatus (code)"] = statusCode;
    row["EstablishmentStatus (name)"] = statusName;
    row["ReasonEstablishmentOpened (code)"] = type.kind === "academy" ? "10" : "00";
    row["ReasonEstablishmentOpened (name)"] = type.kind === "academy" ? "Academy Converter" : "Not applicable";
    row["OpenDate"] =
      type.kind === "academy" || statusCode === "4"
        ? rng.date(2010, 2026)
        : rng.chance(0.5)
          ? rng.date(1950, 2009)
          : "";
    if (statusCode === "2") {
      row["ReasonEstablishmentClosed (code)"] = rng.pick(["10", "11", "01"]);
      row["ReasonEstablishmentClosed (name)"] = {
        "10": "Academy Converter",
        "11": "Academy Sponsor Led",
        "01": "Result of Amalgamation/Merger",
      }[row["ReasonEstablishmentClosed (code)"]]!;
      row["CloseDate"] = rng.date(2005, 2025);
    } else {
      row["ReasonEstablishmentClosed (code)"] = "00";
      row["ReasonEstablishmentClosed (name)"] = "Not applicable";
    }
    row["PhaseOfEducation (code)"] = phase[0];
    row["PhaseOfEducation (name)"] = phase[1];
    row["StatutoryLowAge"] = String(lowAge);
    row["StatutoryHighAge"] = String(highAge);
    row["Boarders (code)"] = type.kind === "independent" && rng.chance(0.2) ? "2" : "1";
    row["Boarders (name)"] = row["Boarders (code)"] === "2" ? "Boarding school" : "No boarders";
    row["NurseryProvision (name)"] = lowAge <= 3 ? "Has Nursery Classes" : "No Nursery Classes";
    row["OfficialSixthForm (code)"] = highAge >= 18 ? "1" : "2";
    row["OfficialSixthForm (name)"] = highAge >= 18 ? "Has a sixth form" : "Does not have a sixth form";
    row["Gender (code)"] = gender[0];
    row["Gender (name)"] = gender[1];
    row["ReligiousCharacter (code)"] = religion[0];
    row["ReligiousCharacter (name)"] = religion[1];
    row["ReligiousEthos (name)"] =
      religion[1] === "None" || religion[1] === "Does not apply" ? "Does not apply" : religion[1];
    if (religion[1] === "Church of England")
      [row["Diocese (code)"], row["Diocese (name)"]] = ["CE23", `Diocese of ${district?.town ?? "London"}`];
    else if (religion[1] === "Roman Catholic")
      [row["Diocese (code)"], row["Diocese (name)"]] = ["RC21", `Archdiocese of ${district?.town ?? "Westminster"}`];
    else [row["Diocese (code)"], row["Diocese (name)"]] = ["0000", "Not applicable"];
    const selective = phase === PHASES.secondary && phaseWord === "Grammar School";
    row["AdmissionsPolicy (code)"] = phase === PHASES.secondary ? (selective ? "2" : "1") : "0";
    row["AdmissionsPolicy (name)"] =
      phase === PHASES.secondary ? (selective ? "Selective" : "Non-selective") : "Not applicable";
    row["SchoolCapacity"] = statusCode === "2" && rng.chance(0.5) ? "" : String(capacity);
    row["SpecialClasses (code)"] = type.kind === "special" ? "1" : "2";
    row["SpecialClasses (name)"] = type.kind === "special" ? "Has Special Classes" : "No Special Classes";
    if (open && !overseas && type.kind !== "welsh") {
      row["CensusDate"] = "16-01-2025";
      row["NumberOfPupils"] = String(pupils);
      row["NumberOfBoys"] = String(boys);
      row["NumberOfGirls"] = String(pupils - boys);
      row["PercentageFSM"] = type.kind === "independent" ? "" : (rng.next() * 55).toFixed(1);
      row["FSM"] = row["PercentageFSM"] ? String(Math.round((pupils * Number(row["PercentageFSM"])) / 100)) : "";
    }
    const inTrust =
      type.kind === "academy" || type.kind === "free" || (type.kind === "special" && type.group === ACADEMIES);
    if (inTrust) {
      const trust = rng.pick(trusts);
      const mat = rng.chance(0.85);
      row["TrustSchoolFlag (code)"] = mat ? "5" : "6";
      row["TrustSchoolFlag (name)"] = mat
        ? "Supported by a multi-academy trust"
        : "Supported by a single-academy trust";
      row["Trusts (code)"] = trust.code;
      row["Trusts (name)"] = mat ? trust.name.toUpperCase() : `${name.toUpperCase()} TRUST`;
      row["SchoolSponsorFlag (name)"] = type.code === "28" ? "Linked to a sponsor" : "Not applicable";
      row["SchoolSponsors (name)"] = type.code === "28" ? trust.name : "";
    } else if (type.code === "5" && rng.chance(0.4)) {
      const trust = rng.pick(trusts);
      row["TrustSchoolFlag (code)"] = "1";
      row["TrustSchoolFlag (name)"] = "Supported by a trust";
      row["Trusts (code)"] = trust.code;
      row["Trusts (name)"] = trust.name;
      row["SchoolSponsorFlag (name)"] = "Not applicable";
    } else {
      row["TrustSchoolFlag (code)"] = "0";
      row["TrustSchoolFlag (name)"] = "Not applicable";
      row["SchoolSponsorFlag (name)"] = "Not applicable";
    }
    row["FederationFlag (name)"] = rng.chance(0.03) ? "Supported by a federation" : "Not under a federation";
    if (row["FederationFlag (name)"] === "Supported by a federation") {
      row["Federations (code)"] = `F${rng.int(10000, 99999)}`;
      row["Federations (name)"] = `The ${stem} Federation`;
    }
    row["UKPRN"] =
      type.kind === "independent" && rng.chance(0.4) ? "" : String(10000000 + rng.int(0, 99999) * 10 + rng.int(0, 9));
    row["FurtherEducationType (name)"] = type.kind === "fe" ? "General Further Education College" : "Not applicable";
    const rating = open && !overseas ? rng.weighted(OFSTED, (o) => o[1])[0] : "";
    row["OfstedRating (name)"] = rating;
    row["OfstedLastInsp"] = rating ? rng.date(2014, 2025) : "";
    row["OfstedSpecialMeasures (code)"] = rating === "Special Measures" ? "1" : "0";
    row["OfstedSpecialMeasures (name)"] = rating === "Special Measures" ? "In special measures" : "Not applicable";
    row["LastChangedDate"] = rng.date(2023, 2025);

    // Address
    const road = `${rng.pick(STEMS.slice(0, 34))} ${rng.pick(ROADS)}`;
    row["Street"] = rng.chance(0.3) ? `${rng.int(1, 250)} ${road}` : road;
    row["Locality"] = rng.chance(0.25) ? rng.pick(STEMS.slice(0, 34)) : "";
    row["Address3"] = rng.chance(0.05) ? "Off the High Street" : "";
    if (district) {
      row["Town"] = district.town;
      row["County (name)"] = district.county || "Not recorded";
      const outward = rng.pick(district.pc);
      row["Postcode"] =
        `${outward} ${rng.int(1, 9)}${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
    } else {
      row["Town"] = name.replace(/^British School of /, "");
      row["County (name)"] = "Not recorded";
      row["Country (name)"] = type.kind === "offshore" ? "Jersey" : name.replace(/^British School of /, "");
    }
    const web = `${slug(name).slice(0, 24)}${district ? `.${slug(district.name).slice(0, 12)}` : ""}.sch.uk`;
    row["SchoolWebsite"] = rng.chance(0.1) ? "" : rng.chance(0.5) ? `www.${web}` : `https://www.${web}/`;
    row["TelephoneNum"] = overseas ? "" : `${rng.pick(DRAMA_PHONES)}${String(rng.int(0, 999)).padStart(3, "0")}`;
    row["HeadTitle (name)"] = rng.pick(["Mr", "Mrs", "Ms", "Miss", "Dr"]);
    row["HeadFirstName"] = rng.pick(FIRST);
    row["HeadLastName"] = rng.pick(LAST);
    row["HeadPreferredJobTitle"] = rng.pick(["Headteacher", "Head of School", "Principal", "Executive Headteacher"]);
    if (type.kind === "bso") {
      row["BSOInspectorateName (name)"] = rng.pick(["Penta International", "ISI", "Education Development Trust"]);
      row["InspectorateReport"] = `https://www.example.org/reports/${urn}`;
      row["DateOfLastInspectionVisit"] = rng.date(2019, 2025);
    }
    row["TeenMoth (name)"] = "Not applicable";
    row["CCF (name)"] = "Not applicable";
    row["SENPRU (name)"] = type.kind === "pru" ? "Has SEN Provision" : "Not applicable";
    row["EBD (name)"] = type.kind === "pru" ? "Has EBD Provision" : "Not applicable";
    row["FTProv (name)"] = "Not applicable";
    row["EdByOther (name)"] = "Not applicable";
    row["Section41Approved (name)"] = type.kind === "independent" && rng.chance(0.1) ? "Approved" : "Not applicable";

    // SEN provision
    let senCount = 0;
    if (type.kind === "special") senCount = rng.int(1, 5);
    else if (rng.chance(0.08)) senCount = rng.int(1, 2);
    const sens = [...SEN_TYPES];
    for (let k = sens.length - 1; k > 0; k--) {
      const j = rng.int(0, k);
      [sens[k], sens[j]] = [sens[j], sens[k]];
    }
    sens.length = senCount;
    sens.forEach((s, k) => {
      row[`SEN${k + 1} (name)` as GiasHeader] = s;
    });
    if (senCount && type.kind !== "special") {
      row["TypeOfResourcedProvision (name)"] = rng.pick([
        "Resourced provision",
        "SEN unit",
        "Resourced provision and SEN unit",
      ]);
      row["ResourcedProvisionCapacity"] = String(rng.int(6, 30));
      row["ResourcedProvisionOnRoll"] = String(rng.int(3, Number(row["ResourcedProvisionCapacity"])));
    } else {
      row["TypeOfResourcedProvision (name)"] = "Not applicable";
    }

    // Geography
    if (district) {
      row["LA (code)"] = district.la[0];
      row["LA (name)"] = district.la[1];
      row["EstablishmentNumber"] = String(type.kind === "independent" ? rng.int(6000, 6999) : rng.int(2000, 5999));
      row["GOR (code)"] = district.gor[0];
      row["GOR (name)"] = district.gor[1];
      row["DistrictAdministrative (code)"] = district.code;
      row["DistrictAdministrative (name)"] = district.name;
      const ward = rng.int(1, 40);
      row["AdministrativeWard (code)"] = `${district.code.slice(0, 3)}05${String(10000 + ward * 37).padStart(6, "0")}`;
      row["AdministrativeWard (name)"] = `${rng.pick(STEMS.slice(0, 34))} ward`;
      row["ParliamentaryConstituency (code)"] =
        `${district.code.startsWith("W") ? "W" : "E"}14${String(1000 + rng.int(0, 543)).padStart(6, "0")}`;
      row["ParliamentaryConstituency (name)"] =
        `${district.name} ${rng.pick(["North", "South", "East", "West", "Central"])}`;
      const ur =
        district.region === "Rest of England" || district.region === "Fringe"
          ? rng.weighted(URBAN_RURAL, (u) => u[2])
          : URBAN_RURAL[0];
      row["UrbanRural (code)"] = ur[0];
      row["UrbanRural (name)"] = ur[1];
      row["GSSLACode (name)"] = district.gss;
      if (!rng.chance(0.005)) {
        row["Easting"] = String(district.e + rng.int(-3500, 3500));
        row["Northing"] = String(district.n + rng.int(-3500, 3500));
      }
      const msoa = String(rng.int(1, 40)).padStart(3, "0");
      row["MSOA (name)"] = `${district.name} ${msoa}`;
      row["LSOA (name)"] = `${district.name} ${msoa}${rng.pick(["A", "B", "C", "D", "E"])}`;
      row["MSOA (code)"] = `${district.code[0]}02${String(rng.int(0, 999999)).padStart(6, "0")}`;
      row["LSOA (code)"] = `${district.code[0]}01${String(rng.int(0, 999999)).padStart(6, "0")}`;
      row["RSCRegion (name)"] = district.rsc;
      row["Country (name)"] = district.code.startsWith("W") ? "Wales" : "";
      row["UPRN"] = rng.chance(0.8) ? String(rng.int(10000000, 100099999999)) : "";
    } else {
      row["LA (code)"] = type.kind === "offshore" ? "702" : "703";
      row["LA (name)"] = type.kind === "offshore" ? "Offshore Establishments" : "British schools overseas";
      row["EstablishmentNumber"] = String(rng.int(6000, 6999));
      row["GOR (code)"] = "Z";
      row["GOR (name)"] = "Not Applicable";
      row["UrbanRural (code)"] = "99";
      row["UrbanRural (name)"] = "Not applicable";
      row["RSCRegion (name)"] = "Not applicable";
    }
    row["InspectorateName (name)"] =
      type.kind === "independent" ? rng.pick(["ISI", "Ofsted", "SIS"]) : "Not applicable";
    if (type.kind === "special") row["SENStat"] = String(Math.round(pupils * 0.9));
    row["BoardingEstablishment (name)"] = row["Boarders (code)"] === "2" ? "Boarding school" : "";
    row["PropsName"] = type.kind === "independent" ? `${stem} Education Ltd` : "";
    if (type.kind === "academy" && rng.chance(0.5) && district) {
      row["PreviousLA (code)"] = district.la[0];
      row["PreviousLA (name)"] = district.la[1];
      row["PreviousEstablishmentNumber"] = String(rng.int(2000, 5999));
    } else {
      row["PreviousLA (code)"] = "999";
      row["PreviousLA (name)"] = "Does not apply";
    }
    row["QABName (code)"] = "0";
    row["QABName (name)"] = "Not applicable";
    row["EstablishmentAccredited (code)"] = "0";
    row["EstablishmentAccredited (name)"] = "Not applicable";
    yield row;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function assertLatin1(line: string) {
  for (let k = 0; k < line.length; k++) {
    if (line.charCodeAt(k) > 0xff)
      throw new Error(`Character outside ISO-8859-1 in ${JSON.stringify(line.slice(0, 80))}`);
  }
}

export type GenerateGiasResult = { path: string; rows: number; bytes: number };

/** Write `rows` schools to `path` (ISO-8859-1, CRLF), streaming with back-pressure. Deterministic for `seed`. */
export async function generateGiasCsv(path: string, rows: number, seed = 1): Promise<GenerateGiasResult> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    assertLatin1(text);
    const buf = Buffer.from(text, "latin1");
    bytes += buf.length;
    if (!out.write(buf)) await once(out, "drain");
  };
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  try {
    await write(`${GIAS_HEADERS.map(csvField).join(",")}\r\n`);
    let chunk: string[] = [];
    for (const row of giasRows(rows, seed)) {
      chunk.push(GIAS_HEADERS.map((h) => csvField(row[h])).join(","));
      if (chunk.length === 500) {
        await write(`${chunk.join("\r\n")}\r\n`);
        chunk = [];
      }
    }
    if (chunk.length) await write(`${chunk.join("\r\n")}\r\n`);
  } catch (err) {
    out.destroy();
    throw err;
  }
  out.end();
  await done;
  return { path, rows, bytes };
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [outPath, rowsArg, seedArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (!outPath || !Number.isInteger(rows) || rows < 0) {
    console.error("Usage: tsx bench/gias-generator.ts <out.csv> <rows> [seed]");
    process.exit(2);
  }
  const started = Date.now();
  const result = await generateGiasCsv(outPath, rows, seedArg ? Number(seedArg) : 1);
  console.log(
    `Wrote ${result.rows} rows (${(result.bytes / 1048576).toFixed(1)} MiB) to ${result.path} in ${Date.now() - started} ms`,
  );
}
