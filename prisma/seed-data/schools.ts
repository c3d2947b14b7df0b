import { regionForDistrictCode, type RegionName } from "./regions.ts";

/** Local authorities / districts used by the demo schools (GIAS codes; region follows Appendix A). */
const AREAS = {
  camden: { la: ["202", "Camden"], district: ["E09000007", "Camden"], town: "London", lat: 51.5517, lng: -0.1588 },
  hackney: { la: ["204", "Hackney"], district: ["E09000012", "Hackney"], town: "London", lat: 51.545, lng: -0.0553 },
  islington: {
    la: ["206", "Islington"],
    district: ["E09000019", "Islington"],
    town: "London",
    lat: 51.5465,
    lng: -0.1058,
  },
  lambeth: { la: ["208", "Lambeth"], district: ["E09000022", "Lambeth"], town: "London", lat: 51.4571, lng: -0.1231 },
  southwark: {
    la: ["210", "Southwark"],
    district: ["E09000028", "Southwark"],
    town: "London",
    lat: 51.4734,
    lng: -0.0728,
  },
  towerHamlets: {
    la: ["211", "Tower Hamlets"],
    district: ["E09000030", "Tower Hamlets"],
    town: "London",
    lat: 51.5099,
    lng: -0.0059,
  },
  barnet: { la: ["302", "Barnet"], district: ["E09000003", "Barnet"], town: "London", lat: 51.6252, lng: -0.1517 },
  bromley: { la: ["305", "Bromley"], district: ["E09000006", "Bromley"], town: "Bromley", lat: 51.4039, lng: 0.0198 },
  croydon: { la: ["306", "Croydon"], district: ["E09000008", "Croydon"], town: "Croydon", lat: 51.3762, lng: -0.0982 },
  enfield: { la: ["308", "Enfield"], district: ["E09000010", "Enfield"], town: "Enfield", lat: 51.6523, lng: -0.0807 },
  harrow: { la: ["310", "Harrow"], district: ["E09000015", "Harrow"], town: "Harrow", lat: 51.5898, lng: -0.3346 },
  redbridge: {
    la: ["317", "Redbridge"],
    district: ["E09000026", "Redbridge"],
    town: "Ilford",
    lat: 51.559,
    lng: 0.0741,
  },
  slough: { la: ["871", "Slough"], district: ["E06000039", "Slough"], town: "Slough", lat: 51.5105, lng: -0.595 },
  watford: {
    la: ["919", "Hertfordshire"],
    district: ["E07000103", "Watford"],
    town: "Watford",
    lat: 51.6565,
    lng: -0.3903,
  },
  stAlbans: {
    la: ["919", "Hertfordshire"],
    district: ["E07000240", "St Albans"],
    town: "St Albans",
    lat: 51.7527,
    lng: -0.3394,
  },
  guildford: {
    la: ["936", "Surrey"],
    district: ["E07000209", "Guildford"],
    town: "Guildford",
    lat: 51.2362,
    lng: -0.5704,
  },
  woking: { la: ["936", "Surrey"], district: ["E07000217", "Woking"], town: "Woking", lat: 51.3162, lng: -0.56 },
  basildon: { la: ["881", "Essex"], district: ["E07000066", "Basildon"], town: "Basildon", lat: 51.5761, lng: 0.4887 },
  dartford: { la: ["886", "Kent"], district: ["E07000107", "Dartford"], town: "Dartford", lat: 51.4462, lng: 0.2169 },
  bucks: {
    la: ["825", "Buckinghamshire"],
    district: ["E06000060", "Buckinghamshire"],
    town: "High Wycombe",
    lat: 51.6286,
    lng: -0.7482,
  },
  leeds: { la: ["383", "Leeds"], district: ["E08000035", "Leeds"], town: "Leeds", lat: 53.8008, lng: -1.5491 },
  manchester: {
    la: ["352", "Manchester"],
    district: ["E08000003", "Manchester"],
    town: "Manchester",
    lat: 53.4808,
    lng: -2.2426,
  },
  birmingham: {
    la: ["330", "Birmingham"],
    district: ["E08000025", "Birmingham"],
    town: "Birmingham",
    lat: 52.4862,
    lng: -1.8904,
  },
  bristol: {
    la: ["801", "Bristol, City of"],
    district: ["E06000023", "Bristol, City of"],
    town: "Bristol",
    lat: 51.4545,
    lng: -2.5879,
  },
  sheffield: {
    la: ["373", "Sheffield"],
    district: ["E08000039", "Sheffield"],
    town: "Sheffield",
    lat: 53.3811,
    lng: -1.4701,
  },
  newcastle: {
    la: ["391", "Newcastle upon Tyne"],
    district: ["E08000021", "Newcastle upon Tyne"],
    town: "Newcastle upon Tyne",
    lat: 54.9783,
    lng: -1.6178,
  },
  liverpool: {
    la: ["341", "Liverpool"],
    district: ["E08000012", "Liverpool"],
    town: "Liverpool",
    lat: 53.4084,
    lng: -2.9916,
  },
  nottingham: {
    la: ["892", "Nottingham"],
    district: ["E06000018", "Nottingham"],
    town: "Nottingham",
    lat: 52.9548,
    lng: -1.1581,
  },
  cornwall: { la: ["908", "Cornwall"], district: ["E06000052", "Cornwall"], town: "Truro", lat: 50.2632, lng: -5.051 },
  norwich: { la: ["926", "Norfolk"], district: ["E07000148", "Norwich"], town: "Norwich", lat: 52.6309, lng: 1.2974 },
  york: { la: ["816", "York"], district: ["E06000014", "York"], town: "York", lat: 53.959, lng: -1.0815 },
} as const;

type Area = keyof typeof AREAS;
type Phase = "Primary" | "Secondary" | "All-through" | "Nursery" | "16 plus" | "Not applicable";

/** [urn, name, phase, area, street, postcode, onboarding, trust uid?] */
type Row = [string, string, Phase, Area, string, string, "claims" | "placements" | "both" | "none", string?];

// The first rows are the personas' schools (see prisma/seed-data/personas.ts).
const ROWS: Row[] = [
  ["107993", "Springfield Primary School", "Primary", "leeds", "Springfield Road", "LS12 3PX", "claims"],
  ["100521", "Hillside Academy", "Secondary", "camden", "Highgate Road", "NW5 1RL", "both", "16812"],
  ["101337", "Oakwood Primary School", "Primary", "barnet", "Oakwood Park Road", "N14 6QB", "claims"],
  ["110532", "St Mary's Church of England Primary School", "Primary", "watford", "Church Street", "WD18 0EQ", "claims"],
  ["105788", "Riverside Primary School", "Primary", "manchester", "Riverside Way", "M15 5RS", "placements"],
  [
    "136782",
    "Greenfield Secondary School",
    "Secondary",
    "birmingham",
    "Greenfield Lane",
    "B26 3QE",
    "placements",
    "4062",
  ],
  [
    "141297",
    "Meadow View All-through School",
    "All-through",
    "bristol",
    "Meadow Vale",
    "BS5 7RT",
    "placements",
    "2168",
  ],
  ["100276", "Gospel Oak Primary School", "Primary", "camden", "Mansfield Road", "NW3 2JB", "both"],
  ["100237", "Haverstock School", "Secondary", "camden", "Haverstock Hill", "NW3 2BQ", "claims"],
  ["100227", "Jubilee Primary School", "Primary", "hackney", "Filey Avenue", "N16 6NR", "both"],
  ["138224", "Mossbourne Riverside Academy", "Primary", "hackney", "Victoria Park Road", "E9 7HD", "placements"],
  ["100437", "Canonbury Primary School", "Primary", "islington", "Canonbury Road", "N1 2UT", "claims"],
  ["100458", "Highbury Grove School", "Secondary", "islington", "Highbury New Park", "N5 2EQ", "both"],
  ["100603", "Sudbourne Primary School", "Primary", "lambeth", "Hayter Road", "SW2 5AP", "claims"],
  ["137339", "Harris Academy Peckham", "Secondary", "southwark", "Peckham Road", "SE15 5DZ", "placements", "16812"],
  ["100816", "Bigland Green Primary School", "Primary", "towerHamlets", "Bigland Street", "E1 2ND", "both"],
  ["135955", "Oasis Academy Silvertown", "Secondary", "towerHamlets", "Dockside Road", "E16 2QT", "none", "5145"],
  ["101323", "Brookland Junior School", "Primary", "barnet", "Hill Top", "NW11 6EJ", "claims"],
  ["137192", "Ravens Wood School", "Secondary", "bromley", "Oakley Road", "BR2 8HP", "placements"],
  ["101743", "Bickley Primary School", "Primary", "bromley", "Nightingale Lane", "BR1 2SQ", "none"],
  ["101789", "Gonville Academy", "Primary", "croydon", "Gonville Road", "CR7 6DL", "claims"],
  ["136497", "Harris Academy South Norwood", "Secondary", "croydon", "Cypress Road", "SE25 4AE", "both", "16812"],
  ["102004", "Highfield Primary School", "Primary", "enfield", "Highfield Road", "N21 3HE", "placements"],
  ["102208", "Vaughan Primary School", "Primary", "harrow", "Vaughan Road", "HA1 4EL", "claims"],
  ["102843", "Gearies Primary School", "Primary", "redbridge", "Waremead Road", "IG2 6TD", "none"],
  ["109845", "Cippenham Primary School", "Primary", "slough", "Dennis Way", "SL1 5QY", "claims"],
  ["117537", "Watford Grammar School for Girls", "Secondary", "watford", "Lady’s Close", "WD18 0AE", "placements"],
  ["117350", "Bernards Heath Junior School", "Primary", "stAlbans", "Salisbury Avenue", "AL1 4QQ", "both"],
  ["125219", "Guildford County School", "Secondary", "guildford", "Farnham Road", "GU2 4LU", "claims"],
  ["125076", "Goldsworth Primary School", "Primary", "woking", "Bridge Barn Lane", "GU21 6NL", "none"],
  ["115090", "Lee Chapel Primary School", "Primary", "basildon", "The Knares", "SS16 5RU", "placements"],
  ["118427", "Dartford Grammar School", "Secondary", "dartford", "West Hill", "DA1 2HW", "claims"],
  ["110450", "Ash Hill Primary School", "Primary", "bucks", "Ash Hill Road", "HP13 5BW", "both"],
  ["107938", "Allerton Grange School", "Secondary", "leeds", "Talbot Avenue", "LS17 6SF", "claims", "3206"],
  ["107889", "Bankside Primary School", "Primary", "leeds", "Markham Avenue", "LS8 4LH", "placements", "3206"],
  ["105466", "Chorlton Park Primary School", "Primary", "manchester", "Mauldeth Road West", "M21 7HH", "claims"],
  ["140279", "Manchester Enterprise Academy", "Secondary", "manchester", "Simonsway", "M22 5JH", "both", "4062"],
  ["103236", "Anderton Park Primary School", "Primary", "birmingham", "Dennis Road", "B12 8BL", "claims"],
  ["103512", "King Edward VI Camp Hill School for Boys", "Secondary", "birmingham", "Vicarage Road", "B14 7QJ", "none"],
  ["108964", "Cotham School", "Secondary", "bristol", "Cotham Lawn Road", "BS6 6DT", "claims"],
  [
    "107102",
    "Sharrow Nursery Infant and Junior School",
    "Primary",
    "sheffield",
    "Sitwell Road",
    "S7 1BE",
    "placements",
  ],
  ["139792", "Sheffield Park Academy", "Secondary", "sheffield", "Beaumont Road North", "S2 1SN", "claims", "4062"],
  ["108474", "Hotspur Primary School", "Primary", "newcastle", "Heaton Park Road", "NE6 5BE", "both"],
  ["104658", "Blackmoor Park Junior School", "Primary", "liverpool", "Leyfield Road", "L12 9EY", "claims"],
  ["122705", "Djanogly City Academy", "Secondary", "nottingham", "Sherwood Rise", "NG7 7AR", "placements"],
  ["111945", "Truro and Penwith College", "16 plus", "cornwall", "College Road", "TR1 3XX", "none"],
  ["111880", "Treyew Primary School", "Primary", "cornwall", "Treyew Road", "TR1 2BY", "claims"],
  ["120850", "Avenue Junior School", "Primary", "norwich", "Colman Road", "NR2 3QY", "both"],
  ["121652", "Fulford School", "Secondary", "york", "Fulfordgate", "YO10 4FY", "claims"],
  ["121400", "Clifton Green Primary School", "Primary", "york", "Water Lane", "YO30 6PA", "placements"],
  ["105493", "Platt Fields Primary School", "Primary", "manchester", "Wilmslow Road", "M14 6WR", "placements"],
];

const TYPES: Record<Phase, { type: string; group: string; min: number; max: number; capacity: number }> = {
  Primary: { type: "Community school", group: "Local authority maintained schools", min: 4, max: 11, capacity: 420 },
  Secondary: { type: "Academy converter", group: "Academies", min: 11, max: 18, capacity: 1200 },
  "All-through": { type: "Academy sponsor led", group: "Academies", min: 4, max: 18, capacity: 1500 },
  Nursery: {
    type: "Local authority nursery school",
    group: "Local authority maintained schools",
    min: 2,
    max: 5,
    capacity: 80,
  },
  "16 plus": { type: "Further education", group: "Colleges", min: 16, max: 99, capacity: 3000 },
  "Not applicable": { type: "Community special school", group: "Special schools", min: 3, max: 19, capacity: 120 },
};

const RATINGS = ["Good", "Outstanding", "Good", "Requires improvement", "Good"] as const;

export type SeedSchool = {
  urn: string;
  name: string;
  phase: Phase;
  typeOfEstablishment: string;
  group: string;
  gender: string;
  minimumAge: number;
  maximumAge: number;
  religiousCharacter: string;
  admissionsPolicy: string;
  urbanOrRural: string;
  schoolCapacity: number;
  totalPupils: number;
  totalBoys: number;
  totalGirls: number;
  percentageFreeSchoolMeals: number;
  specialClasses: string;
  sendProvision: string;
  trainingWithDisabilities: string;
  rating: string;
  lastInspectionDate: string;
  address1: string;
  town: string;
  postcode: string;
  telephone: string;
  website: string;
  emailAddress: string;
  ukprn: string;
  localAuthorityCode: string;
  localAuthorityName: string;
  districtAdminCode: string;
  districtAdminName: string;
  latitude: number;
  longitude: number;
  region: RegionName;
  trustUid: string | null;
  claimsService: boolean;
  placementsService: boolean;
};

function slug(name: string) {
  return name
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "")
    .slice(0, 30);
}

export const SCHOOLS: SeedSchool[] = ROWS.map(
  ([urn, name, phase, areaKey, street, postcode, onboarding, trustUid], i) => {
    const area = AREAS[areaKey];
    const t = TYPES[phase];
    const religious = /St Mary|Church of England/.test(name) ? "Church of England" : "Does not apply";
    const pupils = Math.round(t.capacity * (0.82 + ((i * 7) % 15) / 100));
    const boys = Math.round(pupils * (0.48 + ((i * 3) % 5) / 100));
    const london = area.district[0].startsWith("E09");
    const web = `https://www.${slug(name)}.${i % 3 === 0 ? "org.uk" : "sch.uk"}`;
    return {
      urn,
      name,
      phase,
      typeOfEstablishment:
        religious === "Church of England" ? "Voluntary aided school" : trustUid ? "Academy converter" : t.type,
      group: trustUid ? "Academies" : t.group,
      gender: /Girls/.test(name) ? "Girls" : /Boys/.test(name) ? "Boys" : "Mixed",
      minimumAge: t.min,
      maximumAge: t.max,
      religiousCharacter: religious,
      admissionsPolicy:
        phase === "Secondary" ? (/Grammar|King Edward/.test(name) ? "Selective" : "Non-selective") : "Not applicable",
      urbanOrRural:
        london || ["leeds", "manchester", "birmingham", "liverpool", "newcastle", "sheffield"].includes(areaKey)
          ? "(England/Wales) Urban major conurbation"
          : areaKey === "cornwall"
            ? "(England/Wales) Urban city and town"
            : "(England/Wales) Urban city and town",
      schoolCapacity: t.capacity,
      totalPupils: pupils,
      totalBoys: /Girls/.test(name) ? 0 : /Boys/.test(name) ? pupils : boys,
      totalGirls: /Girls/.test(name) ? pupils : /Boys/.test(name) ? 0 : pupils - boys,
      percentageFreeSchoolMeals: 8 + ((i * 11) % 37),
      specialClasses: i % 6 === 0 ? "Has special classes" : "No special classes",
      sendProvision: i % 6 === 0 ? "Resourced provision" : "Not applicable",
      trainingWithDisabilities: "Not applicable",
      rating: RATINGS[i % RATINGS.length],
      lastInspectionDate: `20${22 + (i % 3)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(3 + (i % 25)).padStart(2, "0")}`,
      address1: `${1 + ((i * 13) % 180)} ${street}`,
      town: area.town,
      postcode,
      telephone: london
        ? `020 ${7000 + ((i * 97) % 2999)} ${1000 + ((i * 313) % 8999)}`
        : `0${1132 + i * 3} ${400000 + ((i * 7919) % 599999)}`,
      website: web,
      emailAddress: `admin@${web.replace("https://www.", "")}`,
      ukprn: String(10000000 + ((Number(urn) * 7) % 99999)),
      localAuthorityCode: area.la[0],
      localAuthorityName: area.la[1],
      districtAdminCode: area.district[0],
      districtAdminName: area.district[1],
      latitude: Number((area.lat + (((i * 37) % 21) - 10) / 1000).toFixed(6)),
      longitude: Number((area.lng + (((i * 53) % 21) - 10) / 1000).toFixed(6)),
      region: regionForDistrictCode(area.district[0]),
      trustUid: trustUid ?? null,
      claimsService: onboarding === "claims" || onboarding === "both",
      placementsService: onboarding === "placements" || onboarding === "both",
    };
  },
);

/** A manually onboarded claims organisation with no URN (vendor number instead). */
export const MANUAL_ORGANISATION = {
  vendorNumber: "5001234",
  name: "Northern Lights Teaching Hub",
  address1: "12 Market Street",
  town: "Leeds",
  postcode: "LS1 6DT",
  telephone: "0113 496 0000",
  website: "https://www.northernlightshub.org.uk",
  region: "Rest of England" as RegionName,
};
